import java.lang.reflect.*;

/* Method.invoke and Constructor.newInstance: dispatch, boxing, widening, varargs, exceptions. */
public class ReflectInvoke {
    interface Greeter { String greet(String who); static String shout(String s) { return s.toUpperCase(); } default String twice(String s) { return greet(s) + greet(s); } }
    static class Base implements Greeter {
        int n;
        public Base() { n = 1; }
        public Base(int n) { this.n = n; }
        protected Base(String s, long... more) { n = s.length() + more.length; }
        public String greet(String who) { return "base " + who; }
        public String who() { return "Base"; }
        private String secret() { return "secret of " + who(); }
        public static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
        public static long widen(long a, double b, float c) { return a + (long) b + (long) c; }
        public boolean z(boolean b) { return !b; }
        public char ch(char c) { return (char) (c + 1); }
        public byte by(byte b) { return (byte) (b * 2); }
        public short sh(short s) { return (short) (s * 3); }
        public float fl(float f) { return f / 2; }
        public double db(double d) { return d * 2; }
        public long lg(long l) { return l + 1; }
        public void nothing() { n++; }
        public Object echo(Object o) { return o; }
        public int[] arr(int[] a) { return a; }
        public void fail(String kind) throws Exception {
            if (kind.equals("checked")) throw new java.io.IOException("io");
            if (kind.equals("error")) throw new StackOverflowError("deep");
            throw new IllegalStateException(kind);
        }
        public String toString() { return "Base(" + n + ")"; }
    }
    static class Derived extends Base {
        public Derived() { super(5); }
        public String who() { return "Derived"; }
        public String greet(String who) { return "derived " + who; }
    }
    static abstract class Abs { public Abs() {} public abstract int f(); }
    static class Boom { static int x = init(); static int init() { throw new RuntimeException("clinit"); } public Boom() {} public static void go() {} }
    enum E { A }
    static class Thrower { public Thrower(int x) { if (x < 0) throw new IllegalArgumentException("negative " + x); } }

