// %d with width, precision-free flags - + space 0 , ( and their combinations, over int,
// long, short, byte, Integer/Long extremes, and BigInteger.
import java.math.BigInteger;

public class FmtIntegers {
    public static void main(String[] args) {
        long[] vals = {0, 1, -1, 42, -42, 999, 1000, -1000, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        String[] fmts = {"%d", "%8d", "%-8d|", "%08d", "%+d", "% d", "%,d", "%(d", "%+,010d", "%(,d", "%-+8d|", "% 08d", "%,15d", "%(08d"};
        for (String f : fmts) {
            StringBuilder sb = new StringBuilder(String.format("%-9s", f));
            for (long v : vals) sb.append(' ').append(String.format(f, v));
            System.out.println(sb);
        }
        System.out.println(String.format("%d %d %d %d", (byte) -5, (short) 300, 'x' + 0, Integer.valueOf(7)));
        System.out.println(String.format("[%5d] [%-5d] [%05d] [%1d]", (byte) -128, (short) -32768, (byte) 7, 123456));
        BigInteger b = new BigInteger("-123456789012345678901234567890");
        System.out.println(String.format("%d|%,d|%(,d|%+d|%40d|%-40d|", b, b, b, b.negate(), b, b));
        System.out.println(String.format("%,d %,d %,d", 12, 123, 1234) + " " + String.format("%,d", 100000000000L));
        System.out.println(String.format("%d%%", 50) + String.format("%n").length());
    }
}
