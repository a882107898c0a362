// join(millis) gives up on a thread that does not end in time.
public class ThreadJoinTimeout {
    public static void main(String[] args) throws Exception {
        final Object gate = new Object();
        final boolean[] open = new boolean[1];
        Thread t = new Thread(() -> {
            synchronized (gate) {
                while (!open[0]) {
                    try { gate.wait(); } catch (InterruptedException e) { return; }
                }
            }
        });
        t.start();
        long t0 = System.nanoTime();
        t.join(40);
        System.out.println("after join(40): alive " + t.isAlive() + ", waited enough " + (System.nanoTime() - t0 >= 40_000_000L));
        t.join(5, 250000);
        System.out.println("after join(5, 250000): alive " + t.isAlive());
        try { t.join(-1); } catch (IllegalArgumentException e) { System.out.println(e); }
        synchronized (gate) { open[0] = true; gate.notifyAll(); }
        t.join(1_000_000);
        System.out.println("after open: alive " + t.isAlive() + " " + t.getState());
        t.join(10);
        System.out.println("join on ended thread returns");
    }
}
