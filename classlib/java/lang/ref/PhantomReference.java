/*
 * PhantomReference: get() is always null; cleared and enqueued once its
 * referent is no more than phantom reachable (as since JDK 9, the
 * collector clears it itself).
 */
package java.lang.ref;

public class PhantomReference<T> extends Reference<T> {
    public PhantomReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }

    public T get() {
        return null;
    }
}
