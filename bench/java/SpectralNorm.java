// spectral-norm: the Benchmarks Game's power method on an infinite matrix.
// Double arithmetic in nested loops over double arrays, a small static
// method called in the inner loop.  The checksum is the norm times 1e9.
// Usage: SpectralNorm [n]
public class SpectralNorm {
    static double a(int i, int j) {
        return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
    }

    static void times(double[] u, double[] au) {
        int n = u.length;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++)
                s += a(i, j) * u[j];
            au[i] = s;
        }
    }

    static void timesTransposed(double[] u, double[] au) {
        int n = u.length;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++)
                s += a(j, i) * u[j];
            au[i] = s;
        }
    }

    static void timesAtA(double[] u, double[] v, double[] tmp) {
        times(u, tmp);
        timesTransposed(tmp, v);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        for (int i = 0; i < n; i++)
            u[i] = 1;
        for (int i = 0; i < 10; i++) {
            timesAtA(u, v, tmp);
            timesAtA(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        System.out.print("spectral norm (1e-9) ");
        System.out.println((long) (Math.sqrt(vBv / vv) * 1e9));
    }
}
