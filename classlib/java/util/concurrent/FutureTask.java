package java.util.concurrent;

/**
 * A cancellable computation whose result get() waits for.  The state is
 * guarded by this object's monitor, on which get() waits.
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0, NORMAL = 2, EXCEPTIONAL = 3, CANCELLED = 4, INTERRUPTED = 6;

    private int state;
    private Callable<V> callable;
    private Object outcome;
    private Thread runner;

    public FutureTask(Callable<V> callable) {
        if (callable == null)
            throw new NullPointerException();
        this.callable = callable;
        this.state = NEW;
    }

    public FutureTask(Runnable runnable, V result) {
        this(Executors.callable(runnable, result));
    }

    @SuppressWarnings("unchecked")
    private V report(int s) throws ExecutionException {
        Object x = outcome;
        if (s == NORMAL)
            return (V) x;
        if (s >= CANCELLED)
            throw new CancellationException();
        throw new ExecutionException((Throwable) x);
    }

    @Override
    public synchronized boolean isCancelled() {
        return state >= CANCELLED;
    }

    @Override
    public synchronized boolean isDone() {
        return state != NEW;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread r;
        synchronized (this) {
            if (state != NEW)
                return false;
            state = mayInterruptIfRunning ? INTERRUPTED : CANCELLED;
            r = runner;
            notifyAll();
        }
        if (mayInterruptIfRunning && r != null)
            r.interrupt();
        finish();
        return true;
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        int s;
        synchronized (this) {
            while (state == NEW)
                wait();
            s = state;
        }
        return report(s);
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null)
            throw new NullPointerException();
        int s;
        synchronized (this) {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (state == NEW) {
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    throw new TimeoutException();
                wait(left / 1000000, (int) (left % 1000000));
            }
            s = state;
        }
        return report(s);
    }

    protected void done() {
    }

    private void finish() {
        callable = null;
        done();
    }

    protected void set(V v) {
        synchronized (this) {
            if (state != NEW)
                return;
            outcome = v;
            state = NORMAL;
            notifyAll();
        }
        finish();
    }

    protected void setException(Throwable t) {
        synchronized (this) {
            if (state != NEW)
                return;
            outcome = t;
            state = EXCEPTIONAL;
            notifyAll();
        }
        finish();
    }

    @Override
    public void run() {
        Callable<V> c;
        synchronized (this) {
            if (state != NEW || runner != null)
                return;
            runner = Thread.currentThread();
            c = callable;
        }
        try {
            if (c != null) {
                V result;
                try {
                    result = c.call();
                } catch (Throwable ex) {
                    setException(ex);
                    return;
                }
                set(result);
            }
        } finally {
            synchronized (this) {
                runner = null;
            }
            // A cancel(true) may have interrupted us: do not leak that into the pool.
            if (isInterruptedState())
                Thread.interrupted();
        }
    }

    private synchronized boolean isInterruptedState() {
        return state == INTERRUPTED;
    }

    /** Runs without setting a result, so the task can run again (periodic tasks). */
    protected boolean runAndReset() {
        Callable<V> c;
        synchronized (this) {
            if (state != NEW || runner != null)
                return false;
            runner = Thread.currentThread();
            c = callable;
        }
        boolean ran = false;
        try {
            if (c != null) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            synchronized (this) {
                runner = null;
            }
        }
        return ran && !isDone();
    }

    @Override
    public String toString() {
        String status;
        synchronized (this) {
            switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                status = (callable == null) ? "[Not completed]" : "[Not completed, task = " + callable + "]";
            }
        }
        return super.toString() + status;
    }
}
