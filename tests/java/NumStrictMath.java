// StrictMath's transcendental functions (fdlibm: exactly specified results) over chosen
// arguments, printed in full; Math's versions may differ by an ulp, so they are checked
// to be within one ulp of StrictMath rather than printed.
import java.util.function.DoubleUnaryOperator;

public class NumStrictMath {
    static int mathOff = 0;

    static void row(String name, DoubleUnaryOperator strict, DoubleUnaryOperator math, double... xs) {
        StringBuilder sb = new StringBuilder(name).append(':');
        for (double x : xs) {
            double s = strict.applyAsDouble(x), m = math.applyAsDouble(x);
            sb.append(' ').append(s);
            boolean close = Double.compare(s, m) == 0 || Math.abs(s - m) <= Math.ulp(s);
            if (!close) mathOff++;
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        double[] angles = {0.0, -0.0, 0.5, 1.0, Math.PI / 6, Math.PI / 4, Math.PI / 2, Math.PI, 3.0, 10.0, 100.0, 1e6, 1e22, -2.5, Double.NaN, Double.POSITIVE_INFINITY};
        row("sin", StrictMath::sin, Math::sin, angles);
        row("cos", StrictMath::cos, Math::cos, angles);
        row("tan", StrictMath::tan, Math::tan, angles);
        double[] unit = {-1.0, -0.5, 0.0, 0.1, 0.5, 0.70710678118654752, 0.99, 1.0, 1.0000001};
        row("asin", StrictMath::asin, Math::asin, unit);
        row("acos", StrictMath::acos, Math::acos, unit);
        row("atan", StrictMath::atan, Math::atan, -1e10, -1.0, 0.0, 0.5, 1.0, 2.0, 1e300, Double.POSITIVE_INFINITY);
        double[] pos = {0.0, 1e-300, 1e-10, 0.5, 1.0, 2.0, Math.E, 10.0, 123.456, 1e100, Double.MAX_VALUE, -1.0, Double.POSITIVE_INFINITY};
        row("exp", StrictMath::exp, Math::exp, -1000.0, -745.2, -1.0, 0.0, 1e-10, 0.5, 1.0, 2.0, 10.0, 100.0, 709.78, 710.0);
        row("log", StrictMath::log, Math::log, pos);
        row("log10", StrictMath::log10, Math::log10, pos);
        row("log1p", StrictMath::log1p, Math::log1p, -1.0, -0.5, 1e-20, 1e-10, 0.5, 1.0, 1e10);
        row("expm1", StrictMath::expm1, Math::expm1, -50.0, -1.0, 1e-20, 1e-10, 0.5, 1.0, 20.0, 710.0);
        row("sinh", StrictMath::sinh, Math::sinh, -20.0, -1.0, 0.0, 1e-9, 0.5, 1.0, 20.0, 711.0);
        row("cosh", StrictMath::cosh, Math::cosh, -20.0, -1.0, 0.0, 1e-9, 0.5, 1.0, 20.0, 711.0);
        row("tanh", StrictMath::tanh, Math::tanh, -20.0, -1.0, 0.0, 1e-9, 0.5, 1.0, 20.0, 711.0);
        row("cbrt", StrictMath::cbrt, Math::cbrt, -27.0, -2.0, 0.0, 1e-300, 0.001, 2.0, 27.0, 1000.0, 1e300);
        StringBuilder sb = new StringBuilder("atan2:");
        double[][] yx = {{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0.0, -0.0}, {-0.0, -0.0}, {0.0, 0.0}, {1, 0}, {-1, 0}, {3, 4}, {1e-300, 1e300}, {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}};
        for (double[] p : yx) { sb.append(' ').append(StrictMath.atan2(p[0], p[1])); if (Math.abs(StrictMath.atan2(p[0], p[1]) - Math.atan2(p[0], p[1])) > Math.ulp(StrictMath.atan2(p[0], p[1]))) mathOff++; }
        System.out.println(sb);
        sb = new StringBuilder("pow:");
        double[][] bp = {{2, 10}, {2, 0.5}, {2, -1074}, {10, -5}, {-8, 1.0 / 3}, {-2, 3}, {-2, 4}, {0.0, -1}, {-0.0, -1}, {-0.0, -2}, {1, Double.NaN}, {Double.NaN, 0}, {-1, Double.POSITIVE_INFINITY},
                {0.5, Double.NEGATIVE_INFINITY}, {1.0000001, 1e10}, {Math.E, Math.PI}, {1.5, 1000}, {7, 0.3}};
        for (double[] p : bp) { double s = StrictMath.pow(p[0], p[1]), m = Math.pow(p[0], p[1]); sb.append(' ').append(s); if (Double.compare(s, m) != 0 && Math.abs(s - m) > Math.ulp(s)) mathOff++; }
        System.out.println(sb);
        sb = new StringBuilder("hypot:");
        for (double[] p : new double[][]{{3, 4}, {1e-300, 1e-300}, {1e300, 1e300}, {1, 1e-20}, {Double.NaN, 1}, {Double.NaN, Double.NEGATIVE_INFINITY}}) sb.append(' ').append(StrictMath.hypot(p[0], p[1]));
        System.out.println(sb);
        System.out.println("Math within one ulp of StrictMath: " + (mathOff == 0 ? "all" : mathOff + " off"));
        double acc = 0;
        for (int i = 1; i <= 500; i++) acc += StrictMath.sin(i) * StrictMath.log(i) + StrictMath.sqrt(i) - StrictMath.cbrt(i) + StrictMath.atan(1.0 / i);
        System.out.println("sum " + acc);
    }
}
