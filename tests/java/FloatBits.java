// Float/Double bit conversions, MIN/MAX constants, hex strings, special values.
public class FloatBits {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -2.5, Double.MIN_VALUE, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.MIN_NORMAL};
        for (double d : ds) System.out.println(d + " bits " + Long.toHexString(Double.doubleToLongBits(d)) + " raw " + Long.toHexString(Double.doubleToRawLongBits(d)) + " hex " + Double.toHexString(d));
        System.out.println(Long.toHexString(Double.doubleToLongBits(Double.NaN)) + " " + Double.longBitsToDouble(0x3FF8000000000000L) + " " + Double.isNaN(Double.longBitsToDouble(0x7FF0000000000001L)));
        float[] fs = {0f, -0f, 1f, -2.5f, Float.MIN_VALUE, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.MIN_NORMAL};
        for (float f : fs) System.out.println(f + " bits " + Integer.toHexString(Float.floatToIntBits(f)) + " raw " + Integer.toHexString(Float.floatToRawIntBits(f)) + " hex " + Float.toHexString(f));
        System.out.println(Integer.toHexString(Float.floatToIntBits(Float.NaN)) + " " + Float.intBitsToFloat(0x40490FDB) + " " + Float.intBitsToFloat(0x7F800000));
        System.out.println(Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Double.SIZE + " " + Float.BYTES);
        System.out.println(Double.isFinite(1.0 / 0) + " " + Double.isInfinite(-1.0 / 0) + " " + Float.isFinite(3f) + " " + Double.compare(1.0, 2.0) + " " + Double.sum(0.1, 0.2) + " " + Double.max(-0.0, 0.0));
        long bits = Double.doubleToLongBits(1.0);
        bits++;
        System.out.println(Double.longBitsToDouble(bits) + " " + Math.nextUp(1.0));
    }
}
