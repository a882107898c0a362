// try-with-resources: close order, suppressed exceptions, null resources, exceptions from close.
public class TryWithResources {
    static StringBuilder log = new StringBuilder();
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; log.append("open-" + name + " "); }
        public void close() { log.append("close-" + name + " "); if (failClose) throw new IllegalStateException("close " + name); }
    }
    public static void main(String[] args) {
        try (Res a = new Res("a", false); Res b = new Res("b", false)) { log.append("body "); }
        System.out.println(log); log.setLength(0);
        try (Res a = new Res("a", true); Res b = new Res("b", true)) { throw new RuntimeException("body"); }
        catch (RuntimeException e) {
            System.out.println(e.getMessage() + " suppressed=" + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage() + "," + e.getSuppressed()[1].getMessage());
        }
        System.out.println(log); log.setLength(0);
        try (Res a = new Res("a", true)) { log.append("ok-body "); }
        catch (IllegalStateException e) { System.out.println("from close: " + e.getMessage() + " " + e.getSuppressed().length); }
        System.out.println(log); log.setLength(0);
        try (Res n = null) { log.append("null-res "); }
        System.out.println(log); log.setLength(0);
        Res outer = new Res("outer", false);
        try (outer) { log.append("effectively-final "); }
        System.out.println(log);
    }
}
