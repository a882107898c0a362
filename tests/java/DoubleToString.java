// Double.toString and Float.toString of many values: shortest repr, exponent forms,
// subnormals, boundaries; parseDouble/parseFloat round trips.
public class DoubleToString {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1234567.0, 9999999.0, 1e7, 1.0E7 + 0.5,
                       12345678.9, 1e-3, 0.001, 0.0001, 1e-4, 123e-10, 1e21, 1e22, 1e23, 2e23, 1e100, 1.7976931348623157E308,
                       4.9E-324, 2.2250738585072014E-308, 2.225073858507201E-308, Math.PI, Math.E, 5e-324 * 3, 0.5, 0.25, 0.125,
                       1.0E-5, 9.999999999999999E22, 123456789012345680.0, 4.35, 2.675, 1.005, 100.5, 0.7, 1e15, 1e16, 1.2345e-7,
                       Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0E-3, 299792458.0, 6.62607015E-34};
        for (double d : ds) System.out.println(d);
        float[] fs = {0f, -0f, 1f, 0.1f, 0.2f, 1f / 3, 16777216f, 16777217f, 1e7f, 1e-3f, 1.4E-45f, 3.4028235E38f, 1.17549435E-38f,
                      3.14159265f, 1e10f, 123456.79f, 0.3f, 100.5f, 1e-10f, 2.7182817f, Float.NaN, Float.NEGATIVE_INFINITY};
        for (float f : fs) System.out.println(f);
        String[] in = {"1", "-2.5", "1e10", "  3.25  ", "0x1p3", "Infinity", "-Infinity", "NaN", "1e400", "1e-400", ".5", "5.", "+1.5e+2", "1d", "2f"};
        for (String s : in) System.out.println("'" + s + "' -> " + Double.parseDouble(s) + " / " + Float.parseFloat(s));
        try { Double.parseDouble("abc"); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        try { Double.parseDouble(""); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        for (double d : ds) if (!Double.isNaN(d) && Double.parseDouble(Double.toString(d)) != d) System.out.println("roundtrip fails " + d);
        System.out.println(Double.toString(1e-323) + " " + Float.toString(1e-44f) + " " + String.valueOf(1e-5f) + " " + Double.valueOf("7"));
    }
}
