// An exception out of run() is printed as HotSpot does, on stderr, ends
// only that thread, and leaves the exit code 0.
public class ThreadUncaught {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> { throw new RuntimeException("boom"); });
        t.start();
        t.join();
        System.out.println("main continues, thread alive " + t.isAlive() + " " + t.getState());
    }
}
