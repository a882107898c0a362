// Double.toString: JDK 17's digits for powers of ten and two, the 10^-3 and 10^7 switch
// to scientific notation, subnormals, values with 17 significant digits, and a sweep
// of pseudo-random bit patterns (each printed string must also parse back exactly).
public class NumDoubleToString {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 9999999.999, 1e-3, 9.99e-4, 0.001, 1e-4, 123456789.0, 1e21, 1e22, 1e23, 2e23,
                         4.35, 5e-324, 1e-323, 2.2250738585072014E-308, 2.225073858507201E-308, 1.7976931348623157e308, 4.9e-324, Math.PI, Math.E, 1.1, 2.675, 0.30000000000000004,
                         9007199254740992.0, 9007199254740993.0, 1.0E-5, 12345.678, -1.5e-7, 3.0e10, 2.0e-3, 1.0e16, 5.0e-1, 8.41e21, 5.0E-324 * 3, 1.0 / 7, 7.0e22, 9.5e-5};
        StringBuilder sb = new StringBuilder();
        for (double v : vals) sb.append(v).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int k = -30; k <= 30; k++) sb.append(Math.pow(10, k)).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int k = -1074; k <= 1023; k += 37) sb.append(Math.scalb(1.0, k)).append(' ');
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int i = 1; i <= 40; i++) sb.append(i / 10.0).append(' ').append(i * 0.1).append(' ');
        System.out.println(sb.toString().trim());
        long seed = 0x2545F4914F6CDD1DL;
        int bad = 0;
        long hash = 0;
        for (int i = 0; i < 3000; i++) {
            seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17;
            double d = Double.longBitsToDouble(seed);
            if (Double.isNaN(d)) continue;
            String s = Double.toString(d);
            if (Double.doubleToLongBits(Double.parseDouble(s)) != Double.doubleToLongBits(d)) bad++;
            hash = hash * 31 + s.hashCode();
            if (i % 150 == 0) System.out.print(s + " ");
        }
        System.out.println();
        System.out.println("random sweep hash " + hash + " bad " + bad);
        sb.setLength(0);
        double x = 1.0;
        for (int i = 0; i < 25; i++) { x = x * 1.7 + 0.013; sb.append(x).append(' '); }
        System.out.println(sb.toString().trim());
    }
}
