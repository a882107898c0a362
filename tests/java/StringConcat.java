// String concatenation (invokedynamic makeConcatWithConstants) of every type,
// null, char arithmetic vs concatenation, constants, many arguments.
public class StringConcat {
    public String toString() { return "custom"; }
    public static void main(String[] args) {
        boolean z = true; byte b = -8; char c = 'c'; short s = 300; int i = -7; long l = 1L << 40;
        float f = 1.25f; double d = -0.1; String str = "s"; Object o = null; String ns = null;
        System.out.println("z=" + z + " b=" + b + " c=" + c + " s=" + s + " i=" + i + " l=" + l + " f=" + f + " d=" + d + " str=" + str + " o=" + o + " ns=" + ns);
        System.out.println(1 + 2 + "x" + 1 + 2);
        System.out.println('a' + 'b' + "|" + 'a' + 'b');
        System.out.println("" + (char) ('a' + 1) + ('a' + 1));
        System.out.println(new StringConcat() + "!" + new int[0].length + new StringConcat());
        String acc = "";
        for (int k = 0; k < 10; k++) acc += k;
        System.out.println(acc);
        acc += 'x'; acc += 1.0; acc += null; acc += true;
        System.out.println(acc);
        System.out.println("\u0001const\u0002" + i + "\u0001" + c);
        String many = "a" + i + "b" + l + "c" + f + "d" + d + "e" + z + "f" + c + "g" + s + "h" + b + "i" + str + "j" + o
            + "k" + i + "l" + l + "m" + f + "n" + d + "o" + z + "p" + c + "q" + s + "r" + b + "s" + str + "t" + o;
        System.out.println(many);
        String nine = "" + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20
            + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i;
        System.out.println(nine);
        final String k1 = "con", k2 = "stant";
        System.out.println((k1 + k2) == "constant");
        Object[] arr = {1, "two", 3.0, 'c', null, 5L};
        StringBuilder sb = new StringBuilder();
        for (Object x : arr) sb.append(x + ";");
        System.out.println(sb);
        System.out.println(Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + Long.MIN_VALUE + " " + (1.0 / 0) + " " + (0.0 / 0));
    }
}
