// Double.toString/Float.toString must print exactly JDK 17's digits (its
// FloatingDecimal, not the shortest-digits algorithm of JDK 19+), and
// parseDouble/parseFloat must round correctly.
public class LibFloatFormat {
    public static void main(String[] args) {
        double[] ds = {1.0E10, 1.0E-5, 0.1 + 0.2, 100.0, 1.0E7, 9999999.0, 1.0E-3, 0.001234, 123456789.0,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, Double.NaN, -0.0, 0.0,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e23, 2.82879384806159E17, 1.0 / 3,
                2.0 / 3, 1e21, 1e22, 12345678.9, 4.35e15, 9007199254740993.0, (double) Long.MAX_VALUE, -1.5e-300};
        StringBuilder sb = new StringBuilder();
        for (double d : ds)
            sb.append(d).append(' ');
        System.out.println(sb);
        float[] fs = {1.0E10f, 1.0E-5f, 0.1f + 0.2f, 100.0f, 1.0E7f, 9999999.0f, Float.MIN_VALUE, Float.MAX_VALUE,
                Float.MIN_NORMAL, Float.NaN, -0.0f, 1f / 3, 16777217f, 3.4e38f, 1.17549435E-38f};
        sb.setLength(0);
        for (float f : fs)
            sb.append(f).append(' ');
        System.out.println(sb);
        // A deterministic sweep over bit patterns and decimal-looking values.
        long x = 0x9E3779B97F4A7C15L;
        int h = 0;
        for (int i = 0; i < 20000; i++) {
            x ^= x << 13; x ^= x >>> 7; x ^= x << 17;
            double d = Double.longBitsToDouble(x);
            String s = Double.toString(d);
            h = 31 * h + s.hashCode();
            if (!Double.isNaN(d) && Double.parseDouble(s) != d)
                System.out.println("round trip failed: " + s);
            float f = Float.intBitsToFloat((int) (x >>> 20));
            String fsx = Float.toString(f);
            h = 31 * h + fsx.hashCode();
            if (!Float.isNaN(f) && Float.parseFloat(fsx) != f)
                System.out.println("float round trip failed: " + fsx);
            double dec = (x % 1000000) / Math.pow(10, (int) ((x >>> 40) % 12));
            h = 31 * h + Double.toString(dec).hashCode();
            if (i % 2000 == 0)
                System.out.println(s + " " + fsx + " " + dec);
        }
        System.out.println("hash " + h);
        String[] in = {"1", "-0", "1e400", "4.9e-324", "2.4703282292062327e-324", "0x1.8p1", "  7.5f ", "1.7976931348623157E308",
                "9007199254740993", "0.1", "3.4028235e38", "1.4e-45", "NaN", "-Infinity", "1_0", ".5", "5.", "1e", "."};
        for (String s : in) {
            try {
                System.out.println(s.trim() + " -> " + Double.parseDouble(s) + " / " + Float.parseFloat(s));
            } catch (NumberFormatException e) {
                System.out.println(s.trim() + " -> " + e.getMessage());
            }
        }
    }
}
