// %x %X %o and the # flag over negative numbers: two's complement for int, long, byte,
// short; a sign for BigInteger; zero padding and width; %h (hash in hex).
import java.math.BigInteger;

public class FmtHexOctal {
    public static void main(String[] args) {
        int[] ints = {0, 1, 15, 16, 255, -1, -16, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xCAFEBABE};
        for (int v : ints)
            System.out.println(String.format("%d: %x %X %#x %08x %-10x| %o %#o %12o", v, v, v, v, v, v, v, v, v));
        long[] longs = {-1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x123456789ABCDEFL};
        for (long v : longs) System.out.println(String.format("%x %#X %o %#o", v, v, v, v));
        System.out.println(String.format("%x %x %X %o %o", (byte) -1, (byte) 0x7f, (short) -2, (byte) -1, (short) -1));
        BigInteger b = new BigInteger("-255"), c = new BigInteger("123456789abcdef0123", 16);
        System.out.println(String.format("%x %X %#x %o %#o %+x %(x % x %010x", b, c, b, b, c, c, b, c, b));
        System.out.println(String.format("%h %H %h %h", "hello", "hello", 42, null));
        System.out.println(String.format("[%#10x] [%-#10o] [%#010X]", 255, 8, 255));
        System.out.println(String.format("%x", 'A' + 0) + " " + Integer.toHexString(-256) + " " + Long.toOctalString(-8));
    }
}
