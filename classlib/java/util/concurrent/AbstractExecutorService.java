package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** submit/invokeAll/invokeAny on top of execute(). */
public abstract class AbstractExecutorService implements ExecutorService {
    public AbstractExecutorService() {
    }

    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new FutureTask<T>(runnable, value);
    }

    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new FutureTask<T>(callable);
    }

    @Override
    public Future<?> submit(Runnable task) {
        if (task == null)
            throw new NullPointerException();
        RunnableFuture<Void> ftask = newTaskFor(task, null);
        execute(ftask);
        return ftask;
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        if (task == null)
            throw new NullPointerException();
        RunnableFuture<T> ftask = newTaskFor(task, result);
        execute(ftask);
        return ftask;
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        if (task == null)
            throw new NullPointerException();
        RunnableFuture<T> ftask = newTaskFor(task);
        execute(ftask);
        return ftask;
    }

    private <T> T doInvokeAny(Collection<? extends Callable<T>> tasks, boolean timed, long nanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks == null)
            throw new NullPointerException();
        if (tasks.isEmpty())
            throw new IllegalArgumentException();
        Object signal = new Object();
        List<FutureTask<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                FutureTask<T> f = new FutureTask<T>(t) {
                    @Override
                    protected void done() {
                        synchronized (signal) {
                            signal.notifyAll();
                        }
                    }
                };
                futures.add(f);
                execute(f);
            }
            long deadline = System.nanoTime() + nanos;
            ExecutionException ee = null;
            synchronized (signal) {
                for (;;) {
                    int pending = 0;
                    for (FutureTask<T> f : futures) {
                        if (!f.isDone()) {
                            pending++;
                            continue;
                        }
                        try {
                            return f.get();
                        } catch (ExecutionException e) {
                            ee = e;
                        } catch (CancellationException e) {
                            ee = new ExecutionException(e);
                        }
                    }
                    if (pending == 0)
                        throw ee != null ? ee : new ExecutionException((Throwable) null);
                    if (timed) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0)
                            throw new TimeoutException();
                        signal.wait(left / 1000000, (int) (left % 1000000));
                    } else {
                        signal.wait();
                    }
                }
            }
        } finally {
            for (FutureTask<T> f : futures)
                f.cancel(true);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return doInvokeAny(tasks, false, 0);
        } catch (TimeoutException cannotHappen) {
            return null;
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return doInvokeAny(tasks, true, unit.toNanos(timeout));
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        if (tasks == null)
            throw new NullPointerException();
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        try {
            for (Callable<T> t : tasks) {
                RunnableFuture<T> f = newTaskFor(t);
                futures.add(f);
                execute(f);
            }
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    try {
                        f.get();
                    } catch (CancellationException | ExecutionException ignore) {
                    }
                }
            }
            return futures;
        } catch (Throwable t) {
            for (Future<T> f : futures)
                f.cancel(true);
            throw t;
        }
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        if (tasks == null)
            throw new NullPointerException();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        ArrayList<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> t : tasks)
            futures.add(newTaskFor(t));
        int i = 0;
        try {
            for (; i < futures.size(); i++) {
                if (deadline - System.nanoTime() <= 0)
                    break;
                execute((Runnable) futures.get(i));
            }
            for (Future<T> f : futures) {
                if (f.isDone())
                    continue;
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    break;
                try {
                    f.get(left, TimeUnit.NANOSECONDS);
                } catch (CancellationException | ExecutionException | TimeoutException ignore) {
                }
            }
        } finally {
            for (Future<T> f : futures)
                if (!f.isDone())
                    f.cancel(true);
        }
        return futures;
    }
}
