// ldc/ldc_w/ldc2_w, iconst/bipush/sipush ranges, and ldc of a Class.
public class Constants {
    static final int BIG = 123456789;
    static final long L = 0x7FFF_FFFF_FFFFL;
    static final double D = 3.141592653589793;
    static final float F = 2.7182817f;
    static final String S = "constant";
    public static void main(String[] args) {
        int[] small = {-1, 0, 1, 2, 3, 4, 5, 6, -128, 127, 128, -129, 32767, -32768, 32768, -32769, 65536};
        for (int v : small) System.out.print(v + " ");
        System.out.println();
        System.out.println(BIG + " " + L + " " + D + " " + F + " " + S);
        long[] ls = {0L, 1L, 2L, -1L, 4294967296L, Long.MIN_VALUE};
        for (long v : ls) System.out.print(v + " ");
        System.out.println();
        double[] ds = {0.0, 1.0, 2.0, -0.0, 1e-10, 6.02214076e23};
        for (double v : ds) System.out.print(v + " ");
        System.out.println();
        float[] fs = {0f, 1f, 2f, 3f, -0f, 1.5e-5f};
        for (float v : fs) System.out.print(v + " ");
        System.out.println();
        Class<?> c = String.class, ci = int.class, ca = int[][].class, co = Constants.class;
        System.out.println(c.getName() + " " + ci.getName() + " " + ca.getName() + " " + co.getName());
        System.out.println(String.class == "x".getClass());
        String a = "constant", b = "const" + "ant";
        System.out.println((a == S) + " " + (b == S));
        char ch = '\u0041';
        System.out.println(ch + " " + (int) '\n' + " " + (int) '\uFFFF' + " " + "tab\there");
        boolean t = true;
        System.out.println(t + " " + !t);
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE);
    }
}
