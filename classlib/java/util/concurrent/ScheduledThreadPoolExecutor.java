package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A ThreadPoolExecutor whose queue holds tasks until their time: a
 * priority queue by trigger time (then submission order) that takers wait
 * on.  Periodic tasks re-queue themselves after each run.  As in the JDK,
 * shutdown lets delayed one-shot tasks run but cancels periodic ones.
 */
public class ScheduledThreadPoolExecutor extends ThreadPoolExecutor implements ScheduledExecutorService {
    private static long sequencer;

    private volatile boolean continueExistingPeriodicTasksAfterShutdown;
    private volatile boolean executeExistingDelayedTasksAfterShutdown = true;
    private volatile boolean removeOnCancel;

    private final class ScheduledFutureTask<V> extends FutureTask<V> implements RunnableScheduledFuture<V> {
        private final long sequenceNumber;
        private volatile long time;
        private final long period;   // > 0 fixed rate, < 0 fixed delay, 0 one shot

        ScheduledFutureTask(Runnable r, V result, long triggerTime, long period) {
            super(r, result);
            this.time = triggerTime;
            this.period = period;
            this.sequenceNumber = nextSequence();
        }

        ScheduledFutureTask(Callable<V> callable, long triggerTime) {
            super(callable);
            this.time = triggerTime;
            this.period = 0;
            this.sequenceNumber = nextSequence();
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(time - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            if (other == this)
                return 0;
            if (other instanceof ScheduledThreadPoolExecutor.ScheduledFutureTask) {
                ScheduledFutureTask<?> x = (ScheduledFutureTask<?>) other;
                long diff = time - x.time;
                if (diff < 0)
                    return -1;
                if (diff > 0)
                    return 1;
                return sequenceNumber < x.sequenceNumber ? -1 : 1;
            }
            long diff = getDelay(TimeUnit.NANOSECONDS) - other.getDelay(TimeUnit.NANOSECONDS);
            return (diff < 0) ? -1 : (diff > 0) ? 1 : 0;
        }

        @Override
        public boolean isPeriodic() {
            return period != 0;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled && removeOnCancel)
                getQueue().remove(this);
            return cancelled;
        }

        @Override
        public void run() {
            if (!canRunInCurrentRunState(this))
                cancel(false);
            else if (!isPeriodic())
                super.run();
            else if (runAndReset()) {
                time = period > 0 ? time + period : System.nanoTime() - period;
                if (canRunInCurrentRunState(this))
                    getQueue().add(this);
                else
                    cancel(false);
            }
        }
    }

    private static synchronized long nextSequence() {
        return sequencer++;
    }

    boolean canRunInCurrentRunState(RunnableScheduledFuture<?> task) {
        if (!isShutdown())
            return true;
        if (isTerminatingNow())
            return false;
        return task.isPeriodic() ? continueExistingPeriodicTasksAfterShutdown
                : (executeExistingDelayedTasksAfterShutdown || task.getDelay(TimeUnit.NANOSECONDS) <= 0);
    }

    private volatile boolean stoppedNow;

    private boolean isTerminatingNow() {
        return stoppedNow;
    }

