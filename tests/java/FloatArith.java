// float and double arithmetic, infinities, NaN propagation, rounding of literals.
public class FloatArith {
    static double d(double x) { return x; }
    static float f(float x) { return x; }
    public static void main(String[] args) {
        System.out.println(d(0.1) + d(0.2));
        System.out.println(f(0.1f) + f(0.2f));
        System.out.println(d(1.0) / 3);
        System.out.println(f(1.0f) / 3);
        System.out.println(d(1e308) * 10);
        System.out.println(-d(1e308) * 10);
        System.out.println(d(Double.MIN_VALUE) / 2);
        System.out.println(f(Float.MAX_VALUE) * 2);
        System.out.println(d(0.0) * -1);
        System.out.println(d(Double.POSITIVE_INFINITY) - Double.POSITIVE_INFINITY);
        System.out.println(d(Double.NaN) + 1);
        System.out.println(-d(0.0));
        System.out.println(d(3.5) * f(2.0f));
        System.out.println((float) d(1.1));
        System.out.println((double) f(1.1f));
        System.out.println(d(100.0) / 7.0);
        System.out.println(f(100.0f) / 7.0f);
        double sum = 0;
        for (int i = 1; i <= 100; i++) sum += 1.0 / i;
        System.out.println(sum);
        float fs = 0;
        for (int i = 1; i <= 100; i++) fs += 1.0f / i;
        System.out.println(fs);
        System.out.println(d(2.5) - d(0.5) * 3);
        System.out.println(-f(0.0f));
        System.out.println(d(1e-300) * 1e-300);
        System.out.println((int) 'a' * 1.5);
        double x = 2; x *= 1.5; x /= 4; x += 1; x -= 0.25;
        System.out.println(x);
    }
}
