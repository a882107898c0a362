// synchronized is reentrant: recursion through synchronized methods and
// nested blocks; holdsLock; an exception leaves the monitor released.
public class SyncReentrant {
    private int depth;

    synchronized int down(int n) {
        depth++;
        return n == 0 ? depth : down(n - 1);
    }

    synchronized void throwInside() {
        throw new IllegalStateException("inside");
    }

    public static void main(String[] args) throws Exception {
        SyncReentrant r = new SyncReentrant();
        System.out.println("depth " + r.down(2000));
        Object a = new Object(), b = new Object();
        synchronized (a) {
            synchronized (b) {
                synchronized (a) {
                    System.out.println("holds a " + Thread.holdsLock(a) + ", b " + Thread.holdsLock(b));
                }
                System.out.println("still holds a " + Thread.holdsLock(a));
            }
            System.out.println("released b " + !Thread.holdsLock(b));
        }
        System.out.println("released a " + !Thread.holdsLock(a));

        try { r.throwInside(); } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
        System.out.println("monitor free after exception: " + !Thread.holdsLock(r));
        try {
            synchronized (a) { throw new RuntimeException("block"); }
        } catch (RuntimeException e) { System.out.println("caught " + e.getMessage() + ", holds a " + Thread.holdsLock(a)); }

        // Another thread can take both monitors now.
        Thread t = new Thread(() -> {
            synchronized (r) { synchronized (a) { System.out.println("other thread got both"); } }
        });
        t.start();
        t.join();

        // A deep reentrant count, then a wait that must restore it.
        Object c = new Object();
        nest(c, 2000);
        System.out.println("free after nest " + !Thread.holdsLock(c));
    }

    static void nest(Object c, int n) throws InterruptedException {
        synchronized (c) {
            if (n > 0) {
                nest(c, n - 1);
            } else {
                c.wait(1);
                System.out.println("after wait at depth 2000, holds " + Thread.holdsLock(c));
            }
        }
    }
}
