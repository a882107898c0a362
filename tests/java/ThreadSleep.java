// Thread.sleep: waits at least as long as asked; argument checks.
public class ThreadSleep {
    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        Thread.sleep(30);
        System.out.println("slept at least 30 ms: " + (System.nanoTime() - t0 >= 30_000_000L));
        t0 = System.nanoTime();
        Thread.sleep(5, 500000);
        System.out.println("slept at least 5.5 ms: " + (System.nanoTime() - t0 >= 5_500_000L));
        Thread.sleep(0);
        System.out.println("sleep(0) returns");
        try { Thread.sleep(-1); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { Thread.sleep(1, -1); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { Thread.sleep(1, 1_000_000); } catch (IllegalArgumentException e) { System.out.println(e); }

        // Sleeping threads do not hold up the others.
        final boolean[] done = new boolean[1];
        Thread sleeper = new Thread(() -> {
            try { Thread.sleep(50); } catch (InterruptedException e) { }
            done[0] = true;
        });
        sleeper.start();
        long sum = 0;
        for (int i = 0; i < 1000; i++) sum += i;
        sleeper.join();
        System.out.println("main computed " + sum + ", sleeper done " + done[0]);
    }
}
