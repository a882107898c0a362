package java.util.concurrent.locks;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant read-write lock: many readers or one writer.  The writer may
 * also take the read lock (downgrading); a reader cannot upgrade.  State is
 * guarded by one internal monitor, as in ReentrantLock.
 */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private static final long serialVersionUID = -6992448646407690164L;

    private final Object m = new Object();
    private final boolean fair;
    private final ReadLock readerLock;
    private final WriteLock writerLock;
    private Thread writer;
    private int writeHolds;
    private int readHolds;                  // all threads' read holds
    private final HashMap<Thread, int[]> readers = new HashMap<>();
    private int queued;

    public ReentrantReadWriteLock() {
        this(false);
    }

    public ReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
        readerLock = new ReadLock(this);
        writerLock = new WriteLock(this);
    }

    @Override
    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    @Override
    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    private boolean canRead(Thread me) {
        return writer == null || writer == me;
    }

    private boolean canWrite(Thread me) {
        return (writer == null || writer == me) && (writer == me || readHolds == 0);
    }

    private void takeRead(Thread me) {
        int[] c = readers.get(me);
        if (c == null)
            readers.put(me, c = new int[1]);
        c[0]++;
        readHolds++;
    }

    private void takeWrite(Thread me) {
        writer = me;
        writeHolds++;
    }

    /** Waits until the lock can be taken (read or write) or the deadline passes. */
    private boolean acquire(boolean write, long deadline, boolean interruptible) throws InterruptedException {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        synchronized (m) {
            if (interruptible && Thread.interrupted())
                throw new InterruptedException();
            try {
                queued++;
                while (write ? !canWrite(me) : !canRead(me)) {
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
            if (write)
                takeWrite(me);
            else
                takeRead(me);
        }
        if (interrupted)
            me.interrupt();
        return true;
    }

    private void acquireUninterruptibly(boolean write) {
        try {
            acquire(write, 0, false);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean tryAcquire(boolean write) {
        Thread me = Thread.currentThread();
        synchronized (m) {
            if (write ? !canWrite(me) : !canRead(me))
                return false;
            if (write)
                takeWrite(me);
            else
                takeRead(me);
            return true;
        }
    }

    private boolean tryAcquire(boolean write, long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        if (nanos <= 0) {
            if (Thread.interrupted())
                throw new InterruptedException();
            return tryAcquire(write);
        }
        return acquire(write, Monitor.deadline(nanos), true);
    }

    private void releaseRead() {
        Thread me = Thread.currentThread();
        synchronized (m) {
            int[] c = readers.get(me);
            if (c == null)
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            if (--c[0] == 0)
                readers.remove(me);
            if (--readHolds == 0)
                m.notifyAll();
        }
    }

    private void releaseWrite() {
        synchronized (m) {
            if (writer != Thread.currentThread())
                throw new IllegalMonitorStateException();
            if (--writeHolds == 0) {
                writer = null;
                m.notifyAll();
            }
        }
    }

    public static class ReadLock implements Lock, java.io.Serializable {
        private static final long serialVersionUID = -5992448646407690164L;
        private final ReentrantReadWriteLock rw;

        protected ReadLock(ReentrantReadWriteLock lock) {
            rw = lock;
        }

        @Override public void lock() { rw.acquireUninterruptibly(false); }
        @Override public void lockInterruptibly() throws InterruptedException { rw.acquire(false, 0, true); }
        @Override public boolean tryLock() { return rw.tryAcquire(false); }
        @Override public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException { return rw.tryAcquire(false, timeout, unit); }
        @Override public void unlock() { rw.releaseRead(); }
        @Override public Condition newCondition() { throw new UnsupportedOperationException(); }

        @Override
        public String toString() {
            return super.toString() + "[Read locks = " + rw.getReadLockCount() + "]";
        }
    }

    public static class WriteLock implements Lock, java.io.Serializable {
        private static final long serialVersionUID = -4992448646407690164L;
        private final ReentrantReadWriteLock rw;

        protected WriteLock(ReentrantReadWriteLock lock) {
            rw = lock;
        }

        @Override public void lock() { rw.acquireUninterruptibly(true); }
        @Override public void lockInterruptibly() throws InterruptedException { rw.acquire(true, 0, true); }
        @Override public boolean tryLock() { return rw.tryAcquire(true); }
        @Override public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException { return rw.tryAcquire(true, timeout, unit); }
        @Override public void unlock() { rw.releaseWrite(); }

        @Override
        public Condition newCondition() {
            ReentrantReadWriteLock l = rw;
            return new Monitor.Cond(l.m) {
                @Override
                void checkOwner() {
                    if (l.writer != Thread.currentThread())
                        throw new IllegalMonitorStateException();
                }

                @Override
                int releaseAll() {
                    checkOwner();
                    int h = l.writeHolds;
                    l.writeHolds = 0;
                    l.writer = null;
                    l.m.notifyAll();
                    return h;
                }

                @Override
                void reacquire(int h) {
                    Thread me = Thread.currentThread();
                    boolean interrupted = false;
                    while (!l.canWrite(me)) {
                        try {
                            l.m.wait();
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    l.writer = me;
                    l.writeHolds = h;
                    if (interrupted)
                        me.interrupt();
                }
            };
        }

        public boolean isHeldByCurrentThread() {
            return rw.isWriteLockedByCurrentThread();
        }

        public int getHoldCount() {
            return rw.getWriteHoldCount();
        }

        @Override
        public String toString() {
            Thread o = rw.getOwner();
            return super.toString() + ((o == null) ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }

    public final boolean isFair() {
        return fair;
    }

    protected Thread getOwner() {
        synchronized (m) {
            return writer;
        }
    }

    public int getReadLockCount() {
        synchronized (m) {
            return readHolds;
        }
    }

    public boolean isWriteLocked() {
        synchronized (m) {
            return writer != null;
        }
    }

    public boolean isWriteLockedByCurrentThread() {
        synchronized (m) {
            return writer == Thread.currentThread();
        }
    }

    public int getWriteHoldCount() {
        synchronized (m) {
            return writer == Thread.currentThread() ? writeHolds : 0;
        }
    }

    public int getReadHoldCount() {
        synchronized (m) {
            int[] c = readers.get(Thread.currentThread());
            return c == null ? 0 : c[0];
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

    @Override
    public String toString() {
        synchronized (m) {
            return super.toString() + "[Write locks = " + writeHolds + ", Read locks = " + readHolds + "]";
        }
    }
}
