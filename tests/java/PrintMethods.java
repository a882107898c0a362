// PrintStream print/println of every type, char[] , null Object and String, flush.
public class PrintMethods {
    public static void main(String[] args) {
        System.out.print(true); System.out.print(' '); System.out.print('c'); System.out.print(' ');
        System.out.print(42); System.out.print(' '); System.out.print(-7L); System.out.print(' ');
        System.out.print(1.5f); System.out.print(' '); System.out.print(2.5); System.out.print(' ');
        System.out.print("str"); System.out.print(' '); System.out.print((Object) null); System.out.print(' ');
        System.out.print((String) null); System.out.print(' '); System.out.print(new char[]{'a', 'b'}); System.out.println();
        System.out.println(false); System.out.println('x'); System.out.println(Integer.MIN_VALUE); System.out.println(Long.MAX_VALUE);
        System.out.println(Float.MIN_VALUE); System.out.println(Double.MIN_VALUE); System.out.println("line");
        System.out.println((Object) "obj"); System.out.println((Object) null); System.out.println(new char[]{'h', 'i'});
        System.out.println();
        System.out.println(new StringBuilder("sb"));
        System.out.write('W'); System.out.write('\n');
        System.out.flush();
        System.out.append("appended").append('!').append("xyz", 1, 2);
        System.out.println();
    }
}
