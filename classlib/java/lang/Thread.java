/*
 * Thread: a thread of execution.  Plinth runs every Java thread as a green
 * thread of the VM's own scheduler (jvm/thread.c): preempted at safepoints,
 * switched on blocking.  What the JDK keeps in Java stays in Java here:
 * names, the daemon flag, priorities (recorded; the scheduler is round
 * robin), join as wait() on the Thread object, the interrupt status.
 *
 * VM-known members (docs/jvm.md): the fields name, daemon, priority,
 * target, eetop (the vm_thread while alive, else 0) and interrupted; the
 * methods initMainThread, dispatchUncaughtException and exit, which the VM
 * calls.
 */
package java.lang;

public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private volatile String name;
    private boolean daemon;
    private int priority;
    private Runnable target;
    private volatile long eetop;
    private volatile boolean interrupted;

    private ThreadGroup group;
    private long tid;
    private boolean started;
    private volatile UncaughtExceptionHandler uncaughtExceptionHandler;
    ThreadLocal.ThreadLocalMap threadLocals;
    ThreadLocal.ThreadLocalMap inheritableThreadLocals;

    private static int threadInitNumber;
    private static long threadSeqNumber;
    private static volatile UncaughtExceptionHandler defaultUncaughtExceptionHandler;

    private static synchronized int nextThreadNum() {
        return threadInitNumber++;
    }

    private static synchronized long nextThreadID() {
        return ++threadSeqNumber;
    }

    public Thread() {
        this(null, null, "Thread-" + nextThreadNum(), 0);
    }

    public Thread(Runnable target) {
        this(null, target, "Thread-" + nextThreadNum(), 0);
    }

    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, "Thread-" + nextThreadNum(), 0);
    }

    public Thread(String name) {
        this(null, null, name, 0);
    }

    public Thread(ThreadGroup group, String name) {
        this(group, null, name, 0);
    }

    public Thread(Runnable target, String name) {
        this(null, target, name, 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name) {
        this(group, target, name, 0);
    }

    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        this(group, target, name, stackSize, true);
    }

    /* stackSize is a hint the JDK may ignore; so do we (-Xss sets them all). */
    public Thread(ThreadGroup group, Runnable target, String name, long stackSize,
                  boolean inheritThreadLocals) {
        if (name == null)
            throw new NullPointerException("name cannot be null");
        Thread parent = currentThread();
        if (group == null)
            group = parent.getThreadGroup();
        this.name = name;
        this.group = group;
        this.target = target;
        this.daemon = parent.isDaemon();
        int p = parent.getPriority();
        this.priority = p > group.getMaxPriority() ? group.getMaxPriority() : p;
        if (inheritThreadLocals && parent.inheritableThreadLocals != null)
            this.inheritableThreadLocals = ThreadLocal.createInheritedMap(parent.inheritableThreadLocals);
        this.tid = nextThreadID();
    }

    /* The VM made this object for the thread running main() and set eetop;
     * called once, before System is initialized. */
    private void initMainThread() {
        name = "main";
        group = ThreadGroup.MAIN;
        priority = NORM_PRIORITY;
        started = true;
        tid = nextThreadID();
    }

    public static native Thread currentThread();

    public static native void yield();

    /* A spinning thread waits for another one, which on one CPU can only
     * make progress if we step aside. */
    public static void onSpinWait() {
        Thread.yield();
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        sleep0(millis >= Long.MAX_VALUE / 1000000 ? Long.MAX_VALUE : millis * 1000000);
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999)
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        sleep0(millis >= Long.MAX_VALUE / 1000000 ? Long.MAX_VALUE : millis * 1000000 + nanos);
    }

    private static native void sleep0(long nanos) throws InterruptedException;

    public synchronized void start() {
        if (started)
            throw new IllegalThreadStateException();
        started = true;
        boolean ok = false;
        try {
            start0();
            ok = true;
        } finally {
            if (!ok)
                started = false;
        }
    }

    private native void start0();

    @Override
    public void run() {
        if (target != null)
            target.run();
    }

    /* The VM calls this when the thread ends, before it wakes joiners. */
    private void exit() {
        group = null;
        target = null;
        threadLocals = null;
        inheritableThreadLocals = null;
        uncaughtExceptionHandler = null;
    }

    public void interrupt() {
        interrupted = true;
        interrupt0();
    }

    private native void interrupt0();

    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        if (was)
            t.interrupted = false;
        return was;
    }

    public boolean isInterrupted() {
        return interrupted;
    }

    public final native boolean isAlive();

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY)
            throw new IllegalArgumentException();
        ThreadGroup g = getThreadGroup();
        if (g != null) {
            if (newPriority > g.getMaxPriority())
                newPriority = g.getMaxPriority();
            priority = newPriority;
            setPriority0(newPriority);
        }
    }

    private native void setPriority0(int newPriority);

    public final int getPriority() {
        return priority;
    }

    public final synchronized void setName(String name) {
        if (name == null)
            throw new NullPointerException("name cannot be null");
        this.name = name;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getThreadGroup() {
        return group;
    }

    public final void join(long millis) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        joinNanos(millis >= Long.MAX_VALUE / 1000000 ? Long.MAX_VALUE : millis * 1000000);
    }

    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0)
            throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999)
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        joinNanos(millis >= Long.MAX_VALUE / 1000000 ? Long.MAX_VALUE : millis * 1000000 + nanos);
    }

    public final void join() throws InterruptedException {
        joinNanos(0);
    }

    /* As the JDK: wait on this Thread object, which the VM notifies when
     * the thread ends.  0 waits for ever. */
    private synchronized void joinNanos(long nanos) throws InterruptedException {
        if (nanos == 0) {
            while (isAlive())
                wait(0);
            return;
        }
        long start = System.nanoTime();
        while (isAlive()) {
            long left = nanos - (System.nanoTime() - start);
            if (left <= 0)
                break;
            wait(left / 1000000, (int) (left % 1000000));
        }
    }

    /* The current thread's stack, starting with this method as HotSpot's
     * does; other threads' stacks are not available (empty, as the JDK
     * answers for a thread that is not alive). */
    public StackTraceElement[] getStackTrace() {
        if (this != currentThread())
            return new StackTraceElement[0];
        return new Throwable().getStackTrace();
    }

    public static void dumpStack() {
        new Exception("Stack trace").printStackTrace();
    }

    public final void setDaemon(boolean on) {
        if (isAlive())
            throw new IllegalThreadStateException();
        daemon = on;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void checkAccess() {
    }

    public long getId() {
        return tid;
    }

    public static native boolean holdsLock(Object obj);

    /* Every live thread, oldest first. */
    private static native Thread[] getThreads();

    /* The live threads of group g and its subgroups. */
    static Thread[] threadsIn(ThreadGroup g) {
        Thread[] all = getThreads();
        int n = 0;
        for (Thread t : all) {
            ThreadGroup tg = t.group;
            if (tg != null && g.parentOf(tg))
                all[n++] = t;
        }
        Thread[] mine = new Thread[n];
        System.arraycopy(all, 0, mine, 0, n);
        return mine;
    }

    public static int activeCount() {
        ThreadGroup g = currentThread().getThreadGroup();
        return g == null ? 0 : g.activeCount();
    }

    public static int enumerate(Thread[] tarray) {
        ThreadGroup g = currentThread().getThreadGroup();
        return g == null ? 0 : g.enumerate(tarray);
    }

    public String toString() {
        ThreadGroup g = getThreadGroup();
        return "Thread[" + getName() + "," + getPriority() + "," + (g != null ? g.getName() : "") + "]";
    }

    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    public enum State {
        NEW, RUNNABLE, BLOCKED, WAITING, TIMED_WAITING, TERMINATED
    }

    /* The VM's state of a live thread, in State's order, or -1. */
    private native int getState0();

    public State getState() {
        if (!started)
            return State.NEW;
        switch (getState0()) {
        case 1: return State.RUNNABLE;
        case 2: return State.BLOCKED;
        case 3: return State.WAITING;
        case 4: return State.TIMED_WAITING;
        case 0: return State.NEW;
        default: return State.TERMINATED;
        }
    }

    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultUncaughtExceptionHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultUncaughtExceptionHandler;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = uncaughtExceptionHandler;
        return h != null ? h : group;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        uncaughtExceptionHandler = eh;
    }

    /* The VM calls this with an exception that ended run() (or main()). */
    private void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler h = getUncaughtExceptionHandler();
        if (h == null)
            h = ThreadGroup.MAIN;
        h.uncaughtException(this, e);
    }
}
