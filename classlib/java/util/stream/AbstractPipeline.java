package java.util.stream;

import java.util.ArrayList;

/**
 * What every stage of a stream shares: whether it was used (a stage is
 * consumed by the next operation on it, and the JDK refuses a second one),
 * and the close handlers of the whole pipeline. Elements are pulled through
 * Spliterators that wrap one another, one per stage, so a stage sees each
 * element before the next one enters the pipeline (as in the JDK), and
 * short-circuiting operations stop pulling.
 */
abstract class AbstractPipeline {
    static final String MSG_CONSUMED = "stream has already been operated upon or closed";

    /** The close handlers and the closed flag, shared by every stage of one pipeline. */
    static final class Shared {
        ArrayList<Runnable> onClose;
        boolean closed;
        boolean parallel;       // only reported: every stream runs sequentially
    }

    final Shared shared;
    boolean linkedOrConsumed;
    /** The exact number of elements, when the stages so far keep the source's size; else -1. */
    final long exactSize;

    AbstractPipeline(Shared shared, long exactSize) {
        this.shared = shared;
        this.exactSize = exactSize;
    }

    /** Marks this stage used by the operation being started. */
    final void link() {
        if (linkedOrConsumed || shared.closed)
            throw new IllegalStateException(MSG_CONSUMED);
        linkedOrConsumed = true;
    }

    final void addCloseHandler(Runnable closeHandler) {
        java.util.Objects.requireNonNull(closeHandler);
        if (linkedOrConsumed)
            throw new IllegalStateException(MSG_CONSUMED);
        if (shared.onClose == null)
            shared.onClose = new ArrayList<>();
        shared.onClose.add(closeHandler);
    }

    public boolean isParallel() {
        return shared.parallel;
    }

    public void close() {
        linkedOrConsumed = true;
        if (shared.closed)
            return;
        shared.closed = true;
        ArrayList<Runnable> handlers = shared.onClose;
        shared.onClose = null;
        if (handlers == null)
            return;
        Throwable first = null;
        for (Runnable r : handlers) {
            try {
                r.run();
            } catch (Throwable t) {
                if (first == null)
                    first = t;
                else if (first != t)
                    first.addSuppressed(t);
            }
        }
        if (first instanceof RuntimeException)
            throw (RuntimeException) first;
        if (first instanceof Error)
            throw (Error) first;
    }

    static Runnable composedClose(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        return () -> {
            try {
                a.close();
            } catch (Throwable e1) {
                try {
                    b.close();
                } catch (Throwable e2) {
                    e1.addSuppressed(e2);
                }
                if (e1 instanceof RuntimeException)
                    throw (RuntimeException) e1;
                throw (Error) e1;
            }
            b.close();
        };
    }
}
