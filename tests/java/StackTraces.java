// getStackTrace(): class, method, file and line of each frame, in order, for
// exceptions from nested calls, constructors, static initializers and lambdas.
public class StackTraces {
    static void a() { b(); }
    static void b() { c(); }
    static void c() { throw new RuntimeException("deep"); }
    static class Ctor { Ctor() { throw new IllegalStateException("ctor"); } }
    static class Clinit { static int x = 1 / Integer.parseInt("0"); }
    void inst(int n) { if (n == 0) throw new UnsupportedOperationException("inst"); inst(n - 1); }
    static void print(Throwable t, int max) {
        System.out.println(t);
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < st.length && i < max; i++) {
            StackTraceElement e = st[i];
            System.out.println("  " + e.getClassName() + "." + e.getMethodName() + " " + e.getFileName() + ":" + e.getLineNumber());
        }
    }
    public static void main(String[] args) {
        try { a(); } catch (RuntimeException e) { print(e, 10); }
        try { new Ctor(); } catch (RuntimeException e) { print(e, 10); }
        try { System.out.println(Clinit.x); } catch (ExceptionInInitializerError e) { print(e.getCause(), 3); }
        try { new StackTraces().inst(3); } catch (RuntimeException e) { print(e, 10); }
        Runnable r = () -> { throw new IllegalArgumentException("lambda"); };
        try { r.run(); } catch (RuntimeException e) { StackTraceElement top = e.getStackTrace()[0]; System.out.println(e + " at line " + top.getLineNumber() + " in " + top.getFileName() + " " + top.getMethodName().startsWith("lambda$main$")); }
        Throwable made = new Throwable("not thrown");
        print(made, 2);
        int[] arr = new int[1];
        try { arr[2] = 1; } catch (ArrayIndexOutOfBoundsException e) { print(e, 2); }
        try { Object o = "s"; Integer i = (Integer) o; } catch (ClassCastException e) { print(e, 1); }
        StackTraceElement el = new Throwable().getStackTrace()[0];
        System.out.println(el.getMethodName() + " " + el.getLineNumber() + " " + el);
    }
}
