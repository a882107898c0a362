package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;

/** An optionally bounded FIFO blocking queue (see MonitorQueue). */
public class LinkedBlockingQueue<E> extends MonitorQueue<E> {
    private static final long serialVersionUID = -6903933977591709194L;

    private final ArrayDeque<E> q = new ArrayDeque<>();

    public LinkedBlockingQueue() {
        this(Integer.MAX_VALUE);
    }

    public LinkedBlockingQueue(int capacity) {
        super(check(capacity));
    }

    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
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
