// An uncaught-exception handler that throws: reported as HotSpot does
// ("Exception: X thrown from the UncaughtExceptionHandler in thread ...").
public class ThreadHandlerThrows {
    public static void main(String[] a) throws Exception {
        Thread t = new Thread(() -> { throw new IllegalStateException("first"); });
        t.setUncaughtExceptionHandler((th, e) -> { throw new RuntimeException("from handler"); });
        t.start();
        t.join();
        System.out.println("main ends " + t.getState());
    }
}
