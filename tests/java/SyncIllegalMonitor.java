// wait/notify/notifyAll without owning the monitor, and bad timeouts.
public class SyncIllegalMonitor {
    public static void main(String[] args) throws Exception {
        Object o = new Object();
        try { o.wait(); } catch (IllegalMonitorStateException e) { System.out.println("wait: " + e); }
        try { o.wait(10); } catch (IllegalMonitorStateException e) { System.out.println("wait(10): " + e); }
        try { o.notify(); } catch (IllegalMonitorStateException e) { System.out.println("notify: " + e); }
        try { o.notifyAll(); } catch (IllegalMonitorStateException e) { System.out.println("notifyAll: " + e); }
        try { o.wait(-1); } catch (IllegalArgumentException e) { System.out.println("wait(-1): " + e); }
        try { o.wait(1, 1000000); } catch (IllegalArgumentException e) { System.out.println("wait(1, 1000000): " + e); }
        Object other = new Object();
        synchronized (other) {
            try { o.notify(); } catch (IllegalMonitorStateException e) { System.out.println("holding another: " + e); }
        }
        // Owned by another thread.
        Thread holder = new Thread(() -> {
            synchronized (o) {
                try { o.wait(); } catch (InterruptedException e) { }
            }
        });
        holder.start();
        while (holder.getState() != Thread.State.WAITING) Thread.yield();
        try { o.notify(); } catch (IllegalMonitorStateException e) { System.out.println("other's: " + e); }
        synchronized (o) { o.notify(); }
        holder.join();
        try { Thread.holdsLock(null); } catch (NullPointerException e) { System.out.println("holdsLock(null): NPE"); }
        System.out.println("end");
    }
}
