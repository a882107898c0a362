// monitorenter/monitorexit in one thread: synchronized methods and blocks,
// reentrancy, exceptions leaving a synchronized block, IllegalMonitorStateException.
public class MonitorOps {
    int count;
    synchronized void inc() { count++; }
    synchronized int reenter(int n) { return n == 0 ? count : reenter(n - 1) + 1; }
    static synchronized String stat() { return "static sync"; }
    public static void main(String[] args) throws Exception {
        MonitorOps m = new MonitorOps();
        for (int i = 0; i < 100; i++) m.inc();
        System.out.println(m.count + " " + m.reenter(10) + " " + stat());
        Object lock = new Object();
        synchronized (lock) { synchronized (lock) { synchronized (m) { System.out.println("nested ok"); } } }
        try { synchronized (lock) { throw new RuntimeException("thrown inside"); } }
        catch (RuntimeException e) { System.out.println(e.getMessage()); }
        synchronized (lock) { System.out.println("lock is free again"); }
        try { lock.notify(); } catch (IllegalMonitorStateException e) { System.out.println("IMSE notify " + e.getMessage()); }
        try { lock.wait(1); } catch (IllegalMonitorStateException e) { System.out.println("IMSE wait " + e.getMessage()); }
        synchronized (lock) { lock.notifyAll(); lock.wait(1); System.out.println("waited 1 ms holding the lock"); }
        synchronized (MonitorOps.class) { System.out.println(stat()); }
        String s = "interned";
        synchronized (s) { System.out.println("on a string"); }
        int[] arr = new int[1];
        synchronized (arr) { arr[0]++; }
        System.out.println(arr[0]);
    }
}
