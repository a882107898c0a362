// long arithmetic: wrap-around, division, remainder, bit operations, compares.
public class LongArith {
    static long id(long x) { return x; }
    public static void main(String[] args) {
        long max = id(Long.MAX_VALUE), min = id(Long.MIN_VALUE);
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 3);
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(-min);
        long[] a = {7L, -7L, 7L, -7L, 10000000000L, -10000000000L};
        long[] b = {2L, 2L, -2L, -2L, 3L, 7L};
        for (int i = 0; i < a.length; i++)
            System.out.println(a[i] + " / " + b[i] + " = " + (a[i] / b[i]) + " rem " + (a[i] % b[i]));
        System.out.println(id(123456789123L) * id(987654321987L));
        System.out.println((id(0xF0F0F0F0F0L) & 0xFFFFFFFFL) + " " + (id(1L) | (1L << 40)) + " " + (id(-1L) ^ 0xFFL) + " " + ~id(7));
        long f = 1;
        for (int i = 1; i <= 25; i++) { f *= i; System.out.println(i + "! = " + f); }
        long x = id(3), y = id(5);
        System.out.println((x < y) + " " + (x > y) + " " + (x == y) + " " + (x != y) + " " + (x <= 3) + " " + (y >= 6));
        System.out.println(Long.compare(min, max) + " " + Long.compare(max, min) + " " + Long.compare(x, x));
        int i = (int) id(0x1_2345_6789L);
        System.out.println(i);
        System.out.println((long) Integer.MIN_VALUE * 2);
        long acc = 0;
        for (long k = 0; k < 3000; k++) acc = acc * 31 + k;
        System.out.println(acc);
    }
}
