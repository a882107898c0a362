// Argument indexes: explicit %n$, relative %<, mixing explicit and ordinary specifiers
// (ordinary ones keep their own counter), reuse, unused arguments.
public class FmtArgIndex {
    public static void main(String[] args) {
        System.out.println(String.format("%2$s %1$s %2$s %3$s", "a", "b", "c"));
        System.out.println(String.format("%s %<s %<S %s %<s", "x", "y"));
        System.out.println(String.format("%1$d %1$x %1$o %<#x", 255));
        System.out.println(String.format("%2$s %s %s %1$s %s", "one", "two", "three"));
        System.out.println(String.format("%3$s %s %<s %2$s %<s %s", "A", "B", "C"));
        System.out.println(String.format("%1$5s|%1$-5s|%1$.1s|%1$S", "hey"));
        System.out.println(String.format("%1$08.3f %1$e %2$d", 255.0, 7));
        System.out.println(String.format("%2$,d %1$+.2e", 12345.678, 9876543));
        System.out.printf("%3$s-%2$s-%1$s%n", 1, 2, 3);
    }
}
