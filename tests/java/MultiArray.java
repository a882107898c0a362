// multianewarray with all and partial dimensions, every element type, zero sizes, negatives.
public class MultiArray {
    public static void main(String[] args) {
        int[][] a = new int[3][4];
        a[2][3] = 7;
        System.out.println(a.length + " " + a[0].length + " " + a[2][3] + " " + a.getClass().getName());
        long[][][] b = new long[2][3][4];
        b[1][2][3] = 1L << 50;
        System.out.println(b[1][2][3] + " " + b[1][2].length + " " + b.getClass().getName());
        String[][] c = new String[2][];
        System.out.println(c[0] + " " + c[1] + " " + c.getClass().getName());
        double[][][] d = new double[2][2][];
        System.out.println(d[1][1] + " " + d[0].length);
        boolean[][] z = new boolean[0][5];
        System.out.println(z.length);
        char[][] ch = new char[2][0];
        System.out.println(ch[1].length);
        Object[][][][] deep = new Object[1][1][1][1];
        deep[0][0][0][0] = "deep";
        System.out.println(deep[0][0][0][0] + " " + deep.getClass().getName());
        try { int[][] n = new int[2][-1]; System.out.println(n); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        try { int[][] n = new int[-3][2]; System.out.println(n); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        try { int[][] n = new int[0][-2]; System.out.println(n); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        int[][] tri = new int[5][];
        for (int i = 0; i < 5; i++) { tri[i] = new int[i + 1]; tri[i][0] = tri[i][i] = 1; for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j]; }
        for (int[] row : tri) { StringBuilder sb = new StringBuilder(); for (int v : row) sb.append(v).append(' '); System.out.println(sb.toString().trim()); }
        short[][] sh = new short[3][3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) sh[i][j] = (short) (i * 3 + j);
        int s = 0; for (short[] r : sh) for (short v : r) s += v;
        System.out.println(s);
        float[][] f = {{1f, 2f}, {3f}};
        System.out.println(f[0][1] + f[1][0]);
    }
}