    public ScheduledThreadPoolExecutor(int corePoolSize) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue());
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue(), threadFactory);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, RejectedExecutionHandler handler) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue(), handler);
    }

    public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        super(corePoolSize, Integer.MAX_VALUE, 10L, TimeUnit.MILLISECONDS, new DelayedWorkQueue(), threadFactory, handler);
    }

    private long triggerTime(long delay, TimeUnit unit) {
        return System.nanoTime() + unit.toNanos(delay < 0 ? 0 : delay);
    }

    private void delayedExecute(RunnableScheduledFuture<?> task) {
        if (isShutdown()) {
            reject(task);
            return;
        }
        getQueue().add(task);
        if (getPoolSize() < Math.max(1, getCorePoolSize()))
            prestartCoreThread();
        if (getPoolSize() == 0)
            prestartAnyThread();
    }

    private void prestartAnyThread() {
        int core = getCorePoolSize();
        if (core == 0) {
            setCorePoolSize(1);
            prestartCoreThread();
            setCorePoolSize(0);
        }
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (command == null || unit == null)
            throw new NullPointerException();
        ScheduledFutureTask<Void> t = new ScheduledFutureTask<Void>(command, null, triggerTime(delay, unit), 0);
        delayedExecute(t);
        return t;
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        if (callable == null || unit == null)
            throw new NullPointerException();
        ScheduledFutureTask<V> t = new ScheduledFutureTask<V>(callable, triggerTime(delay, unit));
        delayedExecute(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        if (command == null || unit == null)
            throw new NullPointerException();
        if (period <= 0L)
            throw new IllegalArgumentException();
        ScheduledFutureTask<Void> t = new ScheduledFutureTask<Void>(command, null, triggerTime(initialDelay, unit), unit.toNanos(period));
        delayedExecute(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        if (command == null || unit == null)
            throw new NullPointerException();
        if (delay <= 0L)
            throw new IllegalArgumentException();
        ScheduledFutureTask<Void> t = new ScheduledFutureTask<Void>(command, null, triggerTime(initialDelay, unit), -unit.toNanos(delay));
        delayedExecute(t);
        return t;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return schedule(Executors.callable(task, result), 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    public void setContinueExistingPeriodicTasksAfterShutdownPolicy(boolean value) {
        continueExistingPeriodicTasksAfterShutdown = value;
    }

    public boolean getContinueExistingPeriodicTasksAfterShutdownPolicy() {
        return continueExistingPeriodicTasksAfterShutdown;
    }

    public void setExecuteExistingDelayedTasksAfterShutdownPolicy(boolean value) {
        executeExistingDelayedTasksAfterShutdown = value;
    }

    public boolean getExecuteExistingDelayedTasksAfterShutdownPolicy() {
        return executeExistingDelayedTasksAfterShutdown;
    }

    public void setRemoveOnCancelPolicy(boolean value) {
        removeOnCancel = value;
    }

    public boolean getRemoveOnCancelPolicy() {
        return removeOnCancel;
    }

    /** On shutdown: drop (cancel) the queued tasks the policies say must not run. */
    @Override
    void onShutdown() {
        BlockingQueue<Runnable> q = getQueue();
        for (Object e : q.toArray()) {
            if (e instanceof RunnableScheduledFuture) {
                RunnableScheduledFuture<?> t = (RunnableScheduledFuture<?>) e;
                if ((t.isPeriodic() ? !continueExistingPeriodicTasksAfterShutdown : !executeExistingDelayedTasksAfterShutdown)
                        || t.isCancelled()) {
                    if (q.remove(t))
                        t.cancel(false);
                }
            }
        }
        ((DelayedWorkQueue) q).wakeAll();
    }

    @Override
    public List<Runnable> shutdownNow() {
        stoppedNow = true;
        return super.shutdownNow();
    }

    @Override
    public BlockingQueue<Runnable> getQueue() {
        return super.getQueue();
    }

    /** The work queue: a priority queue by trigger time; takers wait for the head's time. */
    static final class DelayedWorkQueue extends AbstractQueue<Runnable> implements BlockingQueue<Runnable> {
        private final PriorityQueue<Runnable> q = new PriorityQueue<>(16, (a, b) -> ((Delayed) a).compareTo((Delayed) b));

        synchronized void wakeAll() {
            notifyAll();
        }

        private Runnable readyHead() {
            Runnable first = q.peek();
            if (first == null || ((Delayed) first).getDelay(TimeUnit.NANOSECONDS) > 0)
                return null;
            return q.poll();
        }

        @Override
        public synchronized boolean offer(Runnable x) {
            if (x == null)
                throw new NullPointerException();
            q.offer(x);
            notifyAll();
            return true;
        }

        @Override public void put(Runnable e) { offer(e); }
        @Override public boolean add(Runnable e) { return offer(e); }
        @Override public boolean offer(Runnable e, long timeout, TimeUnit unit) { return offer(e); }
        @Override public synchronized Runnable poll() { return readyHead(); }
        @Override public synchronized Runnable peek() { return q.peek(); }
        @Override public synchronized int size() { return q.size(); }
        @Override public synchronized boolean isEmpty() { return q.isEmpty(); }
        @Override public int remainingCapacity() { return Integer.MAX_VALUE; }
        @Override public synchronized boolean remove(Object o) { return q.remove(o); }
        @Override public synchronized boolean contains(Object o) { return q.contains(o); }
        @Override public synchronized void clear() { q.clear(); }
        @Override public synchronized Object[] toArray() { return q.toArray(); }
        @Override public synchronized <T> T[] toArray(T[] a) { return q.toArray(a); }

        @Override
        public synchronized Runnable take() throws InterruptedException {
            for (;;) {
                Runnable first = q.peek();
                if (first == null) {
                    wait();
                    continue;
                }
                long delay = ((Delayed) first).getDelay(TimeUnit.NANOSECONDS);
                if (delay <= 0)
                    return q.poll();
                wait(delay / 1000000, (int) (delay % 1000000));
            }
        }

        @Override
        public synchronized Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            for (;;) {
                Runnable r = readyHead();
                if (r != null)
                    return r;
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    return null;
                Runnable first = q.peek();
                if (first != null)
                    left = Math.min(left, Math.max(1, ((Delayed) first).getDelay(TimeUnit.NANOSECONDS)));
                wait(left / 1000000, (int) (left % 1000000));
            }
        }

        @Override
        public int drainTo(Collection<? super Runnable> c) {
            return drainTo(c, Integer.MAX_VALUE);
        }

        @Override
        public synchronized int drainTo(Collection<? super Runnable> c, int maxElements) {
            int n = 0;
            Runnable r;
            while (n < maxElements && (r = readyHead()) != null) {
                c.add(r);
                n++;
            }
            return n;
        }

        @Override
        public Iterator<Runnable> iterator() {
            Object[] s = toArray();
            List<Runnable> l = new ArrayList<>();
            for (Object o : s)
                l.add((Runnable) o);
            return l.iterator();
        }
    }
}
