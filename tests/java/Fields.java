// Static and instance fields of every type, default values, shadowing and hiding.
public class Fields {
    static boolean sz; static byte sb; static char sc; static short ss; static int si;
    static long sj; static float sf; static double sd; static Object so; static int[] sa;
    boolean z; byte b; char c; short s; int i; long j; float f; double d; String str; long[] arr;
    static class Base { int x = 1; static String name = "Base"; int getX() { return x; } }
    static class Derived extends Base { int x = 2; static String name = "Derived"; int getX() { return x; } int superX() { return super.x; } }
    public static void main(String[] args) {
        System.out.println(sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sj + " " + sf + " " + sd + " " + so + " " + sa);
        Fields o = new Fields();
        System.out.println(o.z + " " + o.b + " " + (int) o.c + " " + o.s + " " + o.i + " " + o.j + " " + o.f + " " + o.d + " " + o.str + " " + o.arr);
        sz = true; sb = -7; sc = 'q'; ss = -300; si = 1 << 30; sj = -1L << 40; sf = 0.25f; sd = -1e-7; so = "obj"; sa = new int[]{1, 2};
        o.z = true; o.b = 99; o.c = 'Z'; o.s = 12345; o.i = -42; o.j = 1L << 62; o.f = 3.5f; o.d = 2.0 / 3; o.str = "s"; o.arr = new long[]{9};
        System.out.println(sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sj + " " + sf + " " + sd + " " + so + " " + sa[1]);
        System.out.println(o.z + " " + o.b + " " + o.c + " " + o.s + " " + o.i + " " + o.j + " " + o.f + " " + o.d + " " + o.str + " " + o.arr[0]);
        Derived dd = new Derived();
        Base bb = dd;
        System.out.println(dd.x + " " + bb.x + " " + ((Base) dd).x + " " + dd.getX() + " " + bb.getX() + " " + dd.superX());
        System.out.println(Derived.name + " " + Base.name);
        Fields.si += 5;
        o.i += o.i;
        System.out.println(si + " " + o.i);
    }
}
