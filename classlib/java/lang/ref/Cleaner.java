/*
 * Cleaner: runs an action once an object becomes phantom reachable, or
 * earlier when its Cleanable's clean() is called.  Each Cleaner has a
 * daemon thread (CleanerImpl.run) that waits on its queue; the thread ends
 * once the Cleaner itself is unreachable and every action has run.
 */
package java.lang.ref;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

public final class Cleaner {
    public interface Cleanable {
        void clean();
    }

    private static int threads;

    final CleanerImpl impl = new CleanerImpl();

    private Cleaner() {
    }

    public static Cleaner create() {
        Cleaner c = new Cleaner();
        return start(c, new Thread(null, c.impl, "Cleaner-" + nextThreadNumber()));
    }

    public static Cleaner create(ThreadFactory threadFactory) {
        Objects.requireNonNull(threadFactory, "threadFactory");
        Cleaner c = new Cleaner();
        return start(c, threadFactory.newThread(c.impl));
    }

    private static synchronized int nextThreadNumber() {
        return threads++;
    }

    /* The thread's target is the impl, never the Cleaner: the Cleaner's own
     * phantom Cleanable tells the thread when it is unreachable. */
    private static Cleaner start(Cleaner c, Thread thread) {
        c.impl.register(c, null);
        thread.setDaemon(true);
        thread.start();
        return c;
    }

    public Cleanable register(Object obj, Runnable action) {
        Objects.requireNonNull(obj, "obj");
        Objects.requireNonNull(action, "action");
        return impl.register(obj, action);
    }
}
