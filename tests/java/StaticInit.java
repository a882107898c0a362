// <clinit> order: superclass first, triggered by first active use only, once;
// constants are inlined and do not trigger; interface static fields.
public class StaticInit {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return 1; }
    static class Super { static int s = note("Super"); static void m() { note("Super.m"); } }
    static class Sub extends Super { static int t = note("Sub"); static final int CONST = 42; static final String SC = "sc"; }
    static class Lazy { static { note("Lazy"); } static int x = 5; }
    interface I { int X = note("I.X"); int Y = 7; }
    static class Impl implements I { static { note("Impl"); } }
    static class ArrOnly { static { note("ArrOnly"); } }
    static class Counter { static int n; static { n = 100; note("Counter"); } }
    public static void main(String[] args) {
        note("main");
        int c = Sub.CONST;
        String sc = Sub.SC;
        note("const" + c + sc);
        Sub.m();
        note("after-m");
        new Sub();
        note("after-new");
        ArrOnly[] a = new ArrOnly[3];
        note("arr" + a.length);
        note("Y" + I.Y);
        new Impl();
        note("impl-done");
        note("X" + I.X);
        Counter.n++;
        Counter.n++;
        note("n" + Counter.n);
        note("x" + Lazy.x);
        System.out.println(log);
    }
}
