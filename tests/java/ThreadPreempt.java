// A thread that spins without ever blocking must not starve the others:
// the VM preempts it.
public class ThreadPreempt {
    static volatile boolean stop;
    static volatile long spins;
    static volatile boolean stop2;

    public static void main(String[] args) throws Exception {
        Thread spinner = new Thread(() -> {
            while (!stop) spins++;
        });
        spinner.start();
        // Two more threads that need CPU time while the spinner runs.
        final long[] out = new long[2];
        Thread worker = new Thread(() -> {
            long s = 0;
            for (int i = 0; i < 2_000_000; i++) s += i % 7;
            out[0] = s;
        });
        Thread sleeper = new Thread(() -> {
            try { Thread.sleep(20); } catch (InterruptedException e) { }
            out[1] = 1;
        });
        worker.start();
        sleeper.start();
        worker.join();
        sleeper.join();
        System.out.println("worker " + out[0] + ", sleeper " + out[1]);
        while (spins == 0) Thread.yield();
        stop = true;
        spinner.join();
        System.out.println("spinner stopped after spinning: " + (spins > 0));

        // A spinning thread that waits for main, which sleeps first.
        Thread busy = new Thread(() -> {
            while (!stop2) { }
            System.out.println("busy saw flag");
        });
        busy.start();
        Thread.sleep(10);
        stop2 = true;
        busy.join();
    }
}
