package java.util.concurrent;

import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;

/** An unbounded blocking priority queue over java.util.PriorityQueue (see MonitorQueue). */
public class PriorityBlockingQueue<E> extends MonitorQueue<E> {
    private static final long serialVersionUID = 5595510919245408276L;

    private final PriorityQueue<E> q;

    public PriorityBlockingQueue() {
        this(11, null);
    }

    public PriorityBlockingQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    public PriorityBlockingQueue(int initialCapacity, Comparator<? super E> comparator) {
        super(Integer.MAX_VALUE);
        if (initialCapacity < 1)
            throw new IllegalArgumentException();
        q = new PriorityQueue<>(initialCapacity, comparator);
    }

    public PriorityBlockingQueue(Collection<? extends E> c) {
        super(Integer.MAX_VALUE);
        q = new PriorityQueue<>(c);
    }

    public Comparator<? super E> comparator() {
        return q.comparator();
    }

    @Override int count() { return q.size(); }
    @Override void insert(E e) { q.offer(e); }
    @Override E extract() { return q.poll(); }
    @Override E first() { return q.peek(); }
    @Override Object[] snapshot() { return q.toArray(); }
    @Override void clearAll() { q.clear(); }

    @Override
    boolean removeElement(Object o) {
        for (Iterator<E> it = q.iterator(); it.hasNext();) {
            if (same(o, it.next())) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
