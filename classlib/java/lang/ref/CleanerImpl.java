/*
 * CleanerImpl: a Cleaner's queue, its list of live Cleanables and the loop
 * its thread runs.  The list holds the Cleanables strongly (a phantom
 * reference that nothing reaches would be collected and never enqueued);
 * an action leaves the list before it runs, so it runs at most once.
 */
package java.lang.ref;

final class CleanerImpl implements Runnable {
    final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private final PhantomCleanable list = new PhantomCleanable();

    Cleaner.Cleanable register(Object obj, Runnable action) {
        return new PhantomCleanable(obj, this, action);
    }

    private boolean isEmpty() {
        synchronized (list) {
            return list.after == list;
        }
    }

    public void run() {
        while (!isEmpty()) {
            try {
                Reference<?> r = queue.remove(60_000);
                if (r instanceof PhantomCleanable)
                    ((PhantomCleanable) r).clean();
            } catch (Throwable e) {
                /* The JDK ignores what an action throws; so do we. */
            }
        }
    }

    /* A Cleanable: a node of its CleanerImpl's doubly linked list (the list
     * head is a node without referent). */
    static final class PhantomCleanable extends PhantomReference<Object> implements Cleaner.Cleanable {
        private final CleanerImpl impl;
        private final Runnable action;
        PhantomCleanable before = this, after = this;

        PhantomCleanable() {
            super(null, null);
            impl = null;
            action = null;
        }

        PhantomCleanable(Object obj, CleanerImpl impl, Runnable action) {
            super(obj, impl.queue);
            this.impl = impl;
            this.action = action;
            PhantomCleanable head = impl.list;
            synchronized (head) {
                before = head;
                after = head.after;
                head.after.before = this;
                head.after = this;
            }
            reachabilityFence(obj);
        }

        private boolean unlink() {
            PhantomCleanable head = impl.list;
            synchronized (head) {
                if (after == this)
                    return false;
                before.after = after;
                after.before = before;
                before = after = this;
                return true;
            }
        }

        public void clean() {
            if (unlink()) {
                super.clear();
                if (action != null)
                    action.run();
            }
        }

        public void clear() {
            if (unlink())
                super.clear();
        }

        public boolean enqueue() {
            throw new UnsupportedOperationException("enqueue");
        }

        public boolean isEnqueued() {
            throw new UnsupportedOperationException("isEnqueued");
        }
    }
}
