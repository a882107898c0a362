import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

// java.lang.ref basics: clearing once the referent is unreachable (made in a
// method whose frame is gone, then System.gc() in a bounded loop), queues,
// phantom references, refersTo/clear/enqueue/isEnqueued, arrays as referents,
// references to references, and a Reference subclass with fields of its own.
public class RefBasics {
    static final int TRIES = 50;

    static class Tagged extends WeakReference<Object> {
        final String tag;
        Object payload;
        int n;

        Tagged(Object referent, ReferenceQueue<Object> q, String tag) {
            super(referent, q);
            this.tag = tag;
            this.payload = new StringBuilder("payload-").append(tag);
            this.n = tag.length();
        }
    }

    static WeakReference<Object> weakToGarbage(ReferenceQueue<Object> q) {
        return new WeakReference<>(new Object(), q);
    }

    static WeakReference<int[]> weakToArray() {
        int[] a = new int[1000];
        a[7] = 42;
        return new WeakReference<>(a);
    }

    static PhantomReference<Object> phantomToGarbage(ReferenceQueue<Object> q) {
        return new PhantomReference<>(new StringBuilder("gone"), q);
    }

    static Tagged taggedToGarbage(ReferenceQueue<Object> q) {
        return new Tagged(new Object[] { "x", "y" }, q, "t1");
    }

    static boolean clearedSoon(Reference<?> r) {
        for (int i = 0; i < TRIES; i++) {
            if (r.refersTo(null))
                return true;
            System.gc();
        }
        return r.refersTo(null);
    }

    static String state(boolean b) {
        return b ? "cleared" : "not cleared after " + TRIES + " tries";
    }

    static Reference<?> removeSoon(ReferenceQueue<?> q) throws InterruptedException {
        for (int i = 0; i < TRIES; i++) {
            Reference<?> r = q.remove(20);
            if (r != null)
                return r;
            System.gc();
        }
        return null;
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<Object> q = new ReferenceQueue<>();

        // Weak, with a queue.
        WeakReference<Object> w = weakToGarbage(q);
        System.out.println("weak: " + state(clearedSoon(w)) + ", get " + w.get());
        Reference<?> r = removeSoon(q);
        System.out.println("queued: " + (r == w) + ", poll after: " + q.poll());
        System.out.println("isEnqueued after remove: " + w.isEnqueued() + ", enqueue again: " + w.enqueue());

        // A strongly held referent stays, however many collections.
        Object keep = new Object();
        WeakReference<Object> held = new WeakReference<>(keep, q);
        for (int i = 0; i < 5; i++)
            System.gc();
        System.out.println("held: " + (held.get() == keep) + ", refersTo " + held.refersTo(keep)
                + ", queue empty " + (q.poll() == null));
        Reference.reachabilityFence(keep);

        // clear() and enqueue() by hand.
        WeakReference<Object> manual = new WeakReference<>(keep, q);
        System.out.println("isEnqueued before: " + manual.isEnqueued());
        System.out.println("enqueue: " + manual.enqueue() + ", get " + manual.get()
                + ", isEnqueued " + manual.isEnqueued() + ", enqueue again " + manual.enqueue());
        System.out.println("poll manual: " + (q.poll() == manual) + ", isEnqueued " + manual.isEnqueued());
        held.clear();
        System.out.println("clear: get " + held.get() + ", refersTo(null) " + held.refersTo(null));
        WeakReference<Object> noQueue = new WeakReference<>(keep);
        System.out.println("no queue: enqueue " + noQueue.enqueue() + ", isEnqueued " + noQueue.isEnqueued()
                + ", get " + noQueue.get());

        // Arrays as referents.
        WeakReference<int[]> wa = weakToArray();
        System.out.println("array: " + state(clearedSoon(wa)));
        int[] arr = new int[] { 1, 2, 3 };
        WeakReference<int[]> wb = new WeakReference<>(arr);
        System.gc();
        System.out.println("held array: " + (wb.get() == arr) + " " + wb.get()[2]);

        // Phantom: get() is always null, enqueued once unreachable.
        ReferenceQueue<Object> pq = new ReferenceQueue<>();
        PhantomReference<Object> p = phantomToGarbage(pq);
        System.out.println("phantom get: " + p.get());
        Reference<?> pr = removeSoon(pq);
        System.out.println("phantom queued: " + (pr == p) + ", refersTo(null) " + p.refersTo(null));
        PhantomReference<Object> pheld = new PhantomReference<>(keep, pq);
        System.gc();
        System.out.println("phantom held: get " + pheld.get() + ", refersTo " + pheld.refersTo(keep)
                + ", queue empty " + (pq.poll() == null));

        // A reference to a reference: the inner one is itself a referent.
        WeakReference<Object> target = new WeakReference<>(keep);
        WeakReference<WeakReference<Object>> outer = new WeakReference<>(target);
        System.gc();
        System.out.println("outer while inner held: " + (outer.get() == target));
        target = null;
        System.out.println("outer: " + state(clearedSoon(outer)));
        WeakReference<WeakReference<Object>> outer2 = new WeakReference<>(weakToGarbage(null));
        System.out.println("outer to garbage: " + state(clearedSoon(outer2)));

        // A subclass with fields of its own: they stay strong.
        Tagged t = taggedToGarbage(q);
        System.out.println("tagged: " + state(clearedSoon(t)));
        Reference<?> tr = removeSoon(q);
        System.out.println("tagged queued: " + (tr == t) + ", " + ((Tagged) tr).tag + " "
                + ((Tagged) tr).payload + " " + ((Tagged) tr).n);

        // Soft, while memory allows: kept.
        SoftReference<Object> s = new SoftReference<>(new byte[10000], q);
        for (int i = 0; i < 5; i++)
            System.gc();
        System.out.println("soft kept: " + (s.get() != null) + ", queue empty " + (q.poll() == null));

        // remove with a timeout on an empty queue.
        ReferenceQueue<Object> empty = new ReferenceQueue<>();
        System.out.println("remove(1) empty: " + empty.remove(1));
        try {
            empty.remove(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("remove(-1): " + e.getMessage());
        }
        Reference.reachabilityFence(keep);
        Reference.reachabilityFence(arr);
    }
}
