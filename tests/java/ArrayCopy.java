// System.arraycopy: overlapping copies both ways, every primitive type, reference arrays.
public class ArrayCopy {
    static String str(int[] a) { StringBuilder sb = new StringBuilder(); for (int v : a) sb.append(v).append(','); return sb.toString(); }
    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 2, 5);
        System.out.println(str(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 1, 6);
        System.out.println(str(b));
        long[] l = {1, 2, 3}; long[] l2 = new long[5];
        System.arraycopy(l, 0, l2, 2, 3);
        System.out.println(l2[0] + " " + l2[2] + " " + l2[4]);
        char[] c = "abcdef".toCharArray(); char[] c2 = new char[3];
        System.arraycopy(c, 2, c2, 0, 3);
        System.out.println(new String(c2));
        double[] d = {1.5, 2.5}; double[] d2 = new double[2];
        System.arraycopy(d, 0, d2, 0, 2);
        System.out.println(d2[0] + d2[1]);
        byte[] by = {1, 2, 3, 4}; System.arraycopy(by, 1, by, 0, 3);
        System.out.println(by[0] + " " + by[3]);
        String[] s = {"x", "y", "z"}; Object[] o = new Object[3];
        System.arraycopy(s, 0, o, 0, 3);
        System.out.println(o[0] + "" + o[1] + o[2]);
        Object[] os = {"p", "q"}; String[] ss = new String[2];
        System.arraycopy(os, 0, ss, 0, 2);
        System.out.println(ss[1]);
        System.arraycopy(a, 0, a, 0, 0);
        System.arraycopy(a, 10, a, 10, 0);
        int[] cl = a.clone();
        cl[0] = 99;
        System.out.println(a[0] + " " + cl[0] + " " + (cl != a) + " " + cl.length);
        try { System.arraycopy(null, 0, a, 0, 1); } catch (NullPointerException e) { System.out.println("NPE src"); }
        try { System.arraycopy(a, 0, null, 0, 1); } catch (NullPointerException e) { System.out.println("NPE dst"); }
    }
}
