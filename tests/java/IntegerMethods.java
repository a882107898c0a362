// Integer and Long static methods: parse (radix, signs, errors), toString in radixes,
// bit operations (bitCount, highestOneBit, numberOfLeadingZeros, reverse, rotate).
public class IntegerMethods {
    static void parse(String s, int radix) {
        try { System.out.println("parse " + s + " r" + radix + " = " + Integer.parseInt(s, radix)); }
        catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
    }
    public static void main(String[] args) {
        parse("123", 10); parse("-2147483648", 10); parse("2147483648", 10); parse("+7", 10); parse("ff", 16); parse("-FF", 16);
        parse("z", 36); parse("", 10); parse("12a", 10); parse("-", 10); parse("1010", 2); parse("777", 8);
        try { Integer.parseInt(null); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        try { Long.parseLong("9223372036854775808"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        System.out.println(Long.parseLong("-9223372036854775808") + " " + Long.parseLong("123456789012") + " " + Long.valueOf("77"));
        int[] vals = {0, 1, -1, 255, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x12345678};
        for (int v : vals) {
            System.out.println(v + " hex=" + Integer.toHexString(v) + " oct=" + Integer.toOctalString(v) + " bin=" + Integer.toBinaryString(v)
                + " r36=" + Integer.toString(v, 36) + " bc=" + Integer.bitCount(v) + " hob=" + Integer.highestOneBit(v) + " lob=" + Integer.lowestOneBit(v)
                + " nlz=" + Integer.numberOfLeadingZeros(v) + " ntz=" + Integer.numberOfTrailingZeros(v) + " rev=" + Integer.reverse(v)
                + " rb=" + Integer.reverseBytes(v) + " rl=" + Integer.rotateLeft(v, 5) + " rr=" + Integer.rotateRight(v, 5) + " sig=" + Integer.signum(v));
        }
        long[] lv = {0L, -1L, 1L << 40, Long.MIN_VALUE, 0x0123456789ABCDEFL};
        for (long v : lv) {
            System.out.println(v + " hex=" + Long.toHexString(v) + " bin=" + Long.toBinaryString(v).length() + " bc=" + Long.bitCount(v)
                + " nlz=" + Long.numberOfLeadingZeros(v) + " ntz=" + Long.numberOfTrailingZeros(v) + " rev=" + Long.reverse(v) + " rl=" + Long.rotateLeft(v, 12)
                + " hob=" + Long.highestOneBit(v) + " r7=" + Long.toString(v, 7));
        }
        System.out.println(Integer.toUnsignedString(-1) + " " + Integer.toUnsignedLong(-2) + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.parseUnsignedInt("4294967295"));
        System.out.println(Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10));
        System.out.println(Integer.max(3, 9) + " " + Integer.min(3, 9) + " " + Integer.sum(3, 9) + " " + Long.max(-1, -2) + " " + Integer.SIZE + " " + Long.BYTES);
        System.out.println(Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff") + " " + Long.decode("0X7fffffffffffffff"));
        System.out.println(Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16) + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1));
        try { Byte.parseByte("128"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
    }
}
