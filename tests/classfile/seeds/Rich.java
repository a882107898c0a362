// A victim with a bit of everything the parser reads: constants of every tag,
// fields with ConstantValue, exception tables, switches, an interface, an inner
// class, a lambda (BootstrapMethods), a record-free nest.
public class Rich implements Runnable, Comparable<Rich> {
    static final int I = 123456;
    static final long L = 1L << 40;
    static final float F = 1.5f;
    static final double D = 2.25;
    static final String S = "rich";
    private int x;
    protected long[] arr = new long[3];
    class Inner { int get() { return x; } }
    public void run() { x++; }
    public int compareTo(Rich o) { return Integer.compare(x, o.x); }
    static int sw(int k) {
        switch (k) { case 1: return 10; case 2: return 20; case 3: return 30; default: break; }
        switch (k) { case -100: return 1; case 1000: return 2; default: return 0; }
    }
    public static void go() {
        Rich r = new Rich();
        Runnable lam = () -> r.x += I;
        lam.run();
        int v;
        try { v = 10 / (r.x - r.x); } catch (ArithmeticException e) { v = -1; } finally { r.x++; }
        System.out.println("Rich ran " + v + " " + sw(2) + " " + r.new Inner().get() + " " + L + F + D + S);
    }
}
