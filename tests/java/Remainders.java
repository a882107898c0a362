// drem and frem: sign of the dividend, special values; Math.IEEEremainder differs.
public class Remainders {
    public static void main(String[] args) {
        double[] a = {5.5, -5.5, 5.5, -5.5, 1e300, 0.0, -0.0, 3.0, Double.POSITIVE_INFINITY, 7.0, Double.NaN};
        double[] b = {2.0, 2.0, -2.0, -2.0, 3.0, 1.0, 1.0, Double.POSITIVE_INFINITY, 2.0, 0.0, 1.0};
        for (int i = 0; i < a.length; i++) System.out.println(a[i] + " % " + b[i] + " = " + (a[i] % b[i]));
        float[] fa = {5.5f, -5.5f, 10.25f, 1e30f, 0.1f};
        float[] fb = {2f, 2f, 0.5f, 7f, 0.03f};
        for (int i = 0; i < fa.length; i++) System.out.println(fa[i] + " % " + fb[i] + " = " + (fa[i] % fb[i]));
        System.out.println(Math.IEEEremainder(5.5, 2.0) + " " + Math.IEEEremainder(-7.0, 2.0));
    }
}
