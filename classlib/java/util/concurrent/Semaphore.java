package java.util.concurrent;

/** Counting permits; acquirers wait on this object's monitor. */
public class Semaphore implements java.io.Serializable {
    private static final long serialVersionUID = -3222578661600680210L;

    private int permits;
    private final boolean fair;
    private int queued;

    public Semaphore(int permits) {
        this(permits, false);
    }

    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    private synchronized boolean take(int n, long deadline, boolean interruptible) throws InterruptedException {
        if (n < 0)
            throw new IllegalArgumentException();
        if (interruptible && Thread.interrupted())
            throw new InterruptedException();
        boolean interrupted = false;
        queued++;
        try {
            while (permits < n) {
                try {
                    if (deadline == 0) {
                        wait();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0)
                            return false;
                        wait(left / 1000000, (int) (left % 1000000));
                    }
                } catch (InterruptedException e) {
                    if (interruptible)
                        throw e;
                    interrupted = true;
                }
            }
            permits -= n;
            return true;
        } finally {
            queued--;
            if (interrupted)
                Thread.currentThread().interrupt();
        }
    }

    private static long deadline(long timeout, TimeUnit unit) {
        long d = System.nanoTime() + unit.toNanos(timeout);
        return d == 0 ? 1 : d;
    }

    public void acquire() throws InterruptedException {
        take(1, 0, true);
    }

    public void acquireUninterruptibly() {
        try {
            take(1, 0, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized boolean tryAcquire() {
        if (permits < 1)
            return false;
        permits--;
        return true;
    }

    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return tryAcquire(1, timeout, unit);
    }

    public void release() {
        release(1);
    }

    public void acquire(int permits) throws InterruptedException {
        take(permits, 0, true);
    }

    public void acquireUninterruptibly(int permits) {
        try {
            take(permits, 0, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized boolean tryAcquire(int permits) {
        if (permits < 0)
            throw new IllegalArgumentException();
        if (this.permits < permits)
            return false;
        this.permits -= permits;
        return true;
    }

    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {
        if (timeout <= 0) {
            if (Thread.interrupted())
                throw new InterruptedException();
            return tryAcquire(permits);
        }
        return take(permits, deadline(timeout, unit), true);
    }

    public synchronized void release(int permits) {
        if (permits < 0)
            throw new IllegalArgumentException();
        if (this.permits + permits < this.permits)
            throw new Error("Maximum permit count exceeded");
        this.permits += permits;
        notifyAll();
    }

    public synchronized int availablePermits() {
        return permits;
    }

    public synchronized int drainPermits() {
        int n = permits;
        permits = 0;
        return n;
    }

    protected synchronized void reducePermits(int reduction) {
        if (reduction < 0)
            throw new IllegalArgumentException();
        permits -= reduction;
    }

    public boolean isFair() {
        return fair;
    }

    public final synchronized boolean hasQueuedThreads() {
        return queued > 0;
    }

    public final synchronized int getQueueLength() {
        return queued;
    }

    @Override
    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
