// StrictMath is fdlibm 5.3 bit for bit: every function over special values and
// ~4000 pseudo-random arguments across its whole range (random bit patterns,
// huge and tiny magnitudes, subnormals, near multiples of pi/2), printed as a
// hash of the result bits per function plus a few values in full.
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

public class MathFdlibmStrict {
    static final double[] SPECIAL = {
        0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x0.fffffffffffffp-1022, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, 10.0, 27.0, 1e-300, 1e300,
        Math.PI, Math.PI / 2, Math.PI / 4, -Math.PI, 3 * Math.PI / 4, 2 * Math.PI, 1e22, 0x1.0p-28, 0x1.0p-27, 0x1.0p-1022,
        22.0, 0.3, 709.782712893384, 710.0, 710.4758600739439, 710.476, -745.1332191019411, -745.2, 36.0, 0x1.921fb54442d18p19, 1e6,
    };

    static long seed;

    static long next() {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return seed;
    }

    static int below(int n) {
        return (int) Long.remainderUnsigned(next(), n);
    }

    static double unit() {
        return (next() >>> 11) * 0x1.0p-53;
    }

    static double arg() {
        double x;
        switch (below(10)) {
        case 0: return Double.longBitsToDouble(next());
        case 1: x = Math.scalb(1 + unit(), below(2098) - 1074); break;
        case 2: x = Math.scalb(1 + unit(), below(80) - 40); break;
        case 3: x = (unit() * 2 - 1) * 10; break;
        case 4: x = (unit() * 2 - 1) * 1000; break;
        case 5: // within a few ulps of k*pi/2
            x = (below(200000) - 100000) * (Math.PI / 2);
            return Double.longBitsToDouble(Double.doubleToRawLongBits(x) + below(64) - 32);
        case 6: x = unit() * 2 - 1; break;
        case 7: x = Double.longBitsToDouble(next() & 0x000fffffffffffffL); break;
        case 8: x = (unit() * 2 - 1) * 800; break;
        default: x = unit();
        }
        return (next() & 1) != 0 ? -x : x;
    }

    static double[] args(int n, long s) {
        seed = s;
        double[] xs = new double[SPECIAL.length + n];
        System.arraycopy(SPECIAL, 0, xs, 0, SPECIAL.length);
        for (int i = SPECIAL.length; i < xs.length; i++)
            xs[i] = arg();
        return xs;
    }

    static long mix(long h, double r) {
        h ^= Double.doubleToLongBits(r);
        return h * 0x100000001b3L;
    }

    static void one(String name, DoubleUnaryOperator f, double[] xs) {
        long h = 0xcbf29ce484222325L;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            double r = f.applyAsDouble(xs[i]);
            h = mix(h, r);
            if (i % 800 == 7)
                sb.append(' ').append(r);
        }
        System.out.println(name + " " + Long.toHexString(h) + sb);
    }

    static void two(String name, DoubleBinaryOperator f, double[] xs, double[] ys) {
        long h = 0xcbf29ce484222325L;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            for (int k = 0; k < 3; k++) {
                // A random y, a small integer, a y of moderate size.
                double y = k == 0 ? ys[i] : k == 1 ? (double) (int) (ys[i] % 40) : ys[i] % 4;
                double r = f.applyAsDouble(xs[i], y);
                h = mix(h, r);
                if (i % 800 == 7 && k == 2)
                    sb.append(' ').append(r);
            }
        }
        System.out.println(name + " " + Long.toHexString(h) + sb);
    }

    public static void main(String[] args) {
        double[] xs = args(4000, 0x5eed1L), ys = args(4000, 0x5eed2L);
        one("sin", StrictMath::sin, xs);
        one("cos", StrictMath::cos, xs);
        one("tan", StrictMath::tan, xs);
        one("asin", StrictMath::asin, xs);
        one("acos", StrictMath::acos, xs);
        one("atan", StrictMath::atan, xs);
        one("exp", StrictMath::exp, xs);
        one("log", StrictMath::log, xs);
        one("log10", StrictMath::log10, xs);
        one("sqrt", StrictMath::sqrt, xs);
        one("cbrt", StrictMath::cbrt, xs);
        one("sinh", StrictMath::sinh, xs);
        one("cosh", StrictMath::cosh, xs);
        one("tanh", StrictMath::tanh, xs);
        one("expm1", StrictMath::expm1, xs);
        one("log1p", StrictMath::log1p, xs);
        one("ceil", StrictMath::ceil, xs);
        one("floor", StrictMath::floor, xs);
        one("rint", StrictMath::rint, xs);
        two("atan2", StrictMath::atan2, xs, ys);
        two("pow", StrictMath::pow, xs, ys);
        two("hypot", StrictMath::hypot, xs, ys);
        two("IEEEremainder", StrictMath::IEEEremainder, xs, ys);
    }
}
