// Rounding of %.Nf and %.Ne over values whose binary form lies just above or below a
// decimal tie: Java rounds the shortest decimal string (Double.toString's digits)
// HALF_UP, unlike C's printf which rounds the exact binary value.
public class FmtRounding {
    public static void main(String[] args) {
        double[] ties = {0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95, 1.005, 1.015, 1.025, 1.035, 1.045, 1.055,
                         8.345, 8.355, 1.0005, 100.5, 0.0049999999, 0.00999, 99.995, 999.9995, 1e-3 * 5, 3.14159265358979};
        for (double v : ties)
            System.out.println(String.format("%-16s %.0f %.1f %.2f %.3f %.1e %.2e %.3g", v, v, v, v, v, v, v, v));
        float[] fs = {0.15f, 0.25f, 0.35f, 1.005f, 2.675f, 0.1f, 16.125f};
        for (float v : fs) System.out.println(String.format("%-12s %.1f %.2f %.3f %.10f", v, v, v, v, v));
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 30; i++) sb.append(String.format("%.1f ", i / 8.0));
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        for (int i = 1; i <= 20; i++) sb.append(String.format("%.2e ", i * 1.0e-3 + 0.0005));
        System.out.println(sb.toString().trim());
        System.out.println(String.format("%.1f %.1f %.1f %.15f %.16f %.17f", 0.05, -0.05, -0.04, 0.1 + 0.2, 0.1 + 0.2, 0.1 + 0.2));
        System.out.println(String.format("%.3f %.3f %.6f", 1e-4, 5e-4, 1.23456789e-7));
    }
}
