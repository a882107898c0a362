// Stack traces as HotSpot prints them: lambda frames hidden, a native frame
// on top for exceptions from natives, ExceptionInInitializerError then
// NoClassDefFoundError with JDK 17's cause, "... n more", suppressed
// exceptions, and an uncaught exception with a cause (exit code 1).
public class CoreTraces {
    static class Bad { static int v = 1 / zero(); static int zero() { return 0; } }
    static void deep(int n) { if (n == 0) throw new IllegalStateException("bottom"); deep(n - 1); }
    public static void main(String[] args) {
        Runnable r = () -> { throw new IllegalStateException("in lambda"); };
        try { r.run(); } catch (IllegalStateException e) { e.printStackTrace(System.out); }
        try { new Bad(); } catch (ExceptionInInitializerError e) { e.printStackTrace(System.out); }
        try { new Bad(); } catch (NoClassDefFoundError e) { e.printStackTrace(System.out); }
        try { System.arraycopy(new int[1], 0, new int[1], 1, 1); } catch (ArrayIndexOutOfBoundsException e) { e.printStackTrace(System.out); }
        try { deep(3); } catch (IllegalStateException e) {
            RuntimeException w = new RuntimeException("wrapped", e);
            w.addSuppressed(new Exception("suppressed"));
            w.printStackTrace(System.out);
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(top.getClassName() + " " + top.getMethodName() + " " + top.getFileName() + " " + top.getLineNumber() + " " + e.getStackTrace().length);
        }
        throw new RuntimeException("top", new Exception("cause"));
    }
}
