package java.util;

import java.util.function.Consumer;
import java.util.function.Predicate;

/** A circular-array deque; no nulls. */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 2340985798034038923L;

    transient Object[] elements;
    transient int head;
    transient int tail;

    public ArrayDeque() {
        elements = new Object[16 + 1];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[(numElements < 1) ? 1 : (numElements == Integer.MAX_VALUE) ? Integer.MAX_VALUE : numElements + 1];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c)
            addLast(e);
    }

    private void grow(int needed) {
        final int oldCapacity = elements.length;
        int jump = (oldCapacity < 64) ? oldCapacity + 2 : oldCapacity >> 1;
        int newCapacity = oldCapacity + Math.max(jump, needed);
        final Object[] es = elements = Arrays.copyOf(elements, newCapacity);
        if (tail < head || (tail == head && es[head] != null)) {
            int newSpace = newCapacity - oldCapacity;
            System.arraycopy(es, head, es, head + newSpace, oldCapacity - head);
            for (int i = head, to = (head += newSpace); i < to; i++)
                es[i] = null;
        }
    }

    static final int inc(int i, int modulus) {
        if (++i >= modulus)
            i = 0;
        return i;
    }

    static final int dec(int i, int modulus) {
        if (--i < 0)
            i = modulus - 1;
        return i;
    }

    @SuppressWarnings("unchecked")
    static final <E> E elementAt(Object[] es, int i) {
        return (E) es[i];
    }

    public void addFirst(E e) {
        if (e == null)
            throw new NullPointerException();
        final Object[] es = elements;
        es[head = dec(head, es.length)] = e;
        if (head == tail)
            grow(1);
    }

    public void addLast(E e) {
        if (e == null)
            throw new NullPointerException();
        final Object[] es = elements;
        es[tail] = e;
        if (head == (tail = inc(tail, es.length)))
            grow(1);
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) {
            addLast(e);
            changed = true;
        }
        return changed;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E pollFirst() {
        final Object[] es;
        final int h;
        E e = elementAt(es = elements, h = head);
        if (e != null) {
            es[h] = null;
            head = inc(h, es.length);
        }
        return e;
    }

    public E pollLast() {
        final Object[] es;
        final int t;
        E e = elementAt(es = elements, t = dec(tail, es.length));
        if (e != null)
            es[tail = t] = null;
        return e;
    }

    public E getFirst() {
        E e = elementAt(elements, head);
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E getLast() {
        final Object[] es = elements;
        E e = elementAt(es, dec(tail, es.length));
        if (e == null)
            throw new NoSuchElementException();
        return e;
    }

    public E peekFirst() {
        return elementAt(elements, head);
    }

    public E peekLast() {
        final Object[] es;
        return elementAt(es = elements, dec(tail, es.length));
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = dec(tail, es.length); es[i] != null && i != dec(head, es.length); i = dec(i, es.length)) {
                if (o.equals(es[i])) {
                    delete(i);
                    return true;
                }
                if (i == head)
                    break;
            }
        }
        return false;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    /** Removes the element at i, keeping the order of the others (compacted to index 0). */
    boolean delete(int i) {
        // Simple and correct: rebuild the order without element i.
        Object[] es = elements;
        int n = size();
        Object[] rest = new Object[n - 1];
        int k = 0;
        for (int j = head; j != tail; j = inc(j, es.length))
            if (j != i)
                rest[k++] = es[j];
        Arrays.fill(es, null);
        System.arraycopy(rest, 0, es, 0, rest.length);
        head = 0;
        tail = rest.length;
        return true;
    }

    public int size() {
        int s = tail - head;
        if (s < 0)
            s += elements.length;
        return s;
    }

    public boolean isEmpty() {
        return head == tail;
    }

    public Iterator<E> iterator() {
        return new DeqIterator();
    }

    public Iterator<E> descendingIterator() {
        return new DescendingIterator();
    }

    private class DeqIterator implements Iterator<E> {
        int cursor;
        int remaining = size();
        int lastRet = -1;

        DeqIterator() {
            cursor = head;
        }

        public final boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0)
                throw new NoSuchElementException();
            final Object[] es = elements;
            E e = elementAt(es, cursor);
            if (e == null)
                throw new ConcurrentModificationException();
            lastRet = cursor;
            cursor = inc(cursor, es.length);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            int offset = 0;
            for (int j = head; j != lastRet; j = inc(j, elements.length))
                offset++;
            delete(lastRet);
            cursor = offset;
            lastRet = -1;
        }
    }

    private class DescendingIterator implements Iterator<E> {
        int cursor;
        int remaining = size();
        int lastRet = -1;

        DescendingIterator() {
            cursor = dec(tail, elements.length);
        }

        public final boolean hasNext() {
            return remaining > 0;
        }

        public E next() {
            if (remaining <= 0)
                throw new NoSuchElementException();
            final Object[] es = elements;
            E e = elementAt(es, cursor);
            if (e == null)
                throw new ConcurrentModificationException();
            lastRet = cursor;
            cursor = dec(cursor, es.length);
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0)
                throw new IllegalStateException();
            int offset = 0;
            for (int j = head; j != lastRet; j = inc(j, elements.length))
                offset++;
            delete(lastRet);
            cursor = offset - 1 < 0 ? dec(0, elements.length) : offset - 1;
            lastRet = -1;
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            final Object[] es = elements;
            for (int i = head; i != tail; i = inc(i, es.length))
                if (o.equals(es[i]))
                    return true;
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        Arrays.fill(elements, null);
        head = tail = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[size()];
        int k = 0;
        for (int i = head; i != tail; i = inc(i, elements.length))
            a[k++] = elements[i];
        return a;
    }

    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] src = toArray();
        if (a.length < src.length)
            return (T[]) Arrays.copyOf(src, src.length, a.getClass());
        System.arraycopy(src, 0, a, 0, src.length);
        if (a.length > src.length)
            a[src.length] = null;
        return a;
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        Object[] all = toArray();
        boolean removed = false;
        clear();
        for (Object o : all) {
            @SuppressWarnings("unchecked")
            E e = (E) o;
            if (filter.test(e))
                removed = true;
            else
                addLast(e);
        }
        return removed;
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (int i = head; i != tail; i = inc(i, elements.length))
            action.accept(elementAt(elements, i));
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
