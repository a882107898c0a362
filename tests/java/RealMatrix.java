// Matrix operations on double[][]: multiply, transpose, identity checks, determinant and
// inverse by Gaussian elimination with partial pivoting, solving a linear system,
// matrix power by squaring on long[][] (Fibonacci), printed with printf.
import java.util.Arrays;

public class RealMatrix {
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) { double s = 0; for (int t = 0; t < k; t++) s += a[i][t] * b[t][j]; c[i][j] = s; }
        return c;
    }

    static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
        return t;
    }

    static double det(double[][] a0) {
        double[][] a = Arrays.stream(a0).map(double[]::clone).toArray(double[][]::new);
        int n = a.length;
        double d = 1;
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            if (a[p][c] == 0) return 0;
            if (p != c) { double[] t = a[p]; a[p] = a[c]; a[c] = t; d = -d; }
            d *= a[c][c];
            for (int r = c + 1; r < n; r++) { double f = a[r][c] / a[c][c]; for (int k = c; k < n; k++) a[r][k] -= f * a[c][k]; }
        }
        return d;
    }

    static double[][] inverse(double[][] a0) {
        int n = a0.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) { System.arraycopy(a0[i], 0, a[i], 0, n); a[i][n + i] = 1; }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            if (Math.abs(a[p][c]) < 1e-12) throw new ArithmeticException("singular matrix");
            double[] t = a[p]; a[p] = a[c]; a[c] = t;
            double piv = a[c][c];
            for (int k = 0; k < 2 * n; k++) a[c][k] /= piv;
            for (int r = 0; r < n; r++) if (r != c) { double f = a[r][c]; for (int k = 0; k < 2 * n; k++) a[r][k] -= f * a[c][k]; }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(a[i], n, inv[i], 0, n);
        return inv;
    }

    static void show(String name, double[][] m) {
        System.out.println(name + ":");
        for (double[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (double v : row) sb.append(String.format("%10.4f", v + 0.0));
            System.out.println(sb);
        }
    }

    static long[][] mulL(long[][] a, long[][] b, long mod) {
        long[][] c = new long[2][2];
        for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) c[i][j] = (a[i][0] * b[0][j] + a[i][1] * b[1][j]) % mod;
        return c;
    }

    public static void main(String[] args) {
        double[][] a = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}, b = {{1, 2}, {3, 4}, {5, 6}};
        show("A*B", mul(a, b));
        show("B^T", transpose(b));
        show("B^T*B", mul(transpose(b), b));
        System.out.println("det A = " + det(a) + ", det B^T B = " + det(mul(transpose(b), b)) + ", det singular = " + det(new double[][]{{1, 2}, {2, 4}}));
        double[][] inv = inverse(a);
        show("inv A", inv);
        show("A*inv A", mul(a, inv));
        double[][] rhs = {{1}, {0}, {1}};
        show("solve A x = (1,0,1)", mul(inv, rhs));
        try { inverse(new double[][]{{1, 2}, {2, 4}}); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        long[][] r = {{1, 0}, {0, 1}}, f = {{1, 1}, {1, 0}};
        long n = 90, mod = Long.MAX_VALUE / 4;
        for (long e = n; e > 0; e >>= 1) { if ((e & 1) == 1) r = mulL(r, f, mod); f = mulL(f, f, mod); }
        System.out.println("fib(90) = " + r[0][1]);
        int size = 40;
        double[][] h = new double[size][size];
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) h[i][j] = (i == j ? size : 0) + 1.0 / (i + j + 1);
        double[][] hi = inverse(h), id = mul(h, hi);
        double err = 0;
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) err = Math.max(err, Math.abs(id[i][j] - (i == j ? 1 : 0)));
        System.out.println("40x40 inverse max error below 1e-12: " + (err < 1e-12) + String.format(", trace of inverse %.10f", java.util.stream.IntStream.range(0, size).mapToDouble(i -> hi[i][i]).sum()));
    }
}
