// wait(ms) returns after the timeout without a notify, owning the monitor.
public class SyncWaitTimeout {
    public static void main(String[] args) throws Exception {
        Object o = new Object();
        synchronized (o) {
            long t0 = System.nanoTime();
            o.wait(25);
            System.out.println("timed out, waited enough " + (System.nanoTime() - t0 >= 25_000_000L)
                               + ", holds " + Thread.holdsLock(o));
            o.wait(0, 500);
            System.out.println("wait(0, 500) returned");
        }
        // A timed waiter notified before its timeout.
        final Object lock = new Object();
        final boolean[] ready = new boolean[1];
        Thread w = new Thread(() -> {
            synchronized (lock) {
                while (!ready[0]) {
                    try { lock.wait(1_000_000); } catch (InterruptedException e) { return; }
                }
                System.out.println("notified before the timeout");
            }
        });
        w.start();
        while (w.getState() != Thread.State.TIMED_WAITING) Thread.yield();
        synchronized (lock) { ready[0] = true; lock.notify(); }
        w.join();
        System.out.println("end");
    }
}
