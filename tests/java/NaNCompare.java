// NaN and -0.0 in comparisons (fcmpl/fcmpg/dcmpl/dcmpg), equals and compare.
public class NaNCompare {
    static double d(double x) { return x; }
    static float f(float x) { return x; }
    public static void main(String[] args) {
        double nan = d(Double.NaN), z = d(0.0), nz = d(-0.0);
        System.out.println((nan < 1) + " " + (nan > 1) + " " + (nan == nan) + " " + (nan != nan) + " " + (nan <= 1) + " " + (nan >= 1));
        System.out.println((z == nz) + " " + (z < nz) + " " + (z > nz));
        System.out.println(Double.compare(z, nz) + " " + Double.compare(nz, z) + " " + Double.compare(nan, nan) + " " + Double.compare(nan, Double.POSITIVE_INFINITY));
        System.out.println(Double.valueOf(nan).equals(nan) + " " + Double.valueOf(z).equals(nz));
        System.out.println(Double.isNaN(nan) + " " + Double.isNaN(1.0) + " " + Double.isInfinite(1 / z) + " " + (1 / nz));
        float fn = f(Float.NaN);
        System.out.println((fn < 1) + " " + (fn > 1) + " " + (fn == fn) + " " + (fn != fn));
        System.out.println(Float.compare(f(0.0f), f(-0.0f)) + " " + Float.compare(fn, f(1f)) + " " + Float.isNaN(fn));
        System.out.println(Math.min(z, nz) + " " + Math.max(z, nz) + " " + Math.min(nan, 1.0) + " " + Math.max(f(-0.0f), f(0.0f)));
        int cnt = 0;
        double[] vals = {nan, 1.0, -1.0, z, nz};
        for (double a : vals) for (double b : vals) { if (a < b) cnt++; if (!(a >= b)) cnt += 10; }
        System.out.println(cnt);
    }
}
