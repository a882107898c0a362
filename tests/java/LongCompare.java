// lcmp in conditions, sorting longs by hand, unsigned comparison helpers.
public class LongCompare {
    public static void main(String[] args) {
        long[] v = {5L, -1L, Long.MAX_VALUE, 0L, Long.MIN_VALUE, 4294967296L, -4294967296L, 1L};
        for (int i = 0; i < v.length; i++)
            for (int j = i + 1; j < v.length; j++)
                if (v[j] < v[i]) { long t = v[i]; v[i] = v[j]; v[j] = t; }
        for (long x : v) System.out.print(x + " ");
        System.out.println();
        System.out.println(Long.compareUnsigned(-1L, 1L) + " " + Long.compareUnsigned(1L, 2L) + " " + Integer.compareUnsigned(-1, 0));
        long a = 0x100000000L, b = 0x0FFFFFFFFL;
        System.out.println((a > b) + " " + ((int) a > (int) b) + " " + (a == b + 1));
        System.out.println(Long.signum(-99L) + " " + Long.signum(0L) + " " + Long.signum(99L));
        int c = 0;
        for (long x = -10; x <= 10; x += 3) if (x >= -4 && x < 5) c++;
        System.out.println(c);
    }
}
