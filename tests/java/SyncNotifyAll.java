// notify wakes one waiter, notifyAll wakes them all; waiters re-check a
// condition, so the output does not depend on who wakes first.
public class SyncNotifyAll {
    static final Object lock = new Object();
    static int permits;
    static int woken;

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[5];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                synchronized (lock) {
                    while (permits == 0) {
                        try { lock.wait(); } catch (InterruptedException e) { return; }
                    }
                    permits--;
                    woken++;
                    lock.notifyAll();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) while (t.getState() != Thread.State.WAITING) Thread.yield();
        System.out.println("all waiting");

        synchronized (lock) {
            permits = 1;
            lock.notify();
        }
        while (true) {
            synchronized (lock) { if (woken == 1) break; }
            Thread.yield();
        }
        System.out.println("after notify: woken " + woken);

        synchronized (lock) {
            permits = 4;
            lock.notifyAll();
        }
        for (Thread t : ts) t.join();
        System.out.println("after notifyAll: woken " + woken + ", permits left " + permits);

        // notify with nobody waiting is a no-op
        synchronized (lock) { lock.notify(); lock.notifyAll(); }
        System.out.println("done");
    }
}
