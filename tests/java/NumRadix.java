// Integer/Long toString in every radix 2..36 (and out-of-range radixes, which fall back
// to 10), toBinaryString/toOctalString/toHexString of negatives, toUnsignedString, and
// parse round trips in every radix.
public class NumRadix {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 35, 36, -36, 255, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : is) {
            StringBuilder sb = new StringBuilder().append(v).append(':');
            for (int r = 2; r <= 36; r += (r < 10 ? 1 : 5)) sb.append(' ').append(Integer.toString(v, r));
            System.out.println(sb);
        }
        long[] ls = {-1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, -123456789012345L};
        for (long v : ls) {
            StringBuilder sb = new StringBuilder().append(v).append(':');
            for (int r : new int[]{2, 3, 7, 16, 36}) sb.append(' ').append(Long.toString(v, r));
            sb.append(" | ").append(Long.toBinaryString(v)).append(' ').append(Long.toOctalString(v)).append(' ').append(Long.toHexString(v)).append(' ').append(Long.toUnsignedString(v)).append(' ').append(Long.toUnsignedString(v, 36));
            System.out.println(sb);
        }
        System.out.println(Integer.toString(255, 1) + " " + Integer.toString(255, 37) + " " + Long.toString(255, 0) + " " + Integer.toString(-255, 16));
        System.out.println(Integer.toBinaryString(-8) + " " + Integer.toOctalString(-8) + " " + Integer.toHexString(-8) + " " + Integer.toUnsignedString(-8) + " " + Integer.toUnsignedString(-8, 2) + " " + Integer.toBinaryString(0));
        int ok = 0;
        for (int r = 2; r <= 36; r++)
            for (int v : is) {
                if (Integer.parseInt(Integer.toString(v, r), r) == v) ok++;
                if (Integer.parseUnsignedInt(Integer.toUnsignedString(v, r), r) == v) ok++;
            }
        for (int r = 2; r <= 36; r++)
            for (long v : ls) if (Long.parseLong(Long.toString(v, r), r) == v && Long.parseUnsignedLong(Long.toUnsignedString(v, r), r) == v) ok++;
        System.out.println("round trips " + ok);
        System.out.println(Integer.valueOf("-zik0zj", 36) + " " + Long.valueOf("1y2p0ij32e8e7", 36) + " " + Integer.parseInt("+0000000000000000000000123") + " " + Short.toString((short) -1) + " " + Byte.toString(Byte.MIN_VALUE));
    }
}
