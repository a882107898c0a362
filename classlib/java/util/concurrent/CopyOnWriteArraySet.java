package java.util.concurrent;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A set over a CopyOnWriteArrayList: insertion order, snapshot iterators. */
public class CopyOnWriteArraySet<E> extends AbstractSet<E> implements java.io.Serializable {
    private static final long serialVersionUID = 5457747651344034263L;

    private final CopyOnWriteArrayList<E> al;

    public CopyOnWriteArraySet() {
        al = new CopyOnWriteArrayList<E>();
    }

    public CopyOnWriteArraySet(Collection<? extends E> c) {
        al = new CopyOnWriteArrayList<E>();
        al.addAllAbsent(c);
    }

    @Override public int size() { return al.size(); }
    @Override public boolean isEmpty() { return al.isEmpty(); }
    @Override public boolean contains(Object o) { return al.contains(o); }
    @Override public Object[] toArray() { return al.toArray(); }
    @Override public <T> T[] toArray(T[] a) { return al.toArray(a); }
    @Override public void clear() { al.clear(); }
    @Override public boolean remove(Object o) { return al.remove(o); }
    @Override public boolean add(E e) { return al.addIfAbsent(e); }
    @Override public boolean containsAll(Collection<?> c) { return al.containsAll(c); }
    @Override public boolean addAll(Collection<? extends E> c) { return al.addAllAbsent(c) > 0; }
    @Override public boolean removeAll(Collection<?> c) { return al.removeAll(c); }
    @Override public boolean retainAll(Collection<?> c) { return al.retainAll(c); }
    @Override public Iterator<E> iterator() { return al.iterator(); }
    @Override public boolean removeIf(Predicate<? super E> filter) { return al.removeIf(filter); }
    @Override public void forEach(Consumer<? super E> action) { al.forEach(action); }
    @Override public String toString() { return al.toString(); }

    @Override
    public boolean equals(Object o) {
        if (o == this)
            return true;
        if (!(o instanceof Set))
            return false;
        Set<?> s = (Set<?>) o;
        return s.size() == size() && containsAll(s);
    }
}
