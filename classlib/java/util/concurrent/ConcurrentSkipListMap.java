package java.util.concurrent;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A sorted concurrent map.  Not a skip list: a TreeMap (or a view of one)
 * guarded by one monitor shared with all its views; iterators find each
 * next entry in the live map (weakly consistent, no CME).
 * Iteration order and the navigation results are those of the JDK.
 */
public class ConcurrentSkipListMap<K, V> extends AbstractMap<K, V>
        implements ConcurrentNavigableMap<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = -8627078645895051609L;

    private final NavigableMap<K, V> m;
    private final Object lock;

    public ConcurrentSkipListMap() {
        this(new TreeMap<K, V>(), null);
    }

    public ConcurrentSkipListMap(Comparator<? super K> comparator) {
        this(new TreeMap<K, V>(comparator), null);
    }

    public ConcurrentSkipListMap(Map<? extends K, ? extends V> m) {
        this(new TreeMap<K, V>(), null);
        putAll(m);
    }

    public ConcurrentSkipListMap(SortedMap<K, ? extends V> m) {
        this(new TreeMap<K, V>(m.comparator()), null);
        putAll(m);
    }

    private ConcurrentSkipListMap(NavigableMap<K, V> m, Object lock) {
        this.m = m;
        this.lock = lock == null ? this : lock;
    }

    private ConcurrentSkipListMap<K, V> view(NavigableMap<K, V> v) {
        return new ConcurrentSkipListMap<>(v, lock);
    }

    private static <T> T nn(T x) {
        if (x == null)
            throw new NullPointerException();
        return x;
    }

    @Override
    public ConcurrentSkipListMap<K, V> clone() {
        synchronized (lock) {
            ConcurrentSkipListMap<K, V> c = new ConcurrentSkipListMap<>(comparator());
            c.putAll(m);
            return c;
        }
    }

    @Override public boolean containsKey(Object key) { synchronized (lock) { return m.containsKey(nn(key)); } }
    @Override public V get(Object key) { synchronized (lock) { return m.get(nn(key)); } }
    @Override public V getOrDefault(Object key, V defaultValue) { V v = get(key); return v == null ? defaultValue : v; }
    @Override public V put(K key, V value) { synchronized (lock) { return m.put(nn(key), nn(value)); } }
    @Override public V remove(Object key) { synchronized (lock) { return m.remove(nn(key)); } }
    @Override public boolean containsValue(Object value) { synchronized (lock) { return m.containsValue(nn(value)); } }
    @Override public int size() { synchronized (lock) { return m.size(); } }
    @Override public boolean isEmpty() { synchronized (lock) { return m.isEmpty(); } }
    @Override public void clear() { synchronized (lock) { m.clear(); } }

    @Override
    public V putIfAbsent(K key, V value) {
        synchronized (lock) {
            V v = m.get(nn(key));
            if (v == null)
                m.put(key, nn(value));
            return v;
        }
    }

    @Override
    public boolean remove(Object key, Object value) {
        synchronized (lock) {
            Object v = m.get(nn(key));
            if (value == null || v == null || !v.equals(value))
                return false;
            m.remove(key);
            return true;
        }
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        synchronized (lock) {
            V v = m.get(nn(key));
            if (v == null || !v.equals(nn(oldValue)))
                return false;
            m.put(key, nn(newValue));
            return true;
        }
    }

    @Override
    public V replace(K key, V value) {
        synchronized (lock) {
            V v = m.get(nn(key));
            if (v != null)
                m.put(key, nn(value));
            return v;
        }
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        synchronized (lock) {
            V v = m.get(nn(key));
            if (v == null && (v = mappingFunction.apply(key)) != null)
                m.put(key, v);
            return v;
        }
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        synchronized (lock) {
            V v = m.get(nn(key));
            if (v == null)
                return null;
            V r = f.apply(key, v);
            if (r == null)
                m.remove(key);
            else
                m.put(key, r);
            return r;
        }
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        synchronized (lock) {
            V r = f.apply(nn(key), m.get(key));
            if (r == null)
                m.remove(key);
            else
                m.put(key, r);
            return r;
        }
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        synchronized (lock) {
            V v = m.get(nn(key));
            V r = v == null ? nn(value) : f.apply(v, value);
            if (r == null)
                m.remove(key);
            else
                m.put(key, r);
            return r;
        }
    }

    @Override public Comparator<? super K> comparator() { return m.comparator(); }

    @Override
    public K firstKey() {
        synchronized (lock) {
            return m.firstKey();
        }
    }

    @Override
    public K lastKey() {
        synchronized (lock) {
            return m.lastKey();
        }
    }

    @Override public Map.Entry<K, V> lowerEntry(K key) { synchronized (lock) { return m.lowerEntry(nn(key)); } }
    @Override public K lowerKey(K key) { synchronized (lock) { return m.lowerKey(nn(key)); } }
    @Override public Map.Entry<K, V> floorEntry(K key) { synchronized (lock) { return m.floorEntry(nn(key)); } }
    @Override public K floorKey(K key) { synchronized (lock) { return m.floorKey(nn(key)); } }
    @Override public Map.Entry<K, V> ceilingEntry(K key) { synchronized (lock) { return m.ceilingEntry(nn(key)); } }
    @Override public K ceilingKey(K key) { synchronized (lock) { return m.ceilingKey(nn(key)); } }
    @Override public Map.Entry<K, V> higherEntry(K key) { synchronized (lock) { return m.higherEntry(nn(key)); } }
    @Override public K higherKey(K key) { synchronized (lock) { return m.higherKey(nn(key)); } }
    @Override public Map.Entry<K, V> firstEntry() { synchronized (lock) { return m.firstEntry(); } }
    @Override public Map.Entry<K, V> lastEntry() { synchronized (lock) { return m.lastEntry(); } }
    @Override public Map.Entry<K, V> pollFirstEntry() { synchronized (lock) { return m.pollFirstEntry(); } }
    @Override public Map.Entry<K, V> pollLastEntry() { synchronized (lock) { return m.pollLastEntry(); } }

    @Override public ConcurrentSkipListMap<K, V> descendingMap() { return view(m.descendingMap()); }

    @Override
    public ConcurrentSkipListMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        synchronized (lock) {
            return view(m.subMap(nn(fromKey), fromInclusive, nn(toKey), toInclusive));
        }
    }

    @Override
    public ConcurrentSkipListMap<K, V> headMap(K toKey, boolean inclusive) {
        synchronized (lock) {
            return view(m.headMap(nn(toKey), inclusive));
        }
    }

    @Override
    public ConcurrentSkipListMap<K, V> tailMap(K fromKey, boolean inclusive) {
        synchronized (lock) {
            return view(m.tailMap(nn(fromKey), inclusive));
        }
    }

    @Override public ConcurrentSkipListMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }
    @Override public ConcurrentSkipListMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
    @Override public ConcurrentSkipListMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }

    // ---- views over snapshots ----

    /**
     * A live, weakly consistent iterator: the entry after the one returned
     * is looked up when that one is returned (as the JDK's iterators do),
     * so it sees later insertions further on and no CME.
     */
    private abstract class SnapIterator<T> implements Iterator<T> {
        Map.Entry<K, V> next;
        Map.Entry<K, V> last;

        SnapIterator() {
            synchronized (lock) {
                next = m.firstEntry();
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        Map.Entry<K, V> nextEntry() {
            Map.Entry<K, V> e = next;
            if (e == null)
                throw new NoSuchElementException();
            synchronized (lock) {
                next = m.higherEntry(e.getKey());
            }
            return last = e;
        }

        @Override
        public void remove() {
            if (last == null)
                throw new IllegalStateException();
            ConcurrentSkipListMap.this.remove(last.getKey());
            last = null;
        }
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new SnapIterator<Map.Entry<K, V>>() {
                    public Map.Entry<K, V> next() {
                        return nextEntry();
                    }
                };
            }

            @Override public int size() { return ConcurrentSkipListMap.this.size(); }
            @Override public void clear() { ConcurrentSkipListMap.this.clear(); }

            @Override
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry))
                    return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                V v = get(e.getKey());
                return v != null && v.equals(e.getValue());
            }

            @Override
            public boolean remove(Object o) {
                if (!(o instanceof Map.Entry))
                    return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                return ConcurrentSkipListMap.this.remove(e.getKey(), e.getValue());
            }
        };
    }

    @Override
    public Collection<V> values() {
        return new java.util.AbstractCollection<V>() {
            @Override
            public Iterator<V> iterator() {
                return new SnapIterator<V>() {
                    public V next() {
                        return nextEntry().getValue();
                    }
                };
            }

            @Override public int size() { return ConcurrentSkipListMap.this.size(); }
            @Override public void clear() { ConcurrentSkipListMap.this.clear(); }
            @Override public boolean contains(Object o) { return containsValue(o); }
        };
    }

    @Override
    public NavigableSet<K> keySet() {
        return new KeySet<>(this);
    }

    @Override
    public NavigableSet<K> navigableKeySet() {
        return new KeySet<>(this);
    }

    @Override
    public NavigableSet<K> descendingKeySet() {
        return new KeySet<>(descendingMap());
    }

    public KeySetIterator keyIterator() {
        return new KeySetIterator();
    }

    final class KeySetIterator extends SnapIterator<K> {
        @Override
        public K next() {
            return nextEntry().getKey();
        }
    }

    /** The keys of a ConcurrentSkipListMap, as a NavigableSet. */
    static final class KeySet<K> extends AbstractSet<K> implements NavigableSet<K> {
        final ConcurrentSkipListMap<K, ?> m;

        KeySet(ConcurrentSkipListMap<K, ?> m) {
            this.m = m;
        }

        @SuppressWarnings({ "unchecked", "rawtypes" })
        private ConcurrentSkipListMap<K, Object> map() {
            return (ConcurrentSkipListMap) m;
        }

        @Override public int size() { return m.size(); }
        @Override public boolean isEmpty() { return m.isEmpty(); }
        @Override public boolean contains(Object o) { return m.containsKey(o); }
        @Override public boolean remove(Object o) { return m.remove(o) != null; }
        @Override public void clear() { m.clear(); }
        @Override public K lower(K e) { return m.lowerKey(e); }
        @Override public K floor(K e) { return m.floorKey(e); }
        @Override public K ceiling(K e) { return m.ceilingKey(e); }
        @Override public K higher(K e) { return m.higherKey(e); }
        @Override public Comparator<? super K> comparator() { return m.comparator(); }
        @Override public K first() { return m.firstKey(); }
        @Override public K last() { return m.lastKey(); }

        @Override
        public K pollFirst() {
            Map.Entry<K, ?> e = m.pollFirstEntry();
            return (e == null) ? null : e.getKey();
        }

        @Override
        public K pollLast() {
            Map.Entry<K, ?> e = m.pollLastEntry();
            return (e == null) ? null : e.getKey();
        }

        @Override
        public Iterator<K> iterator() {
            return map().keyIterator();
        }

        @Override public NavigableSet<K> descendingSet() { return new KeySet<>(m.descendingMap()); }
        @Override public Iterator<K> descendingIterator() { return descendingSet().iterator(); }

        @Override
        public NavigableSet<K> subSet(K fromElement, boolean fromInclusive, K toElement, boolean toInclusive) {
            return new KeySet<>(m.subMap(fromElement, fromInclusive, toElement, toInclusive));
        }

        @Override public NavigableSet<K> headSet(K toElement, boolean inclusive) { return new KeySet<>(m.headMap(toElement, inclusive)); }
        @Override public NavigableSet<K> tailSet(K fromElement, boolean inclusive) { return new KeySet<>(m.tailMap(fromElement, inclusive)); }
        @Override public NavigableSet<K> subSet(K fromElement, K toElement) { return subSet(fromElement, true, toElement, false); }
        @Override public NavigableSet<K> headSet(K toElement) { return headSet(toElement, false); }
        @Override public NavigableSet<K> tailSet(K fromElement) { return tailSet(fromElement, true); }
    }
}
