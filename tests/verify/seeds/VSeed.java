// The verifier cases' victim: small methods that tests/verify/gen.py
// patches into lies, one method per case.  Valid as compiled: run(name)
// calls one of them.  No string concatenation (no invokedynamic), so the
// class can also be relabelled as an old class file (version 49 or 50).
public class VSeed implements VRun {
    int own = 3;

    static int length(String s) { return s.length(); }
    static int local() { int x = 1; return x; }
    static int hash() { return new Object().hashCode(); }
    static String cast(Object o) { return (String) o; }
    static String str() { return "x"; }
    int otherField(VOther o) { return o.x; }
    static int cond(boolean b) { return b ? 1 : 2; }
    static int loop(int n) { int s = 0; for (int i = 0; i < n; i++) s += i; return s; }
    static void nothing() { return; }
    static int one() { return 1; }
    static long pair(long a, long b) { return a + b; }
    static int narrow(long a) { return (int) a; }
    static int handler(int a) {
        int x;
        try { x = 10 / a; } catch (ArithmeticException e) { return -1; }
        return x;
    }
    static Object[] objs() { Object[] a = new Object[1]; a[0] = "x"; return a; }
    static int arrLen(String s, int[] a) { return a.length; }
    static void thrower(String s, RuntimeException e) { if (s == null) throw e; }
    static int viaIface(VRun r) { return r.go(1, 2L); }
    public int go(int a, long b) { return a + (int) b; }
    static int otherCall(VOther o, String s) { return o.twice(3); }
    static int bump(int a, String s) { a++; return a; }
    static int sync(Object o, int i) { synchronized (o) { return i; } }
    static long staticLong() { return VOther.big; }
    void setOwn() { this.own = 1; }
    static int compare(Object a, Object b, int c) { return a == b ? 1 : 0; }
    static void voidBump(int a) { a++; }
    static VOther make() { return new VOther(); }
    static VOther kid() { return new VKid(); }
    static int dupLong(long a) { long b = a; return (int) b; }
    static int sw(int k) {
        switch (k) { case 1: return 10; case 2: return 20; case 3: return 30; default: return 0; }
    }

    static int sparse(int k) {
        switch (k) { case 1: return 10; case 100: return 20; case 1000: return 30; default: return 0; }
    }
    static int[] ints() { return new int[2]; }
    static int[][] grid() { return new int[2][3]; }
    static long big() { return 123456789012L; }

    static String run(String which) {
        switch (which) {
        case "length": return Integer.toString(length("abc"));
        case "local": return Integer.toString(local());
        case "hash": hash(); return "hash";
        case "cast": return cast("c");
        case "str": return str();
        case "otherField": return Integer.toString(new VSeed().otherField(new VOther()));
        case "cond": return Integer.toString(cond(true) + cond(false));
        case "loop": return Integer.toString(loop(5));
        case "nothing": nothing(); return "nothing";
        case "one": return Integer.toString(one());
        case "pair": return Long.toString(pair(1, 2));
        case "narrow": return Integer.toString(narrow(5));
        case "handler": return Integer.toString(handler(0) + handler(5));
        case "objs": return objs()[0].toString();
        case "arrLen": return Integer.toString(arrLen("s", new int[3]));
        case "thrower": thrower("s", null); return "thrower";
        case "viaIface": return Integer.toString(viaIface(new VSeed()));
        case "otherCall": return Integer.toString(otherCall(new VOther(), "s"));
        case "bump": return Integer.toString(bump(1, "s"));
        case "sync": return Integer.toString(sync("o", 4));
        case "staticLong": return Long.toString(staticLong());
        case "setOwn": new VSeed().setOwn(); return "setOwn";
        case "compare": return Integer.toString(compare("a", "a", 1));
        case "voidBump": voidBump(1); return "voidBump";
        case "make": return Integer.toString(make().x);
        case "kid": return Integer.toString(kid().x);
        case "dupLong": return Integer.toString(dupLong(6));
        case "sw": return Integer.toString(sw(2));
        case "sparse": return Integer.toString(sparse(100));
        case "ints": return Integer.toString(ints().length);
        case "grid": return Integer.toString(grid()[1].length);
        case "big": return Long.toString(big());
        default: return "none";
        }
    }
}
