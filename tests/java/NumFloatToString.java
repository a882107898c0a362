// Float.toString: JDK 17's digits for chosen floats, powers of ten, subnormals, the
// switch to scientific notation, widening to double, and a sweep of random bit
// patterns that must parse back to the same float.
public class NumFloatToString {
    public static void main(String[] args) {
        float[] vals = {0f, -0f, 1f, 0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1f / 3, 100f, 1e7f, 9999999f, 1e-3f, 9.99e-4f, 16777216f, 16777217f, 3.4028235e38f, 1.4e-45f, 1.17549435E-38f,
                        (float) Math.PI, 2.675f, 1.1f, 33.333332f, 1.0E10f, 8.5e-6f, 0.015f, 123456.7f, 1e-10f, 2e-44f};
        StringBuilder sb = new StringBuilder();
        for (float v : vals) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (float v : vals) sb.append((double) v).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int k = -12; k <= 12; k++) sb.append((float) Math.pow(10, k)).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int i = 1; i <= 30; i++) sb.append(i / 10f).append(' ');
        System.out.println(sb.toString().trim());
        int seed = 0x12345678, bad = 0;
        long hash = 0;
        for (int i = 0; i < 3000; i++) {
            seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
            float f = Float.intBitsToFloat(seed);
            if (Float.isNaN(f)) continue;
            String s = Float.toString(f);
            if (Float.floatToIntBits(Float.parseFloat(s)) != seed) bad++;
            hash = hash * 31 + s.hashCode();
            if (i % 150 == 0) System.out.print(s + " ");
        }
        System.out.println();
        System.out.println("random sweep hash " + hash + " bad " + bad);
        System.out.println(Float.MIN_VALUE + " " + Float.MIN_NORMAL + " " + Float.MAX_VALUE + " " + Float.NaN + " " + (0f / 0f) + " " + (1f / 0f) + " " + (float) 1e40 + " " + (float) 1e-50 + " " + (float) 0.1 + " " + (double) 0.1f);
    }
}
