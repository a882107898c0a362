// Transcendental Math functions: fdlibm results as HotSpot prints them. A mismatch
// here is a libm difference worth reporting, not a JVM bug.
public class MathTranscendental {
    public static void main(String[] args) {
        double[] xs = {0.0, 0.5, 1.0, 2.0, -1.5, 10.0, 100.0, 1e-8, Math.PI / 6, Math.PI};
        for (double x : xs) {
            System.out.println(x + ": sin " + Math.sin(x) + " cos " + Math.cos(x) + " tan " + Math.tan(x) + " exp " + Math.exp(x)
                + " log " + Math.log(Math.abs(x)) + " log10 " + Math.log10(Math.abs(x)) + " atan " + Math.atan(x) + " sinh " + Math.sinh(x)
                + " cosh " + Math.cosh(x) + " tanh " + Math.tanh(x) + " expm1 " + Math.expm1(x) + " log1p " + Math.log1p(Math.abs(x)));
        }
        System.out.println(Math.asin(0.5) + " " + Math.acos(0.5) + " " + Math.atan2(1, 1) + " " + Math.atan2(-1, -1) + " " + Math.asin(2));
        System.out.println(StrictMath.sin(1.0) + " " + StrictMath.exp(1.0) + " " + StrictMath.log(10.0) + " " + StrictMath.pow(2.0, 0.5) + " " + StrictMath.cbrt(2.0));
        System.out.println(Math.log(0) + " " + Math.log(-1) + " " + Math.exp(1000) + " " + Math.exp(-1000) + " " + Math.sin(Double.POSITIVE_INFINITY));
        System.out.println(Math.pow(1.0001, 10000) + " " + Math.pow(7, 1.0 / 3) + " " + Math.hypot(1e300, 1e300));
    }
}
