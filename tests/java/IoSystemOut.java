// System.out as a PrintStream: print/println of every type, char arrays, null, write of
// raw bytes (including non-ASCII bytes passed through), printf with %n, append,
// interleaving print and write, and flush; stdout is UTF-8 under the test runner.
public class IoSystemOut {
    public static void main(String[] args) {
        System.out.print(1); System.out.print(' '); System.out.print(2L); System.out.print(' '); System.out.print(3.0f); System.out.print(' '); System.out.print(4.5); System.out.print(' ');
        System.out.print(true); System.out.print(' '); System.out.print('c'); System.out.print(' '); System.out.print((String) null); System.out.print(' '); System.out.print((Object) null); System.out.println();
        System.out.println(new char[]{'c', 'h', 'a', 'r', 's'});
        System.out.println((Object) "obj");
        System.out.println(-0.0f);
        System.out.println('x');
        System.out.println(Long.MIN_VALUE);
        System.out.write('W');
        System.out.write(new byte[]{'r', 'i', 't', 'e', '\n'}, 0, 5);
        System.out.write(0xC3);
        System.out.write(0xA9);
        System.out.write(10);
        System.out.printf("%s=%d%n", "k", 5).append("app").append('-').append("ended", 0, 3).println();
        System.out.format("%08.3f|%n", -3.14159);
        System.out.println("unicode é ß 日本 \uD83D\uDE00");
        System.out.print("no newline at the end, then flush");
        System.out.flush();
        System.out.println();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) sb.append(i % 10);
        System.out.println(sb);
        for (int i = 0; i < 50; i++) System.out.print(i % 2 == 0 ? "." : "");
        System.out.println();
        System.out.println(System.out.checkError());
    }
}