    public static void main(String[] args) throws Exception {
        Base b = new Base(), d = new Derived();
        Method greet = Base.class.getMethod("greet", String.class);
        System.out.println(greet.invoke(b, "a") + " / " + greet.invoke(d, "b"));
        Method igreet = Greeter.class.getMethod("greet", String.class);
        System.out.println(igreet.invoke(d, "c") + " / " + Greeter.class.getMethod("twice", String.class).invoke(b, "x"));
        System.out.println(Greeter.class.getMethod("shout", String.class).invoke(null, "loud"));
        Method secret = Base.class.getDeclaredMethod("secret");
        System.out.println(secret.invoke(d));
        System.out.println(Object.class.getMethod("toString").invoke(d) + " " + Object.class.getMethod("hashCode").invoke("abc"));
        Method sum = Base.class.getMethod("sum", int[].class);
        System.out.println(sum.isVarArgs() + " " + sum.invoke(null, (Object) new int[] { 1, 2, 3 }) + " " + sum.invoke(null, new int[0]));
        System.out.println(sum + " | " + sum.toGenericString());
        Method widen = Base.class.getMethod("widen", long.class, double.class, float.class);
        System.out.println(widen.invoke(null, (byte) 1, 'a', 3) + " " + widen.invoke(null, 1L, 2.9f, 3L) + " " + widen.invoke(null, (short) 2, 2, (byte) 1));
        System.out.println(show(Base.class.getMethod("z", boolean.class).invoke(b, true)));
        System.out.println(show(Base.class.getMethod("ch", char.class).invoke(b, 'a')));
        System.out.println(show(Base.class.getMethod("by", byte.class).invoke(b, (byte) 100)));
        System.out.println(show(Base.class.getMethod("sh", short.class).invoke(b, (byte) 7)));
        System.out.println(show(Base.class.getMethod("fl", float.class).invoke(b, 3)));
        System.out.println(show(Base.class.getMethod("db", double.class).invoke(b, 1.5f)));
        System.out.println(show(Base.class.getMethod("lg", long.class).invoke(b, 'x')));
        System.out.println(show(Base.class.getMethod("nothing").invoke(b)) + " " + b);
        System.out.println(show(Base.class.getMethod("echo", Object.class).invoke(b, 42)));
        System.out.println(show(Base.class.getMethod("echo", Object.class).invoke(b, (Object) null)));
        System.out.println(((int[]) Base.class.getMethod("arr", int[].class).invoke(b, (Object) new int[] { 7 }))[0]);
        // argument errors
        System.out.println(attempt(() -> Base.class.getMethod("z", boolean.class).invoke(b, 1)));
        System.out.println(attempt(() -> Base.class.getMethod("ch", char.class).invoke(b, (byte) 1)));
        System.out.println(attempt(() -> Base.class.getMethod("by", byte.class).invoke(b, 'c')));
        System.out.println(attempt(() -> Base.class.getMethod("lg", long.class).invoke(b, 1.0f)));
        System.out.println(attempt(() -> Base.class.getMethod("lg", long.class).invoke(b, (Object) null)));
        System.out.println(attempt(() -> Base.class.getMethod("arr", int[].class).invoke(b, (Object) new long[0])));
        System.out.println(attempt(() -> greet.invoke(b)));
        System.out.println(attempt(() -> greet.invoke(b, "a", "b")));
        System.out.println(attempt(() -> greet.invoke(b, (Object[]) null)));
        System.out.println(attempt(() -> greet.invoke("not a Base", "a")));
        System.out.println(attempt(() -> greet.invoke(null, "a")));
        System.out.println(attempt(() -> Base.class.getMethod("nothing").invoke(b, (Object[]) null)));
        // exceptions of the callee
        Method fail = Base.class.getMethod("fail", String.class);
        for (String k : new String[] { "checked", "error", "runtime" }) {
            try {
                fail.invoke(b, k);
            } catch (InvocationTargetException e) {
                System.out.println("ITE cause=" + e.getCause() + " target=" + e.getTargetException() + " msg=" + e.getMessage());
            }
        }
        System.out.println(fail + " | " + fail.toGenericString());
        // constructors
        System.out.println(Base.class.getConstructor().newInstance() + " " + Base.class.getConstructor(int.class).newInstance((short) 3));
        Constructor<Base> vc = Base.class.getDeclaredConstructor(String.class, long[].class);
        System.out.println(vc.newInstance("abc", new long[] { 1, 2 }) + " " + vc + " | " + vc.toGenericString() + " " + vc.isVarArgs());
        System.out.println(Derived.class.getConstructor().newInstance().who());
        System.out.println(attempt(() -> Abs.class.getConstructor().newInstance()));
        System.out.println(attempt(() -> E.class.getDeclaredConstructors()[0].newInstance("A", 0)));
        System.out.println(attempt(() -> Base.class.getConstructor(int.class).newInstance("x")));
        System.out.println(attempt(() -> Base.class.getConstructor(int.class).newInstance()));
        try {
            Thrower.class.getConstructor(int.class).newInstance(-1);
        } catch (InvocationTargetException e) {
            System.out.println("ctor ITE: " + e.getCause());
        }
        System.out.println(attempt(() -> Thrower.class.getConstructor(int.class).newInstance(1).getClass().getSimpleName()));
        try {
            Boom.class.getConstructor().newInstance();
        } catch (Throwable e) {
            System.out.println("init: " + e.getClass().getName() + " cause " + e.getCause());
        }
        try {
            Boom.class.getMethod("go").invoke(null);
        } catch (Throwable e) {
            System.out.println("init again: " + e.getClass().getName());
        }
        // Class.newInstance (deprecated): the constructor's exceptions are not wrapped
        System.out.println(Base.class.newInstance());
        try {
            Thrower.class.newInstance();
        } catch (InstantiationException e) {
            System.out.println("InstantiationException " + e.getMessage() + " cause " + e.getCause().getClass().getSimpleName());
        }
        System.out.println(attempt(() -> Abs.class.newInstance()));
        System.out.println(attempt(() -> Greeter.class.newInstance()));
        System.out.println(attempt(() -> int.class.newInstance()));
    }

    static String show(Object o) { return o == null ? "null" : o.getClass().getSimpleName() + ":" + o; }

    interface Action { Object run() throws Throwable; }

    static String attempt(Action a) {
        try {
            return String.valueOf(a.run());
        } catch (Throwable e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }
}
