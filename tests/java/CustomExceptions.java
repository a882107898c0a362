// Custom exception hierarchies, checked and unchecked, causes, chaining,
// getMessage/getLocalizedMessage/toString overrides, null messages, initCause.
public class CustomExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String msg, int code) { super(msg); this.code = code; }
        AppException(String msg, Throwable cause) { super(msg, cause); this.code = -1; }
    }
    static class NotFound extends AppException { NotFound(String what) { super(what + " not found", 404); } }
    static class Quiet extends RuntimeException { Quiet() { super(); } public String getMessage() { return "quiet!"; } }
    static class Odd extends RuntimeException { public String toString() { return "Odd[]"; } }
    static void find(String k) throws AppException { if (!k.equals("ok")) throw new NotFound(k); }
    public static void main(String[] args) {
        try { find("key"); } catch (NotFound e) { System.out.println(e.getMessage() + " " + e.code + " " + e); } catch (AppException e) { System.out.println("wrong"); }
        try { try { find("x"); } catch (AppException e) { throw new AppException("wrapped", e); } }
        catch (AppException e) { System.out.println(e + " | cause: " + e.getCause() + " | " + (e.getCause() instanceof NotFound)); }
        System.out.println(new RuntimeException().getMessage() + " " + new RuntimeException() + " " + new RuntimeException((String) null));
        System.out.println(new Quiet() + " " + new Quiet().getLocalizedMessage() + " " + new Odd());
        Throwable c = new IllegalStateException("root");
        RuntimeException r = new RuntimeException(c);
        System.out.println(r.getMessage() + " | " + r);
        Exception ic = new Exception("late");
        ic.initCause(new Error("cause"));
        System.out.println(ic.getCause());
        try { ic.initCause(new Error("again")); } catch (IllegalStateException e) { System.out.println("ISE: " + e.getMessage()); }
        try { Exception self = new Exception(); self.initCause(self); } catch (IllegalArgumentException e) { System.out.println("IAE: " + e.getMessage()); }
        Throwable t = new Throwable("plain");
        System.out.println(t + " " + new Error("e") + " " + new Exception() + " " + new ArithmeticException("a").getClass().getSuperclass().getName());
        Exception sup = new Exception("main");
        sup.addSuppressed(new RuntimeException("s1"));
        sup.addSuppressed(new RuntimeException("s2"));
        System.out.println(sup.getSuppressed().length + " " + sup.getSuppressed()[1].getMessage());
        int caught = 0;
        Throwable[] ts = {new StackOverflowError(), new OutOfMemoryError("m"), new NullPointerException(), new ClassCastException("c"), new IndexOutOfBoundsException(5), new ArrayIndexOutOfBoundsException(-1), new StringIndexOutOfBoundsException(7), new NumberFormatException("n"), new UnsupportedOperationException("u"), new IllegalMonitorStateException("i"), new NegativeArraySizeException("-2"), new ArrayStoreException("a"), new InterruptedException("i"), new CloneNotSupportedException("c"), new AssertionError(42), new LinkageError("l"), new InternalError("in")};
        for (Throwable x : ts) { try { throw x; } catch (Throwable y) { caught++; System.out.println((y == x) + " " + y); } }
        System.out.println(caught);
    }
}
