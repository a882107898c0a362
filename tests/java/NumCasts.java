// Narrowing and widening conversions as the JLS defines them: double/float to int/long
// (saturation, NaN -> 0, truncation toward zero), long to int/short/byte/char wrapping,
// int to float rounding, and char/short sign behaviour; plus Math.toIntExact.
public class NumCasts {
    public static void main(String[] args) {
        double[] ds = {0.9, -0.9, 2.5, -2.5, 1e10, -1e10, 1e20, -1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2147483647.5, -2147483648.9, 9.3e18, 65535.9, -1.5};
        for (double d : ds)
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " short " + (short) d + " byte " + (byte) d + " char " + (int) (char) d + " float " + (float) d);
        long[] ls = {0x123456789L, -1L, 0x80000000L, 0xffffL, 0x18000L, Long.MIN_VALUE, 300L, -129L};
        for (long l : ls) System.out.println(l + " -> int " + (int) l + " short " + (short) l + " byte " + (byte) l + " char " + (int) (char) l + " float " + (float) l + " double " + (double) l);
        int[] is = {16777217, 16777219, 123456789, Integer.MAX_VALUE, -16777217};
        for (int i : is) System.out.println(i + " -> float " + (float) i + " back " + (int) (float) i + " double " + (double) i);
        long big = (1L << 53) + 1;
        System.out.println((double) big + " " + (long) (double) big + " " + (float) Long.MAX_VALUE + " " + (long) (float) Long.MAX_VALUE + " " + (double) Long.MIN_VALUE);
        char c = (char) -1;
        short s = (short) c;
        byte b = (byte) 200;
        System.out.println((int) c + " " + s + " " + b + " " + (b & 0xff) + " " + (char) 65.7 + " " + (int) 'A' + " " + (char) (short) -32768 + 0);
        try { Math.toIntExact(1L << 31); } catch (ArithmeticException e) { System.out.println("toIntExact: " + e.getMessage()); }
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println("addExact: " + e.getMessage()); }
        try { Math.multiplyExact(Long.MAX_VALUE, 2L); } catch (ArithmeticException e) { System.out.println("multiplyExact: " + e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println("negateExact: " + e.getMessage()); }
        try { Math.incrementExact(Long.MAX_VALUE); } catch (ArithmeticException e) { System.out.println("incrementExact: " + e.getMessage()); }
        System.out.println(Math.multiplyHigh(Long.MAX_VALUE, Long.MAX_VALUE) + " " + Math.multiplyHigh(-1L, 1L) + " " + Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE) + " " + Math.toIntExact(-5L));
    }
}
