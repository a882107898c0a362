/*
 * SoftReference: cleared only when memory runs out.  Our collector keeps a
 * soft referent through every collection except the one it runs as the
 * last step before an OutOfMemoryError (docs/heap.md, References).
 */
package java.lang.ref;

public class SoftReference<T> extends Reference<T> {
    public SoftReference(T referent) {
        super(referent);
    }

    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
