// Uncaught-exception handlers: per thread, then the default one.
public class ThreadUncaughtHandler {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> { throw new IllegalStateException("per-thread"); }, "worker");
        t.setUncaughtExceptionHandler((th, e) -> System.out.println("handler: " + th.getName() + " " + e));
        t.start();
        t.join();
        Thread.setDefaultUncaughtExceptionHandler((th, e) -> System.out.println("default: " + th.getName() + " " + e.getMessage()));
        Thread u = new Thread(() -> { throw new RuntimeException("to default"); });
        u.start();
        u.join();
        System.out.println("handler is group: " + (new Thread(() -> {}).getUncaughtExceptionHandler() == Thread.currentThread().getThreadGroup()));
        Thread.setDefaultUncaughtExceptionHandler(null);
        System.out.println("end");
    }
}
