// i2b/i2c/i2s in compound assignment, increments of byte/char/short wrapping.
public class NarrowingCasts {
    public static void main(String[] args) {
        byte b = 127; b++; System.out.println(b);
        b = -128; b--; System.out.println(b);
        b = 100; b += 100; System.out.println(b);
        b = 10; b *= 30; System.out.println(b);
        short s = 32767; s++; System.out.println(s);
        s = 1000; s *= 1000; System.out.println(s);
        char c = 65535; c++; System.out.println((int) c);
        c = 'A'; c += 2; System.out.println(c);
        c = 'z'; c -= 25; System.out.println(c);
        byte[] bs = new byte[3];
        bs[0] = (byte) 0x1FF; bs[1] = (byte) 0x80; bs[2] = (byte) -129;
        for (byte x : bs) System.out.println(x);
        short[] ss = {(short) 0x18000, (short) -32769};
        for (short x : ss) System.out.println(x);
        char[] cs = {(char) 0x10041, (char) -2};
        for (char x : cs) System.out.println((int) x);
        int sum = 0;
        for (byte k = -128; k < 127; k++) sum += k;
        System.out.println(sum);
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ f) + " " + (!t) + " " + (t ^ t));
    }
}
