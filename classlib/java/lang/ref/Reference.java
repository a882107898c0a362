/*
 * Reference: the base of the reference objects.  The VM knows this class
 * and its subclasses (class.c marks them at link): the collector does not
 * mark through `referent`, clears it once the referent is no longer
 * strongly (or, for SoftReference, softly) reachable, and links the cleared
 * references that have a queue onto a pending list.  That list is drained
 * here, in Java, whenever a queue is polled or waited on (docs/heap.md,
 * References): there is no reference-handler thread.
 *
 * Fields the collector reads and writes (heap_reference_layout):
 *   referent    the object, or null once cleared
 *   queue       the registered queue; ReferenceQueue.ENQUEUED while queued;
 *               null without a queue or once removed from it
 *   next        the pending list's link (set by the collector), then the
 *               queue's link (the last element links to itself)
 *   discovered  the collector's own link during a collection, else 0
 */
package java.lang.ref;

public abstract class Reference<T> {
    private T referent;
    volatile ReferenceQueue<? super T> queue;
    @SuppressWarnings("rawtypes")
    Reference next;
    private long discovered;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    public T get() {
        return referent;
    }

    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    public void clear() {
        referent = null;
    }

    @Deprecated(since = "16")
    public boolean isEnqueued() {
        return queue == ReferenceQueue.ENQUEUED;
    }

    public boolean enqueue() {
        referent = null;
        ReferenceQueue<? super T> q = queue;
        return q != null && q.enqueue(this);
    }

    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }

    /* Keeps ref strongly reachable up to here: our interpreter holds the
     * argument in the caller's frame until the call returns. */
    public static void reachabilityFence(Object ref) {
    }

    /* The collector's pending list, taken whole (a native: atomic between
     * green threads). */
    private static native Reference<?> takePending();

    /* Moves the references the collector cleared onto their queues.
     * Returns whether there were any. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static boolean processPending() {
        Reference r = takePending();
        if (r == null)
            return false;
        while (r != null) {
            Reference n = r.next;
            r.next = null;
            ReferenceQueue q = r.queue;
            if (q != null)
                q.enqueue(r);
            r = n;
        }
        return true;
    }
}
