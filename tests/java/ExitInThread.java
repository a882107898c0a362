// System.exit from another thread while main waits.
public class ExitInThread {
    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> { System.out.println("thread exits"); System.exit(42); });
        t.start();
        t.join();
        Thread.sleep(10000);
        System.out.println("not reached");
    }
}
