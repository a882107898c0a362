// Math functions whose results are exactly specified: abs, floor, ceil, rint, round (ties
// and huge values), floorDiv/floorMod/ceil-free signs, signum, copySign, max/min with NaN
// and signed zeros, sqrt, ulp, nextUp/nextDown/nextAfter, getExponent, scalb,
// IEEEremainder, fma.
public class NumMathBasics {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370497.0, 1e300, -1e-300, Double.NaN, Double.NEGATIVE_INFINITY, 2.7, -2.7, Double.MIN_VALUE};
        for (double d : ds)
            System.out.println(d + ": " + Math.abs(d) + " " + Math.floor(d) + " " + Math.ceil(d) + " " + Math.rint(d) + " " + Math.round(d) + " " + Math.round((float) d) + " " + Math.signum(d) + " " + Math.ulp(d)
                    + " " + Math.nextUp(d) + " " + Math.nextDown(d) + " " + Math.getExponent(d) + " " + Math.sqrt(d));
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0f) + " " + Math.abs(-7) + " " + Math.round(1e20) + " " + Math.round(-1e20) + " " + Math.round(Float.NaN) + " " + Math.round(2.5f) + " " + Math.round(-2.5f));
        int[][] divs = {{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {Integer.MIN_VALUE, -1}, {Integer.MIN_VALUE, 3}};
        StringBuilder sb = new StringBuilder();
        for (int[] p : divs) sb.append(p[0]).append('/').append(p[1]).append('=').append(p[0] / p[1]).append(',').append(Math.floorDiv(p[0], p[1])).append(" %=").append(p[0] % p[1]).append(',').append(Math.floorMod(p[0], p[1])).append("  ");
        System.out.println(sb.toString().trim());
        System.out.println(Math.floorDiv(-7L, 2L) + " " + Math.floorMod(-7L, 3) + " " + Math.floorMod(7, -3) + " " + Math.floorDiv(Long.MIN_VALUE, -1L));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Double.NaN, 1) + " " + Math.min(1f, Float.NaN) + " " + Math.max(1, 2L) + " " + Math.copySign(3.0, -0.0) + " " + Math.copySign(-3.0, 0.0) + " " + Math.copySign(1.0, Double.NaN));
        System.out.println(Math.nextAfter(1.0, 2.0) + " " + Math.nextAfter(1.0, 0.0) + " " + Math.nextAfter(0.0, -1.0) + " " + Math.nextAfter(1.0f, 2.0) + " " + Math.nextUp(Double.MAX_VALUE) + " " + Math.nextDown(Double.MIN_VALUE));
        System.out.println(Math.scalb(1.0, 1024) + " " + Math.scalb(1.0, -1075) + " " + Math.scalb(3.0, -1074) + " " + Math.scalb(1.5f, 10) + " " + Math.getExponent(Double.MIN_VALUE) + " " + Math.getExponent(0.0f) + " " + Math.getExponent(Float.NaN));
        System.out.println(Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " " + Math.IEEEremainder(-10, 3) + " " + Math.IEEEremainder(5, 2) + " " + Math.IEEEremainder(7, 2) + " " + (10.0 % 3) + " " + (-10.0 % 3) + " " + (5.5 % -2) + " " + (1.0 % 0.0));
        System.out.println(Math.fma(0.1, 10, -1) + " " + (0.1 * 10 - 1) + " " + Math.fma(2.0, 3.0, 4.0) + " " + Math.fma(1e308, 10, -1e308) + " " + Math.fma(0.1f, 10f, -1f));
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(-0.0) + " " + Math.sqrt(1e-320) + " " + Math.sqrt(Double.MAX_VALUE) + " " + Math.hypot(3, 4) + " " + Math.hypot(1e300, 1e300) + " " + Math.hypot(Double.NaN, Double.POSITIVE_INFINITY));
        System.out.println(Math.toRadians(180) + " " + Math.toDegrees(Math.PI) + " " + Math.PI + " " + Math.E + " " + Math.absExact(-5));
    }
}
