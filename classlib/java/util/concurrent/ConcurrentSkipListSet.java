package java.util.concurrent;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.SortedSet;

/** A sorted concurrent set: the keys of a ConcurrentSkipListMap. */
public class ConcurrentSkipListSet<E> extends AbstractSet<E> implements NavigableSet<E>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = -2479143111061671589L;

    private final ConcurrentSkipListMap<E, Object> m;

    public ConcurrentSkipListSet() {
        m = new ConcurrentSkipListMap<>();
    }

    public ConcurrentSkipListSet(Comparator<? super E> comparator) {
        m = new ConcurrentSkipListMap<>(comparator);
    }

    public ConcurrentSkipListSet(Collection<? extends E> c) {
        m = new ConcurrentSkipListMap<>();
        addAll(c);
    }

    public ConcurrentSkipListSet(SortedSet<E> s) {
        m = new ConcurrentSkipListMap<>(s.comparator());
        addAll(s);
    }

    private ConcurrentSkipListSet(ConcurrentSkipListMap<E, Object> m) {
        this.m = m;
    }

    @Override
    public ConcurrentSkipListSet<E> clone() {
        return new ConcurrentSkipListSet<>(m.clone());
    }

    @Override public int size() { return m.size(); }
    @Override public boolean isEmpty() { return m.isEmpty(); }
    @Override public boolean contains(Object o) { return m.containsKey(o); }
    @Override public boolean add(E e) { return m.putIfAbsent(e, Boolean.TRUE) == null; }
    @Override public boolean remove(Object o) { return m.remove(o, Boolean.TRUE); }
    @Override public void clear() { m.clear(); }
    @Override public Iterator<E> iterator() { return m.navigableKeySet().iterator(); }
    @Override public Iterator<E> descendingIterator() { return m.descendingKeySet().iterator(); }
    @Override public E lower(E e) { return m.lowerKey(e); }
    @Override public E floor(E e) { return m.floorKey(e); }
    @Override public E ceiling(E e) { return m.ceilingKey(e); }
    @Override public E higher(E e) { return m.higherKey(e); }
    @Override public E pollFirst() { return m.navigableKeySet().pollFirst(); }
    @Override public E pollLast() { return m.navigableKeySet().pollLast(); }
    @Override public Comparator<? super E> comparator() { return m.comparator(); }
    @Override public E first() { return m.firstKey(); }
    @Override public E last() { return m.lastKey(); }

    @Override
    public NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive) {
        return new ConcurrentSkipListSet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
    }

    @Override public NavigableSet<E> headSet(E toElement, boolean inclusive) { return new ConcurrentSkipListSet<>(m.headMap(toElement, inclusive)); }
    @Override public NavigableSet<E> tailSet(E fromElement, boolean inclusive) { return new ConcurrentSkipListSet<>(m.tailMap(fromElement, inclusive)); }
    @Override public NavigableSet<E> subSet(E fromElement, E toElement) { return subSet(fromElement, true, toElement, false); }
    @Override public NavigableSet<E> headSet(E toElement) { return headSet(toElement, false); }
    @Override public NavigableSet<E> tailSet(E fromElement) { return tailSet(fromElement, true); }
    @Override public NavigableSet<E> descendingSet() { return new ConcurrentSkipListSet<>(m.descendingMap()); }
}
