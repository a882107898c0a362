// Recursion: fib, Ackermann, Hanoi, mutual recursion, recursion over arrays.
public class Recursion {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
    static int moves = 0;
    static void hanoi(int n, char a, char b, char c, StringBuilder sb) { if (n == 0) return; hanoi(n - 1, a, c, b, sb); moves++; if (moves <= 7) sb.append(a).append(c).append(' '); hanoi(n - 1, c, b, a, sb); }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static long sum(int[] a, int i) { return i == a.length ? 0 : a[i] + sum(a, i + 1); }
    static String perm(String prefix, String rest) { if (rest.isEmpty()) return prefix + " "; String r = ""; for (int i = 0; i < rest.length(); i++) r += perm(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1)); return r; }
    static double power(double x, int n) { if (n == 0) return 1; double h = power(x, n / 2); return n % 2 == 0 ? h * h : h * h * x; }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    public static void main(String[] args) {
        for (int i = 0; i <= 20; i++) System.out.print(fib(i) + " ");
        System.out.println();
        System.out.println(ack(2, 3) + " " + ack(3, 3));
        StringBuilder sb = new StringBuilder(); hanoi(10, 'A', 'B', 'C', sb);
        System.out.println(moves + " " + sb);
        System.out.println(isEven(100) + " " + isOdd(77) + " " + isEven(3));
        int[] a = new int[500]; for (int i = 0; i < a.length; i++) a[i] = i;
        System.out.println(sum(a, 0));
        System.out.println(perm("", "abcd"));
        System.out.println(power(2, 30) + " " + power(1.5, 7) + " " + gcd(1071, 462));
    }
}
