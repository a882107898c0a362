// %f: default precision 6, precision 0..17, HALF_UP rounding of the decimal value Java
// prints (so 1.005 -> 1.01 and 0.125 -> 0.13), huge and tiny values, -0.0, NaN and
// Infinity with flags, width, grouping, parentheses; float arguments.
public class FmtFloats {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, -1.5, 0.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1e-7, 123456.789, 1e15, 1e21, 9.999999e22,
                         Math.PI, -Math.E, 1.0 / 3, 2.0 / 3, 0.1 + 0.2, Double.MIN_VALUE, Double.MAX_VALUE, 4.35, 0.045, 1234.5};
        for (double v : vals)
            System.out.println(String.format("%s | %f | %.0f | %.1f | %.2f | %.3f | %.10f", v, v, v, v, v, v, v));
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : specials)
            System.out.println(String.format("[%f] [%10f] [%-10f] [%+f] [%(f] [% f] [%,f] [%.2f]", v, v, v, v, v, v, v, v));
        System.out.println(String.format("[%12.3f] [%-12.3f] [%012.3f] [%+.2f] [% .2f] [%(.2f] [%,.2f] [%+,(015.2f]", -3.14159, -3.14159, -3.14159, 2.0, 2.0, -2.0, 1234567.891, -1234567.891));
        System.out.println(String.format("%f %.3f %.1f %f", 0.1f, 1.0f / 3, 2.25f, 16777217f));
        System.out.println(String.format("%.20f %.17f %.15f", 0.1, 0.1, 1.0 / 3));
        System.out.println(String.format("%.3f %.3f %.3f %.3f", 0.0005, 0.0015, 0.0025, -0.0005));
        System.out.println(String.format("%.0f %.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(String.format("%.2f ", i * 0.005));
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int p = 0; p < 18; p++) sb.append(String.format("%." + p + "f ", 2.0 / 7));
        System.out.println(sb.toString().trim());
    }
}
