// Bit twiddling of Integer and Long: bitCount, highest/lowestOneBit, numberOfLeading/
// TrailingZeros, rotateLeft/Right (with distances beyond the width), reverse,
// reverseBytes, signum; checked on chosen values and a pseudo-random sweep.
public class NumBits {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 2, 3, 0x80000000, 0x7fffffff, 0x00f0f000, 0x12345678, -2, 0x55555555};
        for (int v : is)
            System.out.println(Integer.toHexString(v) + ": " + Integer.bitCount(v) + " " + Integer.toHexString(Integer.highestOneBit(v)) + " " + Integer.toHexString(Integer.lowestOneBit(v))
                    + " " + Integer.numberOfLeadingZeros(v) + " " + Integer.numberOfTrailingZeros(v) + " " + Integer.toHexString(Integer.rotateLeft(v, 4)) + " " + Integer.toHexString(Integer.rotateRight(v, 36))
                    + " " + Integer.toHexString(Integer.rotateLeft(v, -1)) + " " + Integer.toHexString(Integer.reverse(v)) + " " + Integer.toHexString(Integer.reverseBytes(v)) + " " + Integer.signum(v));
        long[] ls = {0L, -1L, 1L, Long.MIN_VALUE, 0x0123456789abcdefL, 1L << 33, 0xff00ff00ff00ff00L};
        for (long v : ls)
            System.out.println(Long.toHexString(v) + ": " + Long.bitCount(v) + " " + Long.toHexString(Long.highestOneBit(v)) + " " + Long.toHexString(Long.lowestOneBit(v))
                    + " " + Long.numberOfLeadingZeros(v) + " " + Long.numberOfTrailingZeros(v) + " " + Long.toHexString(Long.rotateLeft(v, 12)) + " " + Long.toHexString(Long.rotateRight(v, 68))
                    + " " + Long.toHexString(Long.reverse(v)) + " " + Long.toHexString(Long.reverseBytes(v)) + " " + Long.signum(v));
        long acc = 0;
        int x = 0x9e3779b9;
        for (int i = 0; i < 3000; i++) {
            x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
            long y = ((long) x << 32) ^ (x * 0x9E3779B97F4A7C15L);
            acc = acc * 31 + Integer.bitCount(x) + Integer.numberOfLeadingZeros(x) * 7 + Integer.reverse(x) + Integer.rotateLeft(x, i) + Long.bitCount(y) + Long.numberOfTrailingZeros(y) + Long.reverseBytes(y) + Long.rotateRight(y, i);
        }
        System.out.println("sweep " + acc);
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + Character.reverseBytes('\u00ff') + 0);
    }
}
