// Thread.activeCount and Thread.enumerate see the live threads of the
// group, oldest first; ended threads drop out.
public class ThreadActiveCount {
    public static void main(String[] args) throws Exception {
        System.out.println("alone: " + Thread.activeCount());
        final Object gate = new Object();
        final boolean[] open = new boolean[1];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                synchronized (gate) {
                    while (!open[0]) {
                        try { gate.wait(); } catch (InterruptedException e) { return; }
                    }
                }
            }, "w" + i);
            ts[i].start();
        }
        System.out.println("with three: " + Thread.activeCount());
        Thread[] arr = new Thread[10];
        int n = Thread.enumerate(arr);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(arr[i].getName()).append(' ');
        System.out.println("enumerate " + n + ": " + sb);
        Thread[] small = new Thread[2];
        System.out.println("into two slots: " + Thread.enumerate(small) + " " + small[1].getName());
        System.out.println("group count: " + Thread.currentThread().getThreadGroup().activeCount());
        synchronized (gate) { open[0] = true; gate.notifyAll(); }
        for (Thread t : ts) t.join();
        System.out.println("after join: " + Thread.activeCount());
    }
}
