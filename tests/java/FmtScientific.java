// %e %E %g %G %a: exponent digits, precision, the %g switch between fixed and
// scientific at 10^-4 and 10^precision, rounding that carries into the exponent,
// zero and negative zero, NaN/Infinity, hex floats including subnormals.
public class FmtScientific {
    public static void main(String[] args) {
        double[] vals = {0.0, -0.0, 1.0, 12345.6789, 0.000123456, 1e-4, 9.9999e-5, 99999.95, 999999.5, 1e6, 1e7, 123456789.0, 1e100, 1e-100, 1e-310,
                         Double.MAX_VALUE, Double.MIN_VALUE, -2.5e-3, 9.5, 0.95, 5e-5};
        for (double v : vals)
            System.out.println(String.format("%s | %e | %.2e | %.0e | %E | %g | %.3g | %G | %.10g", v, v, v, v, v, v, v, v, v));
        System.out.println(String.format("[%12.3e] [%-12.3e] [%+e] [%012.2e] [%(e] [% e]", 12.5, 12.5, 12.5, -12.5, -12.5, 12.5));
        System.out.println(String.format("%g %g %g %.0g %.1g %g", 0.0001, 0.00001, 123456.0, 1234.0, 0.05, 1234567.0));
        System.out.println(String.format("%e %g %E", Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        System.out.println(String.format("%e %.3e %g", 1.5f, 0.1f, 3.0e-5f));
        double[] hex = {0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 0.1, 1024.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0 / 3, Double.NaN, Double.NEGATIVE_INFINITY};
        StringBuilder sb = new StringBuilder();
        for (double v : hex) sb.append(String.format("%a ", v));
        System.out.println(sb.toString().trim());
        System.out.println(String.format("%A %.2a %.0a %20a", 255.5, 1.0 / 3, 1.5, -0.1));
        System.out.println(String.format("%a %a", 1.0f, 0.1f) + " " + Double.toHexString(0.1) + " " + Float.toHexString(0.1f) + " " + Double.toHexString(Double.MIN_VALUE * 3));
    }
}
