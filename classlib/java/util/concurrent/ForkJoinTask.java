package java.util.concurrent;

/**
 * A task of a ForkJoinPool.  Green threads give no parallel speed-up, so
 * fork() runs the task at once in the calling thread and join() returns its
 * outcome: divide-and-conquer programs get the same results, sequentially.
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final long serialVersionUID = -7721805057305804111L;

    private boolean done;
    private boolean cancelled;
    private Throwable exception;

    public ForkJoinTask() {
    }

    public abstract V getRawResult();

    protected abstract void setRawResult(V value);

    protected abstract boolean exec();

    /** Runs the task once; later calls see the recorded outcome. */
    final synchronized void doExec() {
        if (done)
            return;
        try {
            exec();
        } catch (Throwable t) {
            exception = t;
        }
        done = true;
        notifyAll();
    }

    public final ForkJoinTask<V> fork() {
        doExec();
        return this;
    }

    private RuntimeException rethrow() {
        Throwable ex = exception;
        if (ex instanceof RuntimeException)
            throw (RuntimeException) ex;
        if (ex instanceof Error)
            throw (Error) ex;
        return new RuntimeException(ex);
    }

    public final V join() {
        doExec();
        if (cancelled)
            throw new CancellationException();
        if (exception != null)
            throw rethrow();
        return getRawResult();
    }

    public final V invoke() {
        return join();
    }

    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        t2.fork();
        t1.invoke();
        t2.join();
    }

    public static void invokeAll(ForkJoinTask<?>... tasks) {
        for (ForkJoinTask<?> t : tasks)
            t.fork();
        for (ForkJoinTask<?> t : tasks)
            t.join();
    }

    public static <T extends ForkJoinTask<?>> java.util.Collection<T> invokeAll(java.util.Collection<T> tasks) {
        for (T t : tasks)
            t.fork();
        for (T t : tasks)
            t.join();
        return tasks;
    }

    @Override
    public synchronized boolean cancel(boolean mayInterruptIfRunning) {
        if (done)
            return cancelled;
        cancelled = true;
        done = true;
        notifyAll();
        return true;
    }

    @Override public final synchronized boolean isDone() { return done; }
    @Override public final synchronized boolean isCancelled() { return cancelled; }
    public final synchronized boolean isCompletedAbnormally() { return cancelled || exception != null; }
    public final synchronized boolean isCompletedNormally() { return done && !cancelled && exception == null; }
    public final synchronized Throwable getException() { return cancelled ? new CancellationException() : exception; }

    public final void quietlyJoin() {
        doExec();
    }

    public final void quietlyInvoke() {
        doExec();
    }

    public void complete(V value) {
        synchronized (this) {
            setRawResult(value);
            done = true;
            notifyAll();
        }
    }

    public void completeExceptionally(Throwable ex) {
        synchronized (this) {
            exception = ex;
            done = true;
            notifyAll();
        }
    }

    @Override
    public final V get() throws InterruptedException, ExecutionException {
        synchronized (this) {
            while (!done)
                wait();
        }
        if (cancelled)
            throw new CancellationException();
        if (exception != null)
            throw new ExecutionException(exception);
        return getRawResult();
    }

    @Override
    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        synchronized (this) {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (!done) {
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    throw new TimeoutException();
                wait(left / 1000000, (int) (left % 1000000));
            }
        }
        return get();
    }

    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new ForkJoinTask<T>() {
            T result;
            public T getRawResult() { return result; }
            protected void setRawResult(T v) { result = v; }

            protected boolean exec() {
                try {
                    result = callable.call();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
                return true;
            }
        };
    }

    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new ForkJoinTask<Void>() {
            public Void getRawResult() { return null; }
            protected void setRawResult(Void v) { }

            protected boolean exec() {
                runnable.run();
                return true;
            }
        };
    }
}
