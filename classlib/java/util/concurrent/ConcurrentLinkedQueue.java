package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Queue;

/** An unbounded FIFO queue for concurrent use; snapshot iterators. */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements Queue<E>, java.io.Serializable {
    private static final long serialVersionUID = 196745693267521676L;

    private final ArrayDeque<E> q = new ArrayDeque<>();

    public ConcurrentLinkedQueue() {
    }

    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c)
            add(e);
    }

    @Override public synchronized boolean offer(E e) { q.addLast(Objects.requireNonNull(e)); return true; }
    @Override public synchronized E poll() { return q.pollFirst(); }
    @Override public synchronized E peek() { return q.peekFirst(); }
    @Override public synchronized int size() { return q.size(); }
    @Override public synchronized boolean isEmpty() { return q.isEmpty(); }
    @Override public synchronized boolean contains(Object o) { return o != null && q.contains(o); }
    @Override public synchronized boolean remove(Object o) { return o != null && q.remove(o); }
    @Override public synchronized Object[] toArray() { return q.toArray(); }
    @Override public synchronized <T> T[] toArray(T[] a) { return q.toArray(a); }
    @Override public synchronized void clear() { q.clear(); }

    @Override
    public Iterator<E> iterator() {
        return new Snapshot<E>(toArray(), this);
    }

    @Override
    public String toString() {
        return java.util.Arrays.toString(toArray());
    }

    /** A snapshot iterator whose remove removes the element from the collection. */
    static final class Snapshot<E> implements Iterator<E> {
        private final Object[] s;
        private final Collection<E> owner;
        private int i;
        private int last = -1;

        Snapshot(Object[] s, Collection<E> owner) {
            this.s = s;
            this.owner = owner;
        }

        @Override
        public boolean hasNext() {
            return i < s.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (i >= s.length)
                throw new java.util.NoSuchElementException();
            last = i;
            return (E) s[i++];
        }

        @Override
        public void remove() {
            if (last < 0)
                throw new IllegalStateException();
            owner.remove(s[last]);
            last = -1;
        }
    }
}
