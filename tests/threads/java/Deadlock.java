// Two threads take two locks in opposite orders.  HotSpot would hang; plinth
// reports the deadlock and exits 1 (tests/suites/threads checks it).
public class Deadlock {
    static final Object a = new Object(), b = new Object();
    static volatile boolean aHeld;

    public static void main(String[] args) {
        Thread other = new Thread(() -> {
            synchronized (a) {
                aHeld = true;
                synchronized (b) { System.out.println("not reached"); }
            }
        }, "other");
        synchronized (b) {
            other.start();
            while (!aHeld) Thread.yield();
            System.out.println("both hold one lock");
            synchronized (a) { System.out.println("not reached"); }
        }
    }
}
