/*
 * ThreadGroup: the group a Thread belongs to.  Plinth keeps only what
 * programs see of it: its name and parent, the priority ceiling, and the
 * default uncaught-exception handling (ThreadGroup.uncaughtException prints
 * "Exception in thread ..." as HotSpot does), and counting live threads.
 * The VM has two groups built in, "system" and its child "main".
 */
package java.lang;

public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    static final ThreadGroup SYSTEM = new ThreadGroup(null, "system", Thread.MAX_PRIORITY);
    static final ThreadGroup MAIN = new ThreadGroup(SYSTEM, "main", Thread.MAX_PRIORITY);

    private final ThreadGroup parent;
    private final String name;
    private int maxPriority;
    private boolean daemon;

    private ThreadGroup(ThreadGroup parent, String name, int maxPriority) {
        this.parent = parent;
        this.name = name;
        this.maxPriority = maxPriority;
    }

    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    public ThreadGroup(ThreadGroup parent, String name) {
        if (parent == null)
            throw new NullPointerException();
        this.parent = parent;
        this.name = name;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
    }

    public final String getName() {
        return name;
    }

    public final ThreadGroup getParent() {
        return parent;
    }

    public final int getMaxPriority() {
        return maxPriority;
    }

    public final void setMaxPriority(int pri) {
        if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY)
            return;
        maxPriority = parent != null && pri > parent.maxPriority ? parent.maxPriority : pri;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean daemon) {
        this.daemon = daemon;
    }

    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent)
            if (g == this)
                return true;
        return false;
    }

    public final void checkAccess() {
    }

    /* Live threads in this group and its subgroups (groups do not keep
     * lists: the VM's list of threads is asked each time). */
    public int activeCount() {
        return Thread.threadsIn(this).length;
    }

    public int enumerate(Thread[] list) {
        return enumerate(list, true);
    }

    public int enumerate(Thread[] list, boolean recurse) {
        Thread[] ts = Thread.threadsIn(this);
        int n = 0;
        for (Thread t : ts) {
            if (n == list.length)
                break;
            if (recurse || t.getThreadGroup() == this)
                list[n++] = t;
        }
        return n;
    }

    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler h = Thread.getDefaultUncaughtExceptionHandler();
        if (h != null) {
            h.uncaughtException(t, e);
        } else {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace();
        }
    }

    public String toString() {
        return getClass().getName() + "[name=" + name + ",maxpri=" + maxPriority + "]";
    }
}
