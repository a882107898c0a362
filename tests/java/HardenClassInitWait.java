// A thread that uses a class another thread is initializing waits until the
// initializer ends (JVMS 5.5), then sees its statics set, or, if the
// initializer failed, gets NoClassDefFoundError. Also: a waiter resumes a
// getstatic that a third thread quickened meanwhile.
public class HardenClassInitWait {
    static volatile boolean started;

    static class Slow {
        static final int VALUE;
        static {
            started = true;
            try { Thread.sleep(200); } catch (InterruptedException e) { }
            VALUE = 42;
        }
    }

    static class Broken {
        static int value = 1;
        static {
            started = true;
            try { Thread.sleep(200); } catch (InterruptedException e) { }
            if (value == 1) throw new IllegalStateException("broken on purpose");
        }
    }

    public static void main(String[] args) throws Exception {
        int[] aSaw = new int[1];
        Thread a = new Thread(() -> aSaw[0] = Slow.VALUE);
        a.start();
        while (!started) Thread.yield();
        System.out.println("main sees " + Slow.VALUE);
        a.join();
        System.out.println("initializer thread sees " + aSaw[0]);

        started = false;
        String[] bSaw = new String[1];
        Thread b = new Thread(() -> {
            try {
                bSaw[0] = "value " + Broken.value;
            } catch (ExceptionInInitializerError e) {
                bSaw[0] = "initializer thread: " + e.getCause();
            }
        });
        b.start();
        while (!started) Thread.yield();
        try {
            System.out.println(Broken.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("main: NoClassDefFoundError");
        }
        b.join();
        System.out.println(bSaw[0]);

        // Many waiters at once.
        Thread[] ts = new Thread[8];
        int[] seen = new int[ts.length];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> seen[k] = Many.VALUE);
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        boolean all = true;
        for (int v : seen) all &= v == 7;
        System.out.println("all waiters saw the value: " + all);
    }

    static class Many {
        static final int VALUE;
        static {
            try { Thread.sleep(100); } catch (InterruptedException e) { }
            VALUE = 7;
        }
    }
}
