package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;

/** A bounded FIFO blocking queue (see MonitorQueue). */
public class ArrayBlockingQueue<E> extends MonitorQueue<E> {
    private static final long serialVersionUID = -817911632652898426L;

    private final ArrayDeque<E> q;
    private final boolean fair;

    public ArrayBlockingQueue(int capacity) {
        this(capacity, false);
    }

    public ArrayBlockingQueue(int capacity, boolean fair) {
        super(check(capacity));
        this.q = new ArrayDeque<>(capacity);
        this.fair = fair;
    }

    public ArrayBlockingQueue(int capacity, boolean fair, Collection<? extends E> c) {
        this(capacity, fair);
        for (E e : c)
            add(e);
    }

    private static int check(int capacity) {
        if (capacity <= 0)
            throw new IllegalArgumentException();
        return capacity;
    }

    @Override int count() { return q.size(); }
    @Override void insert(E e) { q.addLast(e); }
    @Override E extract() { return q.pollFirst(); }
    @Override E first() { return q.peekFirst(); }
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
