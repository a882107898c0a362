package java.util.concurrent;

import java.util.List;

/**
 * A pool for ForkJoinTasks.  Tasks given to invoke() run in the caller;
 * submit/execute hand them to a small pool of daemon threads, where fork
 * and join run subtasks inline (see ForkJoinTask).
 */
public class ForkJoinPool extends AbstractExecutorService {
    private static final ForkJoinPool common = new ForkJoinPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), "ForkJoinPool.commonPool-worker-");
    private static int poolIds;

    private final int parallelism;
    private final ThreadPoolExecutor workers;

    public ForkJoinPool() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public ForkJoinPool(int parallelism) {
        this(parallelism, null);
    }

    private ForkJoinPool(int parallelism, String prefix) {
        if (parallelism <= 0)
            throw new IllegalArgumentException();
        this.parallelism = parallelism;
        String namePrefix;
        if (prefix != null) {
            namePrefix = prefix;
        } else {
            synchronized (ForkJoinPool.class) {
                namePrefix = "ForkJoinPool-" + ++poolIds + "-worker-";
            }
        }
        int[] count = new int[1];
        this.workers = new ThreadPoolExecutor(parallelism, parallelism, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<Runnable>(), r -> {
                    Thread t;
                    synchronized (count) {
                        t = new Thread(r, namePrefix + ++count[0]);
                    }
                    t.setDaemon(true);
                    return t;
                });
    }

    public static ForkJoinPool commonPool() {
        return common;
    }

    public static int getCommonPoolParallelism() {
        return common.parallelism;
    }

    public int getParallelism() {
        return parallelism;
    }

    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null)
            throw new NullPointerException();
        return task.invoke();
    }

    public void execute(ForkJoinTask<?> task) {
        if (task == null)
            throw new NullPointerException();
        workers.execute(task::doExec);
    }

    @Override
    public void execute(Runnable task) {
        workers.execute(task);
    }

    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        execute(task);
        return task;
    }

    @Override
    public void shutdown() {
        if (this != common)
            workers.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        if (this == common)
            return java.util.Collections.emptyList();
        return workers.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return workers.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return workers.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (this == common)
            return false;
        return workers.awaitTermination(timeout, unit);
    }

    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        return true;
    }

    @Override
    public String toString() {
        return super.toString() + "[" + (isShutdown() ? "Shutting down" : "Running") + ", parallelism = " + parallelism + "]";
    }
}
