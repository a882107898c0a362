package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;

/**
 * A queue with no capacity: an element passes only from a putter to a
 * taker that meet.  Offered elements wait in `handed` until taken; offer()
 * succeeds only when more takers wait than elements are in hand.
 */
public class SynchronousQueue<E> extends AbstractQueue<E> implements BlockingQueue<E>, java.io.Serializable {
    private static final long serialVersionUID = -3223113410248163686L;

    private static final class Slot<E> {
        final E item;
        boolean taken;

        Slot(E item) {
            this.item = item;
        }
    }

    private final ArrayDeque<Slot<E>> handed = new ArrayDeque<>();
    private int takers;

    public SynchronousQueue() {
    }

    public SynchronousQueue(boolean fair) {
    }

    private E takeSlot() {
        Slot<E> s = handed.poll();
        s.taken = true;
        notifyAll();
        return s.item;
    }

    @Override
    public synchronized boolean offer(E e) {
        Objects.requireNonNull(e);
        if (takers <= handed.size())
            return false;
        handed.add(new Slot<>(e));
        notifyAll();
        return true;
    }

    @Override
    public synchronized void put(E e) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted())
            throw new InterruptedException();
        Slot<E> s = new Slot<>(e);
        handed.add(s);
        notifyAll();
        try {
            while (!s.taken)
                wait();
        } catch (InterruptedException ie) {
            if (!s.taken) {
                handed.remove(s);
                throw ie;
            }
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(e);
        if (Thread.interrupted())
            throw new InterruptedException();
        Slot<E> s = new Slot<>(e);
        handed.add(s);
        notifyAll();
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!s.taken) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                handed.remove(s);
                return false;
            }
            wait(left / 1000000, (int) (left % 1000000));
        }
        return true;
    }

    @Override
    public synchronized E take() throws InterruptedException {
        if (Thread.interrupted())
            throw new InterruptedException();
        takers++;
        try {
            while (handed.isEmpty())
                wait();
            return takeSlot();
        } finally {
            takers--;
        }
    }

    @Override
    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted())
            throw new InterruptedException();
        takers++;
        try {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (handed.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0)
                    return null;
                wait(left / 1000000, (int) (left % 1000000));
            }
            return takeSlot();
        } finally {
            takers--;
        }
    }

    @Override
    public synchronized E poll() {
        return handed.isEmpty() ? null : takeSlot();
    }

    @Override
    public E peek() {
        return null;
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public boolean isEmpty() {
        return true;
    }

    @Override
    public int remainingCapacity() {
        return 0;
    }

    @Override
    public boolean contains(Object o) {
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return false;
    }

    @Override
    public void clear() {
    }

    @Override
    public Iterator<E> iterator() {
        return Collections.emptyIterator();
    }

    @Override
    public Object[] toArray() {
        return new Object[0];
    }

    @Override
    public <T> T[] toArray(T[] a) {
        if (a.length > 0)
            a[0] = null;
        return a;
    }

    @Override
    public String toString() {
        return "[]";
    }

    @Override
    public int drainTo(Collection<? super E> c) {
        return drainTo(c, Integer.MAX_VALUE);
    }

    @Override
    public synchronized int drainTo(Collection<? super E> c, int maxElements) {
        int n = 0;
        while (n < maxElements && !handed.isEmpty()) {
            c.add(takeSlot());
            n++;
        }
        return n;
    }
}
