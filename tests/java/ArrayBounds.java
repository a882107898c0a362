// ArrayIndexOutOfBoundsException messages for every array type, loads and stores,
// NegativeArraySizeException messages.
public class ArrayBounds {
    static void check(Runnable r) {
        try { r.run(); System.out.println("no exception"); }
        catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE: " + e.getMessage()); }
        catch (NegativeArraySizeException e) { System.out.println("NASE: " + e.getMessage()); }
    }
    public static void main(String[] args) {
        int[] i = new int[3]; long[] l = new long[2]; byte[] b = new byte[1]; char[] c = new char[4];
        short[] s = new short[5]; float[] f = new float[6]; double[] d = new double[7]; boolean[] z = new boolean[8]; Object[] o = new Object[9];
        check(() -> System.out.println(i[3]));
        check(() -> i[-1] = 5);
        check(() -> System.out.println(l[2]));
        check(() -> l[Integer.MIN_VALUE] = 1);
        check(() -> System.out.println(b[1]));
        check(() -> c[4] = 'x');
        check(() -> System.out.println(s[100]));
        check(() -> f[6] = 1f);
        check(() -> System.out.println(d[-7]));
        check(() -> z[8] = true);
        check(() -> System.out.println(o[9]));
        check(() -> o[Integer.MAX_VALUE] = "x");
        check(() -> System.out.println(new int[0][0].length));
        check(() -> { int[] n = new int[-5]; });
        check(() -> { Object[] n = new String[Integer.MIN_VALUE]; });
        check(() -> System.out.println("ok " + i[2]));
        check(() -> System.arraycopy(i, 0, i, 1, 3));
        check(() -> System.arraycopy(i, -1, i, 0, 1));
        check(() -> System.arraycopy(i, 0, i, 0, -1));
        check(() -> System.arraycopy(o, 5, new Object[3], 0, 4));
    }
}
