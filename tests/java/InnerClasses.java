// Inner (non-static), nested static, local and anonymous classes; captured
// variables; outer this; inner class of inner class; private access between nestmates.
public class InnerClasses {
    private int secret = 42;
    private static String sSecret = "static-secret";
    private int bump() { return ++secret; }
    class Inner {
        int v = secret + 1;
        class Deeper { int w = v + secret; String outerName() { return InnerClasses.this.name(); } }
        int touch() { return bump(); }
    }
    static class Nested {
        private int hidden = 7;
        String read(InnerClasses o) { return o.secret + " " + sSecret; }
    }
    String name() { return "outer" + secret; }
    interface Op { int apply(int x); }
    Op adder(int k) {
        int base = 100;
        class Local implements Op {
            public int apply(int x) { return x + k + base + secret; }
        }
        return new Local();
    }
    Op anon(final int m) {
        return new Op() {
            int calls = 0;
            public int apply(int x) { calls++; return x * m + calls; }
        };
    }
    public static void main(String[] args) {
        InnerClasses o = new InnerClasses();
        InnerClasses.Inner in = o.new Inner();
        InnerClasses.Inner.Deeper d = in.new Deeper();
        System.out.println(in.v + " " + d.w + " " + d.outerName());
        System.out.println(in.touch() + " " + o.secret);
        Nested n = new Nested();
        System.out.println(n.read(o) + " " + n.hidden);
        Op a = o.adder(5);
        System.out.println(a.apply(1));
        Op b = o.anon(3);
        System.out.println(b.apply(2) + " " + b.apply(2));
        System.out.println(in.getClass().getName() + " " + d.getClass().getName() + " " + n.getClass().getName());
        System.out.println(a.getClass().getName() + " " + b.getClass().getName());
        System.out.println(a.getClass().getSimpleName() + "|" + b.getClass().getSimpleName() + "|" + d.getClass().getSimpleName());
    }
}
