// try/catch/finally in every combination: order of execution, nested, rethrow,
// multi-catch, finally after return/break/continue, exceptions in catch and finally.
public class TryCatchFinally {
    static StringBuilder log = new StringBuilder();
    static int f1() { try { log.append("t "); return 1; } finally { log.append("f "); } }
    @SuppressWarnings("finally")
    static int f2() { try { throw new RuntimeException("x"); } finally { return 2; } }
    @SuppressWarnings("finally")
    static int f3() { try { return 1; } finally { return 3; } }
    static int f4() { int x = 1; try { return x; } finally { x = 99; } }
    static String f5(int k) {
        try {
            if (k == 0) throw new IllegalArgumentException("iae");
            if (k == 1) throw new IllegalStateException("ise");
            if (k == 2) throw new UnsupportedOperationException("uoe");
            return "none";
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "multi " + e.getMessage();
        } catch (RuntimeException e) {
            return "rt " + e.getMessage();
        } finally {
            log.append("f5-" + k + " ");
        }
    }
    static void f6() {
        try {
            try { throw new RuntimeException("inner"); }
            finally { log.append("inner-finally "); }
        } catch (RuntimeException e) { log.append("caught-" + e.getMessage() + " "); }
        finally { log.append("outer-finally "); }
    }
    static void f7() throws Exception {
        try { throw new Exception("first"); }
        catch (Exception e) { throw new RuntimeException("from catch", e); }
        finally { log.append("f7-finally "); }
    }
    static void f8() {
        for (int i = 0; i < 4; i++) {
            try { if (i == 1) continue; if (i == 3) break; log.append("body" + i + " "); }
            finally { log.append("fin" + i + " "); }
        }
    }
    static String f9() {
        try { throw new Error("err"); }
        catch (Exception e) { return "exception"; }
        catch (Throwable t) { return "throwable " + t.getMessage(); }
    }
    @SuppressWarnings("finally")
    static String f10() {
        try { try { throw new RuntimeException("lost"); } finally { throw new IllegalStateException("replaces"); } }
        catch (RuntimeException e) { return e.getMessage(); }
    }
    static int depth(int n) { try { if (n == 0) throw new RuntimeException("bottom"); return depth(n - 1); } finally { log.append(n); } }
    public static void main(String[] args) {
        System.out.println(f1() + " " + log); log.setLength(0);
        System.out.println(f2() + " " + f3() + " " + f4());
        for (int k = 0; k < 4; k++) System.out.println(f5(k));
        System.out.println(log); log.setLength(0);
        f6(); System.out.println(log); log.setLength(0);
        try { f7(); } catch (Exception e) { System.out.println(e.getMessage() + " cause=" + e.getCause().getMessage() + " " + log); }
        log.setLength(0);
        f8(); System.out.println(log); log.setLength(0);
        System.out.println(f9() + " " + f10());
        try { depth(5); } catch (RuntimeException e) { System.out.println(e.getMessage() + " " + log); }
        int n = 0;
        while (true) { try { n++; if (n > 3) break; } finally { n += 10; } }
        System.out.println(n);
    }
}
