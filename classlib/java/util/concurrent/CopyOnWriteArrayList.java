package java.util.concurrent;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A list whose every change copies its array, so iterators walk the
 * snapshot they started on (never CME; their remove/set/add throw
 * UnsupportedOperationException).  Changes hold this list's monitor.
 */
public class CopyOnWriteArrayList<E> extends AbstractList<E> implements RandomAccess, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 8673264195747942595L;

    private volatile Object[] array;

    public CopyOnWriteArrayList() {
        array = new Object[0];
    }

    public CopyOnWriteArrayList(Collection<? extends E> c) {
        array = Arrays.copyOf(c.toArray(), c.size(), Object[].class);
    }

    public CopyOnWriteArrayList(E[] toCopyIn) {
        array = Arrays.copyOf(toCopyIn, toCopyIn.length, Object[].class);
    }

    final Object[] getArray() {
        return array;
    }

    @Override
    public int size() {
        return array.length;
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    private static int indexOfRange(Object o, Object[] es, int from, int to) {
        for (int i = from; i < to; i++)
            if (Objects.equals(o, es[i]))
                return i;
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        Object[] es = array;
        return indexOfRange(o, es, 0, es.length);
    }

    public int indexOf(E e, int index) {
        Object[] es = array;
        return indexOfRange(e, es, index, es.length);
    }

    @Override
    public int lastIndexOf(Object o) {
        Object[] es = array;
        for (int i = es.length - 1; i >= 0; i--)
            if (Objects.equals(o, es[i]))
                return i;
        return -1;
    }

    public int lastIndexOf(E e, int index) {
        Object[] es = array;
        for (int i = index; i >= 0; i--)
            if (Objects.equals(e, es[i]))
                return i;
        return -1;
    }

    @Override
    public Object clone() {
        return new CopyOnWriteArrayList<E>(this);
    }

    @Override
    public Object[] toArray() {
        return array.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        Object[] es = array;
        int len = es.length;
        if (a.length < len)
            return (T[]) Arrays.copyOf(es, len, a.getClass());
        System.arraycopy(es, 0, a, 0, len);
        if (a.length > len)
            a[len] = null;
        return a;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Object[] es = array;
        Objects.checkIndex(index, es.length);
        return (E) es[index];
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized E set(int index, E element) {
        Object[] es = array;
        Objects.checkIndex(index, es.length);
        E old = (E) es[index];
        if (old != element) {
            es = es.clone();
            es[index] = element;
            array = es;
        }
        return old;
    }

    @Override
    public synchronized boolean add(E e) {
        Object[] es = array;
        int len = es.length;
        es = Arrays.copyOf(es, len + 1);
        es[len] = e;
        array = es;
        return true;
    }

    @Override
    public synchronized void add(int index, E element) {
        Object[] es = array;
        int len = es.length;
        if (index > len || index < 0)
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
        Object[] n = new Object[len + 1];
        System.arraycopy(es, 0, n, 0, index);
        System.arraycopy(es, index, n, index + 1, len - index);
        n[index] = element;
        array = n;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized E remove(int index) {
        Object[] es = array;
        int len = es.length;
        Objects.checkIndex(index, len);
        E old = (E) es[index];
        Object[] n = new Object[len - 1];
        System.arraycopy(es, 0, n, 0, index);
        System.arraycopy(es, index + 1, n, index, len - index - 1);
        array = n;
        return old;
    }

    @Override
    public synchronized boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0)
            return false;
        remove(i);
        return true;
    }

    @Override
    protected synchronized void removeRange(int fromIndex, int toIndex) {
        Object[] es = array;
        int len = es.length;
        if (fromIndex < 0 || toIndex > len || toIndex < fromIndex)
            throw new IndexOutOfBoundsException();
        Object[] n = new Object[len - (toIndex - fromIndex)];
        System.arraycopy(es, 0, n, 0, fromIndex);
        System.arraycopy(es, toIndex, n, fromIndex, len - toIndex);
        array = n;
    }

    public synchronized boolean addIfAbsent(E e) {
        if (indexOf(e) >= 0)
            return false;
        return add(e);
    }

    @Override
    public boolean containsAll(Collection<?> c) {
        Object[] es = array;
        for (Object e : c)
            if (indexOfRange(e, es, 0, es.length) < 0)
                return false;
        return true;
    }

    @Override
    public synchronized boolean removeAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(c::contains);
    }

    @Override
    public synchronized boolean retainAll(Collection<?> c) {
        Objects.requireNonNull(c);
        return removeIf(e -> !c.contains(e));
    }

    public synchronized int addAllAbsent(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        Object[] es = array;
        int len = es.length;
        int added = 0;
        Object[] n = Arrays.copyOf(es, len + cs.length);
        for (Object e : cs) {
            if (indexOfRange(e, n, 0, len + added) < 0)
                n[len + added++] = e;
        }
        if (added > 0)
            array = Arrays.copyOf(n, len + added);
        return added;
    }

    @Override
    public synchronized void clear() {
        array = new Object[0];
    }

    @Override
    public synchronized boolean addAll(Collection<? extends E> c) {
        Object[] cs = c.toArray();
        if (cs.length == 0)
            return false;
        Object[] es = array;
        Object[] n = Arrays.copyOf(es, es.length + cs.length);
        System.arraycopy(cs, 0, n, es.length, cs.length);
        array = n;
        return true;
    }

    @Override
    public synchronized boolean addAll(int index, Collection<? extends E> c) {
        Object[] cs = c.toArray();
        Object[] es = array;
        int len = es.length;
        if (index > len || index < 0)
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + len);
        if (cs.length == 0)
            return false;
        Object[] n = new Object[len + cs.length];
        System.arraycopy(es, 0, n, 0, index);
        System.arraycopy(cs, 0, n, index, cs.length);
        System.arraycopy(es, index, n, index + cs.length, len - index);
        array = n;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        for (Object x : array)
            action.accept((E) x);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized boolean removeIf(Predicate<? super E> filter) {
        Objects.requireNonNull(filter);
        Object[] es = array;
        Object[] n = new Object[es.length];
        int k = 0;
        for (Object e : es)
            if (!filter.test((E) e))
                n[k++] = e;
        if (k == es.length)
            return false;
        array = Arrays.copyOf(n, k);
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void replaceAll(UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        Object[] es = array.clone();
        for (int i = 0; i < es.length; i++)
            es[i] = operator.apply((E) es[i]);
        array = es;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void sort(Comparator<? super E> c) {
        Object[] es = array.clone();
        Arrays.sort(es, (Comparator<Object>) c);
        array = es;
    }

    @Override
    public String toString() {
        return Arrays.toString(array);
    }

    @Override
    public boolean equals(Object o) {
        if (o == this)
            return true;
        if (!(o instanceof java.util.List))
            return false;
        Iterator<?> it = ((java.util.List<?>) o).iterator();
        for (Object x : array)
            if (!it.hasNext() || !Objects.equals(x, it.next()))
                return false;
        return !it.hasNext();
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Object x : array)
            h = 31 * h + (x == null ? 0 : x.hashCode());
        return h;
    }

    @Override
    public Iterator<E> iterator() {
        return new COWIterator<E>(array, 0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return new COWIterator<E>(array, 0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        Object[] es = array;
        if (index < 0 || index > es.length)
            throw new IndexOutOfBoundsException("Index: " + index);
        return new COWIterator<E>(es, index);
    }

    static final class COWIterator<E> implements ListIterator<E> {
        private final Object[] snapshot;
        private int cursor;

        COWIterator(Object[] es, int initialCursor) {
            cursor = initialCursor;
            snapshot = es;
        }

        @Override public boolean hasNext() { return cursor < snapshot.length; }
        @Override public boolean hasPrevious() { return cursor > 0; }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (!hasNext())
                throw new NoSuchElementException();
            return (E) snapshot[cursor++];
        }

        @Override
        @SuppressWarnings("unchecked")
        public E previous() {
            if (!hasPrevious())
                throw new NoSuchElementException();
            return (E) snapshot[--cursor];
        }

        @Override public int nextIndex() { return cursor; }
        @Override public int previousIndex() { return cursor - 1; }
        @Override public void remove() { throw new UnsupportedOperationException(); }
        @Override public void set(E e) { throw new UnsupportedOperationException(); }
        @Override public void add(E e) { throw new UnsupportedOperationException(); }

        @Override
        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super E> action) {
            Objects.requireNonNull(action);
            while (cursor < snapshot.length)
                action.accept((E) snapshot[cursor++]);
        }
    }
}
