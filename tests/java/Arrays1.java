// Arrays of every element type: default values, stores and loads, length, and
// arrays of arrays with jagged rows.
public class Arrays1 {
    public static void main(String[] args) {
        boolean[] z = new boolean[3]; byte[] b = new byte[3]; char[] c = new char[3]; short[] s = new short[3];
        int[] i = new int[3]; long[] j = new long[3]; float[] f = new float[3]; double[] d = new double[3]; String[] o = new String[3];
        System.out.println(z[0] + " " + b[1] + " " + (int) c[2] + " " + s[0] + " " + i[1] + " " + j[2] + " " + f[0] + " " + d[1] + " " + o[2]);
        for (int k = 0; k < 3; k++) {
            z[k] = k % 2 == 0; b[k] = (byte) (k * 100); c[k] = (char) ('x' + k); s[k] = (short) (k * 20000);
            i[k] = k * 1000000000; j[k] = (long) k << 40; f[k] = k / 3f; d[k] = k / 3.0; o[k] = "s" + k;
        }
        for (int k = 0; k < 3; k++)
            System.out.println(z[k] + " " + b[k] + " " + c[k] + " " + s[k] + " " + i[k] + " " + j[k] + " " + f[k] + " " + d[k] + " " + o[k]);
        System.out.println(z.length + b.length + c.length + s.length + i.length + j.length + f.length + d.length + o.length);
        int[][] jag = new int[4][];
        for (int r = 0; r < jag.length; r++) { jag[r] = new int[r + 1]; for (int k = 0; k <= r; k++) jag[r][k] = r * 10 + k; }
        for (int[] row : jag) { for (int v : row) System.out.print(v + " "); System.out.println("(" + row.length + ")"); }
        int[] empty = new int[0];
        System.out.println(empty.length + " " + new Object[0].length);
        char[] hello = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(hello);
        System.out.println(new String(hello, 1, 3));
        int[] init = {1, 2, 3};
        int[][] lit = {{1}, {2, 3}, {}};
        System.out.println(init[2] + " " + lit[1][1] + " " + lit[2].length);
        long[] big = new long[1000];
        for (int k = 0; k < big.length; k++) big[k] = (long) k * k;
        long sum = 0;
        for (long v : big) sum += v;
        System.out.println(sum);
        byte[] bytes = new byte[256];
        for (int k = 0; k < 256; k++) bytes[k] = (byte) k;
        int neg = 0;
        for (byte v : bytes) if (v < 0) neg++;
        System.out.println(neg);
    }
}
