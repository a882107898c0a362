/*
 * Runtime: exit and halt (jvm/natives_core.c), memory figures and gc (the
 * heap's natives), shutdown hooks run in order at exit.
 */
package java.lang;

public class Runtime {
    private static final Runtime currentRuntime = new Runtime();
    private Thread[] hooks = new Thread[0];
    private boolean exiting;

    private Runtime() {
    }

    public static Runtime getRuntime() {
        return currentRuntime;
    }

    public void exit(int status) {
        Thread[] h;
        synchronized (this) {
            h = exiting ? new Thread[0] : hooks;
            exiting = true;
        }
        for (Thread t : h) {
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                // keep going: exit must happen
            }
        }
        System.out.flush();
        System.err.flush();
        exit0(status);
    }

    public void halt(int status) {
        halt0(status);
    }

    public synchronized void addShutdownHook(Thread hook) {
        if (hook == null)
            throw new NullPointerException();
        if (exiting)
            throw new IllegalStateException("Shutdown in progress");
        for (Thread t : hooks)
            if (t == hook)
                throw new IllegalArgumentException("Hook previously registered");
        Thread[] n = new Thread[hooks.length + 1];
        System.arraycopy(hooks, 0, n, 0, hooks.length);
        n[hooks.length] = hook;
        hooks = n;
    }

    public synchronized boolean removeShutdownHook(Thread hook) {
        for (int i = 0; i < hooks.length; i++) {
            if (hooks[i] == hook) {
                Thread[] n = new Thread[hooks.length - 1];
                System.arraycopy(hooks, 0, n, 0, i);
                System.arraycopy(hooks, i + 1, n, i, hooks.length - i - 1);
                hooks = n;
                return true;
            }
        }
        return false;
    }

    private static native void exit0(int status);

    private static native void halt0(int status);

    public native int availableProcessors();

    public native long freeMemory();

    public native long totalMemory();

    public native long maxMemory();

    public native void gc();

    public void runFinalization() {
    }
}
