// int arithmetic: wrap-around, division and remainder signs, MIN_VALUE corners.
public class IntArith {
    static int id(int x) { return x; }
    public static void main(String[] args) {
        int max = id(Integer.MAX_VALUE), min = id(Integer.MIN_VALUE);
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(min * -1);
        System.out.println(-min);
        System.out.println(min / -1);
        System.out.println(min % -1);
        int[] a = {7, -7, 7, -7, 0, 1, -1, 13};
        int[] b = {2, 2, -2, -2, 5, 3, 3, -4};
        for (int i = 0; i < a.length; i++) {
            System.out.println(a[i] + " / " + b[i] + " = " + (a[i] / b[i]) + " rem " + (a[i] % b[i]));
        }
        System.out.println(id(123456789) * id(987654321));
        System.out.println(id(46341) * id(46341));
        System.out.println(~id(0) + " " + ~id(-1) + " " + ~max);
        System.out.println((id(0x0F0F) & 0x00FF) + " " + (id(0x0F0F) | 0xF000) + " " + (id(0x0F0F) ^ 0xFFFF));
        int x = id(5);
        x += 3; x -= 1; x *= 4; x /= 3; x %= 5; x <<= 3; x >>= 1; x >>>= 1; x &= 7; x |= 16; x ^= 5;
        System.out.println(x);
        int s = 0;
        for (int i = 0; i < 1000; i++) s += i * i;
        System.out.println(s);
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE);
    }
}
