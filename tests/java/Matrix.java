// Double matrix multiply, transpose, determinant by elimination, identity checks.
public class Matrix {
    static double[][] mul(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) { double s = 0; for (int x = 0; x < k; x++) s += a[i][x] * b[x][j]; c[i][j] = s; }
        return c;
    }
    static double det(double[][] m) {
        int n = m.length; double[][] a = new double[n][]; for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double d = 1;
        for (int c = 0; c < n; c++) {
            int p = c; for (int r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
            if (a[p][c] == 0) return 0;
            if (p != c) { double[] t = a[p]; a[p] = a[c]; a[c] = t; d = -d; }
            d *= a[c][c];
            for (int r = c + 1; r < n; r++) { double f = a[r][c] / a[c][c]; for (int k = c; k < n; k++) a[r][k] -= f * a[c][k]; }
        }
        return d;
    }
    public static void main(String[] args) {
        int n = 12;
        double[][] a = new double[n][n], id = new double[n][n];
        for (int i = 0; i < n; i++) { id[i][i] = 1; for (int j = 0; j < n; j++) a[i][j] = (i * 7 + j * 3) % 11 - 5 + (i == j ? 20 : 0); }
        double[][] p = mul(a, id);
        boolean same = true;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) same &= p[i][j] == a[i][j];
        System.out.println("A*I == A: " + same);
        double[][] sq = mul(a, a);
        double tr = 0; for (int i = 0; i < n; i++) tr += sq[i][i];
        System.out.println("trace(A^2) = " + tr + " A^2[3][5] = " + sq[3][5]);
        System.out.println("det = " + det(a));
        double[][] h = new double[5][5];
        for (int i = 0; i < 5; i++) for (int j = 0; j < 5; j++) h[i][j] = 1.0 / (i + j + 1);
        System.out.println("det(hilbert5) = " + det(h));
        float[][] f = {{1.5f, 2f}, {3f, 4.25f}};
        System.out.println(f[0][0] * f[1][1] - f[0][1] * f[1][0]);
    }
}
