// synchronized static methods lock the class: no lost updates even though
// threads are preempted in the middle of read-modify-write sequences.
public class SyncStatic {
    static long counter;
    static long unsafeReads;

    static synchronized void add(int n) {
        long v = counter;
        for (int i = 0; i < n; i++) unsafeReads++;   // widen the window
        counter = v + n;
    }

    static long get() {
        synchronized (SyncStatic.class) { return counter; }
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 20000; k++) add(3);
            });
            ts[i].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("counter " + get() + " reads " + unsafeReads);
        System.out.println("holds class lock: " + Thread.holdsLock(SyncStatic.class));
    }
}
