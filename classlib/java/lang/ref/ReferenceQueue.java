/*
 * ReferenceQueue: references are appended by the collector (through
 * Reference.processPending, which every poll and remove calls first) or by
 * Reference.enqueue.  LIFO as the JDK's: a reference's `next` links to the
 * one below it, the last to itself.
 *
 * remove() waits on the queue's lock with a timeout that grows from 1 ms
 * to 64 ms: a collection runs no Java code and so cannot notify, and the
 * waiter looks at the pending list again each time it wakes (an enqueue by
 * a thread wakes it at once).
 */
package java.lang.ref;

public class ReferenceQueue<T> {
    private static final long MAX_NAP_MS = 64;

    /* The `queue` of a reference that is in a queue: enqueues nothing. */
    private static final class Enqueued extends ReferenceQueue<Object> {
        boolean enqueue(Reference<?> r) {
            return false;
        }
    }
    static final ReferenceQueue<Object> ENQUEUED = new Enqueued();

    private final Object lock = new Object();
    private Reference<? extends T> head;

    public ReferenceQueue() {
    }

    @SuppressWarnings("unchecked")
    boolean enqueue(Reference<?> r) {
        synchronized (lock) {
            if (r.queue != this)
                return false;   /* already queued, removed, or not ours */
            r.queue = ENQUEUED;
            r.next = head == null ? r : head;
            head = (Reference<? extends T>) r;
            lock.notifyAll();
            return true;
        }
    }

    @SuppressWarnings("unchecked")
    private Reference<? extends T> reallyPoll() {
        Reference<? extends T> r = head;
        if (r == null)
            return null;
        Reference<? extends T> n = r.next;
        head = n == r ? null : n;
        r.queue = null;
        r.next = null;
        return r;
    }

    public Reference<? extends T> poll() {
        Reference.processPending();
        if (head == null)
            return null;
        synchronized (lock) {
            return reallyPoll();
        }
    }

    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0)
            throw new IllegalArgumentException("Negative timeout value");
        long start = System.nanoTime();
        long nap = 1;
        synchronized (lock) {
            for (;;) {
                Reference.processPending();
                Reference<? extends T> r = reallyPoll();
                if (r != null)
                    return r;
                long wait = nap;
                if (timeout != 0) {
                    long left = timeout - (System.nanoTime() - start) / 1_000_000;
                    if (left <= 0)
                        return null;
                    wait = Math.min(wait, left);
                }
                lock.wait(wait);
                nap = Math.min(nap * 2, MAX_NAP_MS);
            }
        }
    }

    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
