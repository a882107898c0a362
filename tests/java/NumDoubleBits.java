// Raw bits of doubles and floats: doubleToLongBits canonicalizes NaN, the raw form keeps
// the payload, longBitsToDouble, isNaN/isInfinite/isFinite, Double.compare ordering of
// -0.0 and NaN, equals vs ==, MIN_NORMAL, and float/double conversions of specials.
public class NumDoubleBits {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -2.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0.1};
        for (double d : ds)
            System.out.println(d + " " + Long.toHexString(Double.doubleToLongBits(d)) + " " + Long.toHexString(Double.doubleToRawLongBits(d)) + " " + Double.isNaN(d) + " " + Double.isInfinite(d) + " " + Double.isFinite(d)
                    + " " + Integer.toHexString(Float.floatToIntBits((float) d)));
        double payload = Double.longBitsToDouble(0x7ff0000000000123L);
        double negNaN = Double.longBitsToDouble(0xfff8000000000000L);
        System.out.println(Double.isNaN(payload) + " " + Long.toHexString(Double.doubleToLongBits(payload)) + " " + Long.toHexString(Double.doubleToLongBits(negNaN)) + " " + payload + " " + negNaN);
        float fp = Float.intBitsToFloat(0x7fc00001);
        System.out.println(Float.isNaN(fp) + " " + Integer.toHexString(Float.floatToIntBits(fp)) + " " + Integer.toHexString(Float.floatToIntBits(Float.intBitsToFloat(0xff800001))));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(-0.0, 0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " " + Double.compare(Double.NaN, Double.NaN) + " " + Float.compare(-0f, 0f)
                + " " + (0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (Double.NaN == Double.NaN) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.valueOf(1.0).compareTo(Double.NaN));
        java.util.List<Double> l = new java.util.ArrayList<>(java.util.List.of(Double.NaN, 1.0, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE));
        java.util.Collections.sort(l);
        System.out.println(l);
        System.out.println(Double.longBitsToDouble(1L) + " " + Double.longBitsToDouble(0x3ff0000000000001L) + " " + Double.longBitsToDouble(0x000fffffffffffffL) + " " + Float.intBitsToFloat(0x00800000) + " " + Float.intBitsToFloat(1));
        System.out.println(Math.getExponent(Double.MIN_NORMAL) + " " + Double.MIN_EXPONENT + " " + (Double.MIN_NORMAL / 2 > 0) + " " + (Double.MIN_VALUE / 2) + " " + (-Double.MIN_VALUE / 2) + " " + (1.0 / (-Double.MIN_VALUE / 2)));
        System.out.println((float) Double.MAX_VALUE + " " + (float) Double.MIN_VALUE + " " + (float) -Double.MIN_VALUE + " " + (double) Float.MAX_VALUE + " " + (float) 1.00000017881393421514957253748434595763683319091796875 + " " + (float) 1.0000001788139342);
    }
}
