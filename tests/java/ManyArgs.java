// Methods with many parameters of mixed sizes (long and double take two slots),
// static and virtual, and returning every primitive type.
public class ManyArgs {
    static double mix(int a, long b, double c, float d, byte e, short f, char g, boolean h, long i, double j, int k, Object l, long m, double n, int o) {
        return a + b + c + d + e + f + g + (h ? 1 : 0) + i + j + k + (l == null ? 0 : l.hashCode()) + m + n + o;
    }
    long inst(long a, long b, long c, long d, long e, long f, long g, long h, long i, long j, long k, long l, long m, long n, long o, long p) {
        return a - b + c - d + e - f + g - h + i - j + k - l + m - n + o - p;
    }
    static boolean rz() { return true; } static byte rb() { return -2; } static char rc() { return 'r'; } static short rs() { return -300; }
    static int ri() { return 1 << 20; } static long rl() { return 1L << 50; } static float rf() { return 0.75f; } static double rd() { return 1e100; }
    int vi(int x) { return x; } long vl(long x) { return x; } float vf(float x) { return x; } double vd(double x) { return x; } char vc(char x) { return x; }
    public static void main(String[] args) {
        System.out.println(mix(1, 2L, 3.5, 4.25f, (byte) 5, (short) 6, 'A', true, 1L << 40, -0.5, 7, "k", -9L, 2.0, 8));
        ManyArgs m = new ManyArgs();
        System.out.println(m.inst(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 + (1L << 33)));
        System.out.println(rz() + " " + rb() + " " + rc() + " " + rs() + " " + ri() + " " + rl() + " " + rf() + " " + rd());
        System.out.println(m.vi(-1) + " " + m.vl(Long.MIN_VALUE) + " " + m.vf(Float.NaN) + " " + m.vd(-0.0) + " " + m.vc('\u1234'));
    }
}
