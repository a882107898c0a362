// Thread.getState through a thread's life: NEW, RUNNABLE, BLOCKED, WAITING,
// TIMED_WAITING, TERMINATED.  The thread announces each phase first, so
// main never mistakes an earlier state for the next one.
public class ThreadStates {
    static volatile int phase;

    static void until(Thread t, int p, Thread.State s) {
        while (phase != p || t.getState() != s) Thread.yield();
        System.out.println(t.getName() + " " + s);
    }

    public static void main(String[] args) throws Exception {
        final Object lock = new Object();
        Thread t = new Thread(() -> {
            synchronized (lock) { }                       // BLOCKED while main holds it
            try {
                synchronized (lock) { phase = 1; lock.wait(); }
                synchronized (lock) { phase = 2; lock.wait(1_000_000); }
                phase = 3;
                Thread.sleep(1_000_000);
            } catch (InterruptedException e) {
                System.out.println("t interrupted in phase " + phase);
            }
        }, "t");
        System.out.println(t.getName() + " " + t.getState());
        System.out.println("main " + Thread.currentThread().getState());
        synchronized (lock) {
            t.start();
            until(t, 0, Thread.State.BLOCKED);
        }
        until(t, 1, Thread.State.WAITING);
        synchronized (lock) { lock.notify(); }
        until(t, 2, Thread.State.TIMED_WAITING);
        synchronized (lock) { lock.notify(); }
        until(t, 3, Thread.State.TIMED_WAITING);
        t.interrupt();
        t.join();
        System.out.println(t.getName() + " " + t.getState());
    }
}
