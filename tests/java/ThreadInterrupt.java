// Interrupts: of sleep and of wait (InterruptedException, status cleared),
// before sleep/wait, Thread.interrupted(), and on a thread not yet started.
public class ThreadInterrupt {
    static void waitFor(Thread t, Thread.State s) {
        while (t.getState() != s) Thread.yield();
    }

    public static void main(String[] args) throws Exception {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(1_000_000);
                System.out.println("sleeper: not interrupted?");
            } catch (InterruptedException e) {
                System.out.println("sleeper: " + e + ", status now " + Thread.currentThread().isInterrupted());
            }
        });
        sleeper.start();
        waitFor(sleeper, Thread.State.TIMED_WAITING);
        sleeper.interrupt();
        sleeper.join();

        final Object lock = new Object();
        Thread waiter = new Thread(() -> {
            synchronized (lock) {
                try {
                    lock.wait();
                    System.out.println("waiter: not interrupted?");
                } catch (InterruptedException e) {
                    System.out.println("waiter: " + e + ", holds lock " + Thread.holdsLock(lock)
                                       + ", status " + Thread.currentThread().isInterrupted());
                }
            }
        });
        waiter.start();
        waitFor(waiter, Thread.State.WAITING);
        synchronized (lock) {
            waiter.interrupt();
            // it cannot return from wait() while we hold the lock
            waitFor(waiter, Thread.State.BLOCKED);
            System.out.println("waiter blocked until main releases the lock");
        }
        waiter.join();

        Thread self = Thread.currentThread();
        self.interrupt();
        System.out.println("isInterrupted " + self.isInterrupted() + " " + self.isInterrupted());
        System.out.println("interrupted() " + Thread.interrupted() + " then " + Thread.interrupted());
        self.interrupt();
        try { Thread.sleep(10); } catch (InterruptedException e) { System.out.println("pre-interrupted sleep: " + e); }
        self.interrupt();
        synchronized (lock) {
            try { lock.wait(10); } catch (InterruptedException e) { System.out.println("pre-interrupted wait: " + e); }
        }
        System.out.println("status after: " + self.isInterrupted());

        Thread early = new Thread(() -> System.out.println("early: interrupted in run " + Thread.interrupted()));
        early.interrupt();
        System.out.println("unstarted interrupted: " + early.isInterrupted());
        early.start();
        early.join();
        System.out.println("after end: " + early.isInterrupted());
    }
}
