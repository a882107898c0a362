// Math functions with exactly specified results: abs, min, max, floorDiv, floorMod,
// sqrt of perfect squares, pow with exact results, rounding, *Exact overflow.
public class MathExact {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.abs(-5L) + " " + Math.abs(-0.0) + " " + Math.abs(-2.5f) + " " + Math.abs(Long.MIN_VALUE));
        System.out.println(Math.min(3, -3) + " " + Math.max(3L, 4L) + " " + Math.min(-0.0f, 0.0f) + " " + Math.max(Double.NaN, 1) + " " + Math.min(1.5, 2.5));
        int[] xs = {7, -7, 7, -7, 0, Integer.MIN_VALUE};
        int[] ys = {2, 2, -2, -2, 3, -1};
        for (int i = 0; i < xs.length; i++) System.out.println(xs[i] + "," + ys[i] + ": floorDiv " + Math.floorDiv(xs[i], ys[i]) + " floorMod " + Math.floorMod(xs[i], ys[i]) + " / " + (xs[i] / ys[i]) + " % " + (xs[i] % ys[i]));
        System.out.println(Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 2L) + " " + Math.floorMod(-7L, 3));
        for (int i = 0; i <= 12; i++) System.out.print(Math.sqrt(i * i) + " ");
        System.out.println(Math.sqrt(2.0) + " " + Math.sqrt(-1) + " " + Math.sqrt(0.25) + " " + Math.cbrt(27.0) + " " + Math.cbrt(-8.0));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -2) + " " + Math.pow(10, 15) + " " + Math.pow(3, 0) + " " + Math.pow(0, 0) + " " + Math.pow(-2, 3) + " " + Math.pow(2, 0.5) + " " + Math.pow(-1, 0.5) + " " + Math.pow(1.5, 2));
        double[] rs = {2.5, -2.5, 3.5, 0.49999999999999994, -0.5, 1e16, Double.NaN, 2.4, -2.6};
        for (double r : rs) System.out.println(r + ": round " + Math.round(r) + " rint " + Math.rint(r) + " floor " + Math.floor(r) + " ceil " + Math.ceil(r) + " roundf " + Math.round((float) r));
        System.out.println(Math.round(Double.MAX_VALUE) + " " + Math.round(-1e300) + " " + Math.round(Float.MAX_VALUE));
        try { Math.addExact(Integer.MAX_VALUE, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.multiplyExact(1L << 62, 2L); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.toIntExact(1L << 31); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Math.negateExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(Math.addExact(2, 3) + " " + Math.subtractExact(10L, 3L) + " " + Math.multiplyExact(6, 7) + " " + Math.incrementExact(9) + " " + Math.multiplyHigh(1L << 62, 8));
        System.out.println(Math.signum(-3.0) + " " + Math.signum(0.0) + " " + Math.signum(-0.0f) + " " + Math.copySign(3.0, -0.0) + " " + Math.hypot(3, 4) + " " + Math.ulp(1.0) + " " + Math.getExponent(1024.0));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toRadians(180) + " " + Math.PI + " " + Math.E + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0f) + " " + Math.scalb(1.5, 4));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.absExact(-4) + " " + StrictMath.sqrt(144) + " " + StrictMath.abs(-1));
    }
}
