package java.util.concurrent.locks;

/**
 * Parks and unparks threads: each thread has one permit (the VM's
 * park0/unpark0, see docs/threads.md).
 */
public class LockSupport {
    private LockSupport() {
    }

    private static native void park0(boolean absolute, long time);

    private static native void unpark0(Thread thread);

    public static void unpark(Thread thread) {
        if (thread != null)
            unpark0(thread);
    }

    public static void park() {
        park0(false, 0L);
    }

    public static void park(Object blocker) {
        park0(false, 0L);
    }

    public static void parkNanos(long nanos) {
        if (nanos > 0)
            park0(false, nanos);
    }

    public static void parkNanos(Object blocker, long nanos) {
        parkNanos(nanos);
    }

    public static void parkUntil(long deadline) {
        park0(true, deadline);
    }

    public static void parkUntil(Object blocker, long deadline) {
        park0(true, deadline);
    }
}
