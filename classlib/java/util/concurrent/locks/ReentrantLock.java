package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A reentrant mutual-exclusion lock.  Its state (owner, hold count) is
 * guarded by the monitor of an internal object on which blocked threads
 * wait (see Monitor).  Fairness is recorded but not enforced: the green
 * scheduler wakes waiters in order anyway.
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    private static final long serialVersionUID = 7373984872572414699L;

    private final Object m = new Object();
    private final boolean fair;
    private Thread owner;
    private int holds;
    private int queued;

    public ReentrantLock() {
        this(false);
    }

    public ReentrantLock(boolean fair) {
        this.fair = fair;
    }

    /** Takes the lock, waiting until the deadline (0: forever); false on time-out. */
    private boolean acquire(long deadline, boolean interruptible) throws InterruptedException {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        synchronized (m) {
            if (interruptible && Thread.interrupted())
                throw new InterruptedException();
            try {
                queued++;
                while (owner != null && owner != me) {
                    try {
                        if (Monitor.waitNanos(m, deadline) == 0)
                            return false;
                    } catch (InterruptedException e) {
                        if (interruptible)
                            throw e;
                        interrupted = true;
                    }
                }
            } finally {
                queued--;
            }
            if (holds == Integer.MAX_VALUE)
                throw new Error("Maximum lock count exceeded");
            owner = me;
            holds++;
        }
        if (interrupted)
            me.interrupt();
        return true;
    }

    @Override
    public void lock() {
        try {
            acquire(0, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        acquire(0, true);
    }

    @Override
    public boolean tryLock() {
        Thread me = Thread.currentThread();
        synchronized (m) {
            if (owner != null && owner != me)
                return false;
            if (holds == Integer.MAX_VALUE)
                throw new Error("Maximum lock count exceeded");
            owner = me;
            holds++;
            return true;
        }
    }

    @Override
    public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (nanos <= 0) {
            if (Thread.interrupted())
                throw new InterruptedException();
            return tryLock();
        }
        return acquire(Monitor.deadline(nanos), true);
    }

    @Override
    public void unlock() {
        synchronized (m) {
            if (owner != Thread.currentThread())
                throw new IllegalMonitorStateException();
            if (--holds == 0) {
                owner = null;
                m.notifyAll();
            }
        }
    }

    @Override
    public Condition newCondition() {
        return new Monitor.Cond(m) {
            @Override
            void checkOwner() {
                if (owner != Thread.currentThread())
                    throw new IllegalMonitorStateException();
            }

            @Override
            int releaseAll() {
                checkOwner();
                int h = holds;
                holds = 0;
                owner = null;
                m.notifyAll();
                return h;
            }

            @Override
            void reacquire(int h) {
                Thread me = Thread.currentThread();
                boolean interrupted = false;
                while (owner != null) {
                    try {
                        m.wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                owner = me;
                holds = h;
                if (interrupted)
                    me.interrupt();
            }
        };
    }

    public int getHoldCount() {
        synchronized (m) {
            return owner == Thread.currentThread() ? holds : 0;
        }
    }

    public boolean isHeldByCurrentThread() {
        synchronized (m) {
            return owner == Thread.currentThread();
        }
    }

    public boolean isLocked() {
        synchronized (m) {
            return owner != null;
        }
    }

    public final boolean isFair() {
        return fair;
    }

    protected Thread getOwner() {
        synchronized (m) {
            return owner;
        }
    }

    public final boolean hasQueuedThreads() {
        synchronized (m) {
            return queued > 0;
        }
    }

    public final int getQueueLength() {
        synchronized (m) {
            return queued;
        }
    }

    public boolean hasWaiters(Condition condition) {
        return cond(condition).hasWaiters();
    }

    public int getWaitQueueLength(Condition condition) {
        return cond(condition).waitQueueLength();
    }

    private Monitor.Cond cond(Condition c) {
        if (c == null)
            throw new NullPointerException();
        if (!(c instanceof Monitor.Cond) || ((Monitor.Cond) c).m != m)
            throw new IllegalArgumentException("not owner");
        if (!isHeldByCurrentThread())
            throw new IllegalMonitorStateException();
        return (Monitor.Cond) c;
    }

    @Override
    public String toString() {
        Thread o;
        synchronized (m) {
            o = owner;
        }
        return super.toString() + ((o == null) ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }
}
