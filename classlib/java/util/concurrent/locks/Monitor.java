package java.util.concurrent.locks;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * The waiting machinery the locks of this package share, on one Java
 * monitor: a thread that must wait calls wait() on it, and every change
 * that may let a waiter go calls notifyAll().  Green threads make the
 * extra wake-ups cheap, and a single monitor leaves no lost wake-up.
 */
final class Monitor {
    private Monitor() {
    }

    /** A waiter on a Condition; signalled under the lock's monitor. */
    static final class Waiter {
        boolean signalled;
    }

    /**
     * Waits on m (whose monitor the caller holds) for at most nanos
     * (forever if deadline is 0); returns the nanoseconds left.
     */
    static long waitNanos(Object m, long deadline) throws InterruptedException {
        if (deadline == 0) {
            m.wait();
            return 1;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0)
            return 0;
        m.wait(left / 1000000, (int) (left % 1000000));
        return Math.max(0, deadline - System.nanoTime());
    }

    static long deadline(long nanos) {
        long d = System.nanoTime() + nanos;
        return d == 0 ? 1 : d;
    }

    /** A Condition of a lock whose state is guarded by monitor `m`. */
    abstract static class Cond implements Condition {
        final Object m;
        final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

        Cond(Object m) {
            this.m = m;
        }

        /** Checks ownership and releases the lock fully; the hold count to restore. */
        abstract int releaseAll();

        /** Takes the lock again (uninterruptibly) with the given hold count. */
        abstract void reacquire(int holds);

        abstract void checkOwner();

        /** Waits until signalled or the deadline (0: none); true if signalled. */
        private boolean doAwait(long deadline, boolean interruptible) throws InterruptedException {
            synchronized (m) {
                if (interruptible && Thread.interrupted())
                    throw new InterruptedException();
                Waiter w = new Waiter();
                waiters.add(w);
                int holds = releaseAll();
                InterruptedException ie = null;
                boolean interrupted = false;
                try {
                    while (!w.signalled) {
                        try {
                            if (waitNanos(m, deadline) == 0)
                                break;
                        } catch (InterruptedException e) {
                            if (interruptible) {
                                ie = e;
                                break;
                            }
                            interrupted = true;
                        }
                    }
                } finally {
                    if (!w.signalled)
                        waiters.remove(w);
                    reacquire(holds);
                }
                if (ie != null && !w.signalled)
                    throw ie;
                if (interrupted || ie != null)
                    Thread.currentThread().interrupt();
                return w.signalled;
            }
        }

        @Override
        public void await() throws InterruptedException {
            doAwait(0, true);
        }

        @Override
        public void awaitUninterruptibly() {
            try {
                doAwait(0, false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public long awaitNanos(long nanosTimeout) throws InterruptedException {
            long deadline = deadline(Math.max(nanosTimeout, 0));
            doAwait(deadline, true);
            return deadline - System.nanoTime();
        }

        @Override
        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            return doAwait(deadline(Math.max(unit.toNanos(time), 0)), true);
        }

        @Override
        public void signal() {
            synchronized (m) {
                checkOwner();
                Waiter w = waiters.poll();
                if (w != null) {
                    w.signalled = true;
                    m.notifyAll();
                }
            }
        }

        @Override
        public void signalAll() {
            synchronized (m) {
                checkOwner();
                if (waiters.isEmpty())
                    return;
                for (Waiter w : waiters)
                    w.signalled = true;
                waiters.clear();
                m.notifyAll();
            }
        }

        boolean hasWaiters() {
            synchronized (m) {
                return !waiters.isEmpty();
            }
        }

        int waitQueueLength() {
            synchronized (m) {
                return waiters.size();
            }
        }
    }
}
