package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/** An unbounded deque for concurrent use; snapshot iterators. */
public class ConcurrentLinkedDeque<E> extends AbstractCollection<E> implements Deque<E>, java.io.Serializable {
    private static final long serialVersionUID = 876323262645176354L;

    private final ArrayDeque<E> q = new ArrayDeque<>();

    public ConcurrentLinkedDeque() {
    }

    public ConcurrentLinkedDeque(Collection<? extends E> c) {
        for (E e : c)
            add(e);
    }

    @Override public synchronized void addFirst(E e) { q.addFirst(Objects.requireNonNull(e)); }
    @Override public synchronized void addLast(E e) { q.addLast(Objects.requireNonNull(e)); }
    @Override public boolean offerFirst(E e) { addFirst(e); return true; }
    @Override public boolean offerLast(E e) { addLast(e); return true; }
    @Override public synchronized E peekFirst() { return q.peekFirst(); }
    @Override public synchronized E peekLast() { return q.peekLast(); }
    @Override public synchronized E pollFirst() { return q.pollFirst(); }
    @Override public synchronized E pollLast() { return q.pollLast(); }

    @Override
    public E getFirst() {
        E e = peekFirst();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @Override
    public E getLast() {
        E e = peekLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    @Override public boolean offer(E e) { return offerLast(e); }
    @Override public boolean add(E e) { return offerLast(e); }
    @Override public E poll() { return pollFirst(); }
    @Override public E peek() { return peekFirst(); }
    @Override public E remove() { return removeFirst(); }
    @Override public E pop() { return removeFirst(); }
    @Override public E element() { return getFirst(); }
    @Override public void push(E e) { addFirst(e); }
    @Override public synchronized boolean removeFirstOccurrence(Object o) { return o != null && q.removeFirstOccurrence(o); }
    @Override public synchronized boolean removeLastOccurrence(Object o) { return o != null && q.removeLastOccurrence(o); }
    @Override public synchronized boolean contains(Object o) { return o != null && q.contains(o); }
    @Override public boolean remove(Object o) { return removeFirstOccurrence(o); }
    @Override public synchronized int size() { return q.size(); }
    @Override public synchronized boolean isEmpty() { return q.isEmpty(); }
    @Override public synchronized Object[] toArray() { return q.toArray(); }
    @Override public synchronized <T> T[] toArray(T[] a) { return q.toArray(a); }
    @Override public synchronized void clear() { q.clear(); }

    @Override
    public Iterator<E> iterator() {
        return new ConcurrentLinkedQueue.Snapshot<E>(toArray(), this);
    }

    @Override
    public Iterator<E> descendingIterator() {
        Object[] s = toArray();
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            Object t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        return new ConcurrentLinkedQueue.Snapshot<E>(s, new java.util.AbstractCollection<E>() {
            @Override public Iterator<E> iterator() { throw new UnsupportedOperationException(); }
            @Override public int size() { return 0; }
            @Override public boolean remove(Object o) { return removeLastOccurrence(o); }
        });
    }

    @Override
    public String toString() {
        return java.util.Arrays.toString(toArray());
    }
}
