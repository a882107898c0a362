// Hundreds of threads at once, each updating shared state under a lock.
public class ThreadMany {
    static int total;
    static final Object lock = new Object();

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[300];
        for (int i = 0; i < ts.length; i++) {
            final int me = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 10; k++) {
                    synchronized (lock) { total += me; }
                    Thread.yield();
                }
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        System.out.println("total " + total);
        // and again, sequentially: thread resources are reused
        for (int i = 0; i < 500; i++) {
            Thread t = new Thread(() -> { synchronized (lock) { total++; } });
            t.start();
            t.join();
        }
        System.out.println("total " + total);
    }
}
