// Threads start, run their Runnable or run() override, and join; states and
// isAlive before, during and after.
public class ThreadStartJoin {
    static class Squarer extends Thread {
        final int n;
        long result;
        Squarer(int n) { this.n = n; }
        @Override public void run() {
            long s = 0;
            for (int i = 1; i <= n; i++) s += (long) i * i;
            result = s;
        }
    }

    public static void main(String[] args) throws Exception {
        Squarer[] ts = new Squarer[4];
        for (int i = 0; i < ts.length; i++) ts[i] = new Squarer(1000 * (i + 1));
        System.out.println("before start: " + ts[0].isAlive() + " " + ts[0].getState());
        for (Squarer t : ts) t.start();
        for (Squarer t : ts) t.join();
        for (Squarer t : ts) System.out.println(t.n + " -> " + t.result + " alive=" + t.isAlive() + " " + t.getState());

        final int[] box = new int[1];
        Thread r = new Thread(() -> box[0] = 42);
        r.start();
        r.join();
        System.out.println("runnable wrote " + box[0]);

        // join on a thread never started returns at once
        new Thread(() -> {}).join();
        System.out.println("join unstarted ok");

        // a thread that starts another and joins it
        Thread outer = new Thread(() -> {
            Thread inner = new Thread(() -> System.out.println("inner runs"));
            inner.start();
            try { inner.join(); } catch (InterruptedException e) { throw new RuntimeException(e); }
            System.out.println("outer saw inner end: " + !inner.isAlive());
        });
        outer.start();
        outer.join();
        System.out.println("current: " + Thread.currentThread().getName() + " alive=" + Thread.currentThread().isAlive());
    }
}
