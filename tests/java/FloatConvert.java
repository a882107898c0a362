// d2i, d2l, f2i, f2l saturation and NaN; i2f/l2d rounding; i2b, i2c, i2s.
public class FloatConvert {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.9, -1.9, 2.5, -2.5, 1e10, -1e10, 1e20, -1e20,
                       Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                       Double.MAX_VALUE, Double.MIN_VALUE, 2147483647.5, -2147483648.5,
                       9.223372036854776E18, -9.223372036854776E18};
        for (double x : ds)
            System.out.println(x + " -> int " + (int) x + " long " + (long) x + " float " + (float) x
                + " short " + (short) x + " byte " + (byte) x + " char " + (int) (char) x);
        float[] fs = {0.5f, -0.5f, 3.99f, 1e10f, -1e10f, 1e30f, Float.NaN,
                      Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, 16777217f};
        for (float x : fs)
            System.out.println(x + " -> int " + (int) x + " long " + (long) x + " double " + (double) x);
        int[] is = {0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, 0x12345678,
                    Integer.MAX_VALUE, Integer.MIN_VALUE, 16777217};
        for (int x : is)
            System.out.println(x + " -> byte " + (byte) x + " short " + (short) x + " char " + (int) (char) x
                + " float " + (float) x + " double " + (double) x + " long " + (long) x);
        long[] ls = {Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, 0x1_0000_0001L, -1L};
        for (long x : ls)
            System.out.println(x + " -> int " + (int) x + " float " + (float) x + " double " + (double) x);
        char c = (char) -1;
        System.out.println((int) c);
        byte b = (byte) 200;
        System.out.println(b + " " + (b & 0xFF) + " " + (char) (b & 0x7F));
        short s = (short) 40000;
        System.out.println(s);
    }
}
