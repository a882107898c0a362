package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Runs tasks on a pool of worker threads fed by a blocking queue, with
 * the JDK's sizing rules: a new worker per task up to corePoolSize, then
 * the queue, then new workers up to maximumPoolSize, then rejection.
 * Pool state is guarded by this object's monitor; awaitTermination waits
 * on it.  shutdown interrupts idle workers so they see the queue is done.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    private final BlockingQueue<Runnable> workQueue;
    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveNanos;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;

    private final HashSet<Worker> workers = new HashSet<>();
    private boolean shutdown;
    private boolean stopped;
    private boolean terminated;
    private int largestPoolSize;
    private long completedTaskCount;

    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        boolean busy;
        long completed;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = getThreadFactory().newThread(this);
        }

        @Override
        public void run() {
            runWorker(this);
        }
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(), handler);
    }

    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
                              BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory,
                              RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0)
            throw new IllegalArgumentException();
        if (workQueue == null || threadFactory == null || handler == null)
            throw new NullPointerException();
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveNanos = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    /** Starts a worker if the pool has room under `limit`; false otherwise. */
    private boolean addWorker(Runnable firstTask, int limit) {
        Worker w;
        synchronized (this) {
            if (shutdown && (firstTask != null || workQueue.isEmpty()))
                return false;
            if (workers.size() >= limit)
                return false;
            w = new Worker(firstTask);
            if (w.thread == null)
                return false;
            workers.add(w);
            largestPoolSize = Math.max(largestPoolSize, workers.size());
        }
        w.thread.start();
        return true;
    }

    @Override
    public void execute(Runnable command) {
        if (command == null)
            throw new NullPointerException();
        int n;
        synchronized (this) {
            n = workers.size();
        }
        if (n < corePoolSize && addWorker(command, corePoolSize))
            return;
        boolean down;
        synchronized (this) {
            down = shutdown;
        }
        if (!down && workQueue.offer(command)) {
            synchronized (this) {
                if (shutdown && workQueue.remove(command)) {
                    reject(command);
                    return;
                }
                if (workers.isEmpty()) {
                    addWorker(null, Math.max(1, maximumPoolSize));
                }
            }
            return;
        }
        if (!addWorker(command, maximumPoolSize))
            reject(command);
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    /** The next task, or null when this worker should end. */
    private Runnable getTask(Worker w) {
        for (;;) {
            boolean timed;
            synchronized (this) {
                w.busy = false;
                if (stopped || (shutdown && workQueue.isEmpty()))
                    return null;
                timed = allowCoreThreadTimeOut || workers.size() > corePoolSize;
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveNanos, TimeUnit.NANOSECONDS) : workQueue.take();
                synchronized (this) {
                    if (r != null) {
                        w.busy = true;
                        return r;
                    }
                    // Timed out: end this worker unless it is needed for the queue.
                    if (workers.size() > 1 || workQueue.isEmpty())
                        return null;
                }
            } catch (InterruptedException retry) {
            }
        }
    }

    private void runWorker(Worker w) {
        Runnable task = w.firstTask;
        w.firstTask = null;
        boolean abrupt = true;
        try {
            synchronized (this) {
                w.busy = true;
            }
            while (task != null || (task = getTask(w)) != null) {
                synchronized (this) {
                    if (stopped)
                        w.thread.interrupt();
                    else if (Thread.currentThread().isInterrupted())
                        Thread.interrupted();
                }
                beforeExecute(w.thread, task);
                try {
                    task.run();
                    afterExecute(task, null);
                } catch (Throwable ex) {
                    afterExecute(task, ex);
                    throw ex;
                } finally {
                    task = null;
                    w.completed++;
                }
            }
            abrupt = false;
        } finally {
            workerExit(w, abrupt);
        }
    }

    private void workerExit(Worker w, boolean abrupt) {
        boolean replace;
        synchronized (this) {
            completedTaskCount += w.completed;
            workers.remove(w);
            // A worker killed by its task's exception is replaced, as in the JDK.
            replace = !stopped && (abrupt || (!workQueue.isEmpty() && workers.isEmpty()))
                    && !(shutdown && workQueue.isEmpty());
            tryTerminate();
        }
        if (replace)
            addWorker(null, Math.max(maximumPoolSize, 1));
    }

    private void tryTerminate() {
        if (terminated || !shutdown)
            return;
        if (!workers.isEmpty()) {
            // Workers still waiting for a task that will never come must wake and end.
            if (stopped || workQueue.isEmpty())
                interruptIdleWorkers();
            return;
        }
        if (!stopped && !workQueue.isEmpty())
            return;
        terminated = true;
        notifyAll();
        terminated();
    }

    private void interruptIdleWorkers() {
        for (Worker w : workers)
            if (!w.busy)
                w.thread.interrupt();
    }

    @Override
    public void shutdown() {
        synchronized (this) {
            shutdown = true;
            interruptIdleWorkers();
            tryTerminate();
        }
        onShutdown();
    }

    void onShutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> tasks = new ArrayList<>();
        synchronized (this) {
            shutdown = true;
            stopped = true;
            for (Worker w : workers)
                w.thread.interrupt();
            workQueue.drainTo(tasks);
            tryTerminate();
        }
        return tasks;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    public synchronized boolean isTerminating() {
        return shutdown && !terminated;
    }

    @Override
    public synchronized boolean isTerminated() {
        return terminated;
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!terminated) {
            long left = deadline - System.nanoTime();
            if (left <= 0)
                return false;
            wait(left / 1000000, (int) (left % 1000000));
        }
        return true;
    }

    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null)
            throw new NullPointerException();
        this.threadFactory = threadFactory;
    }

    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null)
            throw new NullPointerException();
        this.handler = handler;
    }

    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize)
            throw new IllegalArgumentException();
        this.corePoolSize = corePoolSize;
    }

    public int getCorePoolSize() {
        return corePoolSize;
    }

    public boolean prestartCoreThread() {
        return addWorker(null, corePoolSize);
    }

    public int prestartAllCoreThreads() {
        int n = 0;
        while (addWorker(null, corePoolSize))
            ++n;
        return n;
    }

    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveNanos <= 0)
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        allowCoreThreadTimeOut = value;
    }

    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize)
            throw new IllegalArgumentException();
        this.maximumPoolSize = maximumPoolSize;
    }

    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0)
            throw new IllegalArgumentException();
        if (time == 0 && allowsCoreThreadTimeOut())
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        this.keepAliveNanos = unit.toNanos(time);
    }

    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveNanos, TimeUnit.NANOSECONDS);
    }

    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        synchronized (this) {
            tryTerminate();
        }
        return removed;
    }

    public synchronized int getPoolSize() {
        return terminated ? 0 : workers.size();
    }

    public synchronized int getActiveCount() {
        int n = 0;
        for (Worker w : workers)
            if (w.busy)
                n++;
        return n;
    }

    public synchronized int getLargestPoolSize() {
        return largestPoolSize;
    }

    public synchronized long getTaskCount() {
        long n = completedTaskCount;
        for (Worker w : workers) {
            n += w.completed;
            if (w.busy)
                n++;
        }
        return n + workQueue.size();
    }

    public synchronized long getCompletedTaskCount() {
        long n = completedTaskCount;
        for (Worker w : workers)
            n += w.completed;
        return n;
    }

    @Override
    public String toString() {
        String state;
        int pool, active;
        long completed;
        synchronized (this) {
            state = !shutdown ? "Running" : terminated ? "Terminated" : "Shutting down";
            pool = workers.size();
            active = getActiveCount();
            completed = getCompletedTaskCount();
        }
        return super.toString() + "[" + state + ", pool size = " + pool + ", active threads = " + active
                + ", queued tasks = " + workQueue.size() + ", completed tasks = " + completed + "]";
    }

    protected void beforeExecute(Thread t, Runnable r) {
    }

    protected void afterExecute(Runnable r, Throwable t) {
    }

    protected void terminated() {
    }

    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        public CallerRunsPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown())
                r.run();
        }
    }

    public static class AbortPolicy implements RejectedExecutionHandler {
        public AbortPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    public static class DiscardPolicy implements RejectedExecutionHandler {
        public DiscardPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
        }
    }

    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        public DiscardOldestPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
