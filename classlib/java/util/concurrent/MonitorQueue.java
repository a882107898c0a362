package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

/**
 * The blocking queues of this package over a plain queue: every operation
 * holds this object's monitor, and takers and putters wait on it.
 * Iterators work on a snapshot (weakly consistent, never CME); remove
 * through them removes that element from the queue.
 */
abstract class MonitorQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The capacity; Integer.MAX_VALUE for unbounded queues. */
    final int capacity;

    MonitorQueue(int capacity) {
        this.capacity = capacity;
    }

    abstract int count();

    abstract void insert(E e);

    abstract E extract();

    abstract E first();

    abstract boolean removeElement(Object o);

    abstract Object[] snapshot();

    abstract void clearAll();

    static long deadline(long timeout, TimeUnit unit) {
        return System.nanoTime() + unit.toNanos(timeout);
    }

    /** Waits on this until notified or the deadline; false once it has passed. */
    final boolean waitUntil(long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0)
            return false;
        wait(left / 1000000, (int) (left % 1000000));
        return true;
    }

    @Override
    public synchronized boolean offer(E e) {
        Objects.requireNonNull(e);
        if (count() >= capacity)
            return false;
        insert(e);
        notifyAll();
        return true;
    }

    @Override
    public synchronized void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted())
            throw new InterruptedException();
        while (count() >= capacity)
            wait();
        insert(e);
        notifyAll();
    }

    @Override
    public synchronized boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted())
            throw new InterruptedException();
        long deadline = deadline(timeout, unit);
        while (count() >= capacity)
            if (!waitUntil(deadline))
                return false;
        insert(e);
        notifyAll();
        return true;
    }

    @Override
    public synchronized E take() throws InterruptedException {
        if (Thread.interrupted())
            throw new InterruptedException();
        while (count() == 0)
            wait();
        E e = extract();
        notifyAll();
        return e;
    }

    @Override
    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted())
            throw new InterruptedException();
        long deadline = deadline(timeout, unit);
        while (count() == 0)
            if (!waitUntil(deadline))
                return null;
        E e = extract();
        notifyAll();
        return e;
    }

    @Override
    public synchronized E poll() {
        if (count() == 0)
            return null;
        E e = extract();
        notifyAll();
        return e;
    }

    @Override
    public synchronized E peek() {
        return count() == 0 ? null : first();
    }

    @Override
    public synchronized int size() {
        return count();
    }

    @Override
    public synchronized int remainingCapacity() {
        return capacity == Integer.MAX_VALUE ? Integer.MAX_VALUE : capacity - count();
    }

    @Override
    public synchronized boolean remove(Object o) {
        if (o == null || !removeElement(o))
            return false;
        notifyAll();
        return true;
    }

    @Override
    public synchronized boolean contains(Object o) {
        if (o == null)
            return false;
        for (Object x : snapshot())
            if (o.equals(x))
                return true;
        return false;
    }

    @Override
    public synchronized void clear() {
        clearAll();
        notifyAll();
    }

    @Override
    public synchronized Object[] toArray() {
        return snapshot();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T[] toArray(T[] a) {
        Object[] s = snapshot();
        if (a.length < s.length)
            a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), s.length);
        System.arraycopy(s, 0, a, 0, s.length);
        if (a.length > s.length)
            a[s.length] = null;
        return a;
    }

    @Override
    public synchronized String toString() {
        return super.toString();
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public synchronized int drainTo(Collection<? super E> c, int maxElements) {
        Objects.requireNonNull(c);
        if (c == this)
            throw new IllegalArgumentException();
        int n = 0;
        while (n < maxElements && count() > 0) {
            c.add(extract());
            n++;
        }
        if (n > 0)
            notifyAll();
        return n;
    }

    @Override
    public Iterator<E> iterator() {
        Object[] s;
        synchronized (this) {
            s = snapshot();
        }
        return new Iterator<E>() {
            int i;
            int last = -1;

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
                Object x = s[last];
                last = -1;
                synchronized (MonitorQueue.this) {
                    if (removeElement(new Identity(x)))
                        MonitorQueue.this.notifyAll();
                }
            }
        };
    }

    /** Matches exactly one object by identity in removeElement. */
    static final class Identity {
        final Object o;

        Identity(Object o) {
            this.o = o;
        }

        boolean matches(Object x) {
            return x == o;
        }
    }

    static boolean same(Object key, Object x) {
        return key instanceof Identity ? ((Identity) key).matches(x) : key.equals(x);
    }

}
