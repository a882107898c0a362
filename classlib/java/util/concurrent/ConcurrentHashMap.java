package java.util.concurrent;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.DoubleBinaryOperator;

/**
 * A hash map for concurrent use, with the JDK's iteration order: its
 * spreading, table sizing (the int constructor sizes for capacity/0.75),
 * resize once the count reaches 0.75 of the table, appends to a bin on
 * put, compute and merge alike, and on resize the JDK's split, which keeps
 * the bin's tail run (lastRun) and puts the nodes before it in front of
 * it in reverse order.  A bin of 8+ nodes in a table of 64+ becomes a
 * "tree bin" (insertions go to its front), and one in a smaller table
 * makes the table grow, as the JDK's tryPresize does.
 *
 * Every operation holds this map's monitor (green threads never run in
 * parallel); iterators walk the table they started on, so they are
 * weakly consistent and never throw ConcurrentModificationException.
 */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, java.io.Serializable {
    private static final long serialVersionUID = 7249069246763182397L;

    private static final int MAXIMUM_CAPACITY = 1 << 30;
    private static final int DEFAULT_CAPACITY = 16;
    private static final float LOAD_FACTOR = 0.75f;
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int UNTREEIFY_THRESHOLD = 6;
    private static final int MIN_TREEIFY_CAPACITY = 64;
    private static final int HASH_BITS = 0x7fffffff;

    static final class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        volatile V val;
        volatile Node<K, V> next;

        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }

        @Override public final K getKey() { return key; }
        @Override public final V getValue() { return val; }
        @Override public final int hashCode() { return key.hashCode() ^ val.hashCode(); }
        @Override public final String toString() { return key + "=" + val; }

        @Override
        public final V setValue(V value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public final boolean equals(Object o) {
            Object k, v, u;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key))
                    && (v == (u = val) || v.equals(u)));
        }
    }

    private Node<K, V>[] table;
    private boolean[] treeBin;      // treeBin[i]: bin i is a tree bin
    private int sizeCtl;            // before the table exists: its size; then the resize threshold
    private long count;

    private transient KeySetView<K, V> keySet;
    private transient ValuesView<K, V> values;
    private transient EntrySetView<K, V> entrySet;

    static int spread(int h) {
        return (h ^ (h >>> 16)) & HASH_BITS;
    }

    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    public ConcurrentHashMap() {
    }

    public ConcurrentHashMap(int initialCapacity) {
        this(initialCapacity, LOAD_FACTOR, 1);
    }

    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        this.sizeCtl = DEFAULT_CAPACITY;
        putAll(m);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor) {
        this(initialCapacity, loadFactor, 1);
    }

    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0)
            throw new IllegalArgumentException();
        if (initialCapacity < concurrencyLevel)
            initialCapacity = concurrencyLevel;
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        this.sizeCtl = (size >= (long) MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }

    // ---- table ----

    @SuppressWarnings("unchecked")
    private void newTable(int n) {
        table = (Node<K, V>[]) new Node<?, ?>[n];
        treeBin = new boolean[n];
        sizeCtl = n - (n >>> 2);
    }

    private Node<K, V>[] initTable() {
        if (table == null)
            newTable(sizeCtl > 0 ? sizeCtl : DEFAULT_CAPACITY);
        return table;
    }

    /** Doubles the table, splitting each bin as the JDK's transfer does. */
    @SuppressWarnings("unchecked")
    private void transfer() {
        Node<K, V>[] tab = table;
        boolean[] trees = treeBin;
        int n = tab.length;
        Node<K, V>[] nt = (Node<K, V>[]) new Node<?, ?>[n << 1];
        boolean[] ntrees = new boolean[n << 1];
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null)
                continue;
            Node<K, V> ln, hn;
            if (!trees[i]) {
                int runBit = f.hash & n;
                Node<K, V> lastRun = f;
                for (Node<K, V> p = f.next; p != null; p = p.next) {
                    int b = p.hash & n;
                    if (b != runBit) {
                        runBit = b;
                        lastRun = p;
                    }
                }
                if (runBit == 0) {
                    ln = lastRun;
                    hn = null;
                } else {
                    hn = lastRun;
                    ln = null;
                }
                for (Node<K, V> p = f; p != lastRun; p = p.next) {
                    if ((p.hash & n) == 0)
                        ln = new Node<>(p.hash, p.key, p.val, ln);
                    else
                        hn = new Node<>(p.hash, p.key, p.val, hn);
                }
            } else {
                Node<K, V> lo = null, loTail = null, hi = null, hiTail = null;
                int lc = 0, hc = 0;
                for (Node<K, V> e = f; e != null; e = e.next) {
                    Node<K, V> p = new Node<>(e.hash, e.key, e.val, null);
                    if ((e.hash & n) == 0) {
                        if (loTail == null) lo = p; else loTail.next = p;
                        loTail = p;
                        ++lc;
                    } else {
                        if (hiTail == null) hi = p; else hiTail.next = p;
                        hiTail = p;
                        ++hc;
                    }
                }
                ln = lo;
                hn = hi;
                ntrees[i] = lc > UNTREEIFY_THRESHOLD;
                ntrees[i + n] = hc > UNTREEIFY_THRESHOLD;
            }
            nt[i] = ln;
            nt[i + n] = hn;
        }
        table = nt;
        treeBin = ntrees;
        sizeCtl = (n << 1) - (n >>> 1);
    }

    /** Grows the table to hold size elements (the JDK's tryPresize). */
    private void tryPresize(int size) {
        int c = (size >= (MAXIMUM_CAPACITY >>> 1)) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        for (;;) {
            int sc = sizeCtl;
            if (table == null) {
                int n = (sc > c) ? sc : c;
                newTable(n);
                continue;
            }
            if (c <= sc || table.length >= MAXIMUM_CAPACITY)
                break;
            transfer();
        }
    }

    private void treeifyBin(int index) {
        if (table.length < MIN_TREEIFY_CAPACITY)
            tryPresize(table.length << 1);
        else
            treeBin[index] = true;
    }

    private void addCount(long x, int check) {
        count += x;
        if (check < 0)
            return;
        while (count >= sizeCtl && table != null && table.length < MAXIMUM_CAPACITY)
            transfer();
    }

    private Node<K, V> findNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null)
            return null;
        int h = spread(key.hashCode());
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            Object k;
            if (e.hash == h && ((k = e.key) == key || key.equals(k)))
                return e;
        }
        return null;
    }

    /** Adds a new node to bin i: at the end of a list, at the front of a tree bin. */
    private void link(int i, Node<K, V> pred, int h, K key, V value) {
        if (treeBin[i])
            table[i] = new Node<>(h, key, value, table[i]);
        else if (pred == null)
            table[i] = new Node<>(h, key, value, null);
        else
            pred.next = new Node<>(h, key, value, null);
    }

    /** put, putIfAbsent and their kin; the old value or null. */
    private synchronized V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null)
            throw new NullPointerException();
        int h = spread(key.hashCode());
        Node<K, V>[] tab = initTable();
        int i = (tab.length - 1) & h;
        Node<K, V> f = tab[i];
        if (f == null) {
            tab[i] = new Node<>(h, key, value, null);
            addCount(1L, 0);
            return null;
        }
        V oldVal = null;
        int binCount;
        if (treeBin[i]) {
            binCount = 2;
            Node<K, V> p = find(f, h, key);
            if (p != null) {
                oldVal = p.val;
                if (!onlyIfAbsent)
                    p.val = value;
            } else {
                link(i, null, h, key, value);
            }
        } else {
            binCount = 1;
            for (Node<K, V> e = f;; ++binCount) {
                K ek;
                if (e.hash == h && ((ek = e.key) == key || key.equals(ek))) {
                    oldVal = e.val;
                    if (!onlyIfAbsent)
                        e.val = value;
                    break;
                }
                Node<K, V> pred = e;
                if ((e = e.next) == null) {
                    pred.next = new Node<>(h, key, value, null);
                    break;
                }
            }
        }
        if (binCount >= TREEIFY_THRESHOLD)
            treeifyBin(i);
        if (oldVal != null)
            return oldVal;
        addCount(1L, binCount);
        return null;
    }

    private static <K, V> Node<K, V> find(Node<K, V> f, int h, Object key) {
        for (Node<K, V> e = f; e != null; e = e.next) {
            Object k;
            if (e.hash == h && ((k = e.key) == key || key.equals(k)))
                return e;
        }
        return null;
    }

    /**
     * Replaces the value of key with value if cv is null or equals the
     * current value; value null removes.  The old value or null.
     */
    private synchronized V replaceNode(Object key, V value, Object cv) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        if (tab == null)
            return null;
        int i = (tab.length - 1) & h;
        Node<K, V> pred = null;
        for (Node<K, V> e = tab[i]; e != null; pred = e, e = e.next) {
            K ek;
            if (e.hash == h && ((ek = e.key) == key || key.equals(ek))) {
                V ev = e.val;
                if (cv != null && cv != ev && !cv.equals(ev))
                    return null;
                if (value != null) {
                    e.val = value;
                } else {
                    if (pred != null)
                        pred.next = e.next;
                    else
                        tab[i] = e.next;
                    if (treeBin[i] && binSize(tab[i]) <= UNTREEIFY_THRESHOLD)
                        treeBin[i] = false;
                    addCount(-1L, -1);
                }
                return ev;
            }
        }
        return null;
    }

    private static int binSize(Node<?, ?> f) {
        int n = 0;
        for (; f != null; f = f.next)
            n++;
        return n;
    }

    // ---- Map ----

    @Override
    public synchronized int size() {
        return count < 0L ? 0 : count > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) count;
    }

    public synchronized long mappingCount() {
        return Math.max(count, 0L);
    }

    @Override
    public synchronized boolean isEmpty() {
        return count <= 0L;
    }

    @Override
    public synchronized V get(Object key) {
        Node<K, V> e = findNode(key);
        return e == null ? null : e.val;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public boolean containsValue(Object value) {
        if (value == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            V v = it.nextNode().val;
            if (v == value || (v != null && value.equals(v)))
                return true;
        }
        return false;
    }

    public boolean contains(Object value) {
        return containsValue(value);
    }

    @Override
    public V put(K key, V value) {
        return putVal(key, value, false);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        synchronized (this) {
            tryPresize(m.size());
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet())
            putVal(e.getKey(), e.getValue(), false);
    }

    @Override
    public V remove(Object key) {
        return replaceNode(key, null, null);
    }

    @Override
    public synchronized void clear() {
        if (table != null) {
            for (int i = 0; i < table.length; i++) {
                table[i] = null;
                treeBin[i] = false;
            }
        }
        count = 0;
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(key, value, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        if (key == null)
            throw new NullPointerException();
        return value != null && replaceNode(key, null, value) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null)
            throw new NullPointerException();
        return replaceNode(key, newValue, oldValue) != null;
    }

    @Override
    public V replace(K key, V value) {
        if (key == null || value == null)
            throw new NullPointerException();
        return replaceNode(key, value, null);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v;
        return (v = get(key)) == null ? defaultValue : v;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            Node<K, V> p = it.nextNode();
            action.accept(p.key, p.val);
        }
    }

    @Override
    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            Node<K, V> p = it.nextNode();
            V v = function.apply(p.key, p.val);
            if (v == null)
                throw new NullPointerException();
            p.val = v;
        }
    }

    /**
     * computeIfAbsent, computeIfPresent, compute and merge: finds key's
     * node, asks `remap` for the new value (null removes), and links a new
     * node where the JDK would.
     */
    private interface Remap<K, V> {
        /** The new value given the old one (null if absent). */
        V apply(K key, V old);
    }

    private synchronized V doCompute(K key, Remap<K, V> remap, boolean onlyIfAbsent, boolean onlyIfPresent) {
        if (key == null)
            throw new NullPointerException();
        int h = spread(key.hashCode());
        Node<K, V>[] tab = initTable();
        int i = (tab.length - 1) & h;
        Node<K, V> pred = null;
        int binCount = 0;
        for (Node<K, V> e = tab[i]; e != null; pred = e, e = e.next) {
            ++binCount;
            K ek;
            if (e.hash == h && ((ek = e.key) == key || key.equals(ek))) {
                if (onlyIfAbsent)
                    return e.val;
                V v = remap.apply(key, e.val);
                if (v != null) {
                    e.val = v;
                } else {
                    if (pred != null)
                        pred.next = e.next;
                    else
                        tab[i] = e.next;
                    addCount(-1L, -1);
                }
                return v;
            }
        }
        if (onlyIfPresent)
            return null;
        V v = remap.apply(key, null);
        if (v == null)
            return null;
        if (table != tab) {
            // The function resized the table (by a nested update): start over.
            return doCompute(key, (k, old) -> old == null ? v : remap.apply(k, old), onlyIfAbsent, onlyIfPresent);
        }
        boolean tree = treeBin[i];
        link(i, pred, h, key, v);
        if (tree)
            binCount = 2;
        if (binCount >= TREEIFY_THRESHOLD)
            treeifyBin(i);
        addCount(1L, binCount);
        return v;
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (mappingFunction == null)
            throw new NullPointerException();
        return doCompute(key, (k, old) -> mappingFunction.apply(k), true, false);
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null)
            throw new NullPointerException();
        return doCompute(key, (k, old) -> remappingFunction.apply(k, old), false, true);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (remappingFunction == null)
            throw new NullPointerException();
        return doCompute(key, (k, old) -> remappingFunction.apply(k, old), false, false);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null)
            throw new NullPointerException();
        return doCompute(key, (k, old) -> old == null ? value : remappingFunction.apply(old, value), false, false);
    }

    // ---- views ----

    @Override
    public KeySetView<K, V> keySet() {
        KeySetView<K, V> ks = keySet;
        return ks != null ? ks : (keySet = new KeySetView<K, V>(this, null));
    }

    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null)
            throw new NullPointerException();
        return new KeySetView<K, V>(this, mappedValue);
    }

    public static <K> KeySetView<K, Boolean> newKeySet() {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE);
    }

    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<K, Boolean>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }

    @Override
    public Collection<V> values() {
        ValuesView<K, V> vs = values;
        return vs != null ? vs : (values = new ValuesView<K, V>(this));
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        EntrySetView<K, V> es = entrySet;
        return es != null ? es : (entrySet = new EntrySetView<K, V>(this));
    }

    public Enumeration<K> keys() {
        Iterator<K> it = keySet().iterator();
        return new Enumeration<K>() {
            public boolean hasMoreElements() { return it.hasNext(); }
            public K nextElement() { return it.next(); }
        };
    }

    public Enumeration<V> elements() {
        Iterator<V> it = values().iterator();
        return new Enumeration<V>() {
            public boolean hasMoreElements() { return it.hasNext(); }
            public V nextElement() { return it.next(); }
        };
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            Node<K, V> p = it.nextNode();
            h += p.key.hashCode() ^ p.val.hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        Traverser<K, V> it = new Traverser<>(this);
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        boolean first = true;
        while (it.hasNext()) {
            Node<K, V> p = it.nextNode();
            if (!first)
                sb.append(',').append(' ');
            first = false;
            K k = p.key;
            V v = p.val;
            sb.append(k == this ? "(this Map)" : k);
            sb.append('=');
            sb.append(v == this ? "(this Map)" : v);
        }
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        if (o == this)
            return true;
        if (!(o instanceof Map))
            return false;
        Map<?, ?> m = (Map<?, ?>) o;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            Node<K, V> p = it.nextNode();
            Object v = m.get(p.key);
            if (v == null || (v != p.val && !v.equals(p.val)))
                return false;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object mk, mv, v;
            if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null
                    || (mv != v && !mv.equals(v)))
                return false;
        }
        return true;
    }

    /** Walks the nodes of the table as it was when the walk started. */
    static final class Traverser<K, V> {
        private final Node<K, V>[] tab;
        private int index;
        private Node<K, V> next;

        Traverser(ConcurrentHashMap<K, V> map) {
            synchronized (map) {
                tab = map.table;
            }
            advance();
        }

        private void advance() {
            if (next != null)
                next = next.next;
            while (next == null && tab != null && index < tab.length)
                next = tab[index++];
        }

        boolean hasNext() {
            return next != null;
        }

        Node<K, V> nextNode() {
            Node<K, V> p = next;
            if (p == null)
                throw new NoSuchElementException();
            advance();
            return p;
        }
    }

    abstract static class BaseIterator<K, V, E> implements Iterator<E> {
        final ConcurrentHashMap<K, V> map;
        final Traverser<K, V> t;
        Node<K, V> last;

        BaseIterator(ConcurrentHashMap<K, V> map) {
            this.map = map;
            this.t = new Traverser<>(map);
        }

        @Override
        public final boolean hasNext() {
            return t.hasNext();
        }

        public final boolean hasMoreElements() {
            return t.hasNext();
        }

        final Node<K, V> nextNode() {
            return last = t.nextNode();
        }

        @Override
        public final void remove() {
            Node<K, V> p = last;
            if (p == null)
                throw new IllegalStateException();
            last = null;
            map.replaceNode(p.key, null, null);
        }
    }

    /** An entry of an entry-set iterator: setValue writes through to the map. */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        final K key;
        V val;
        final ConcurrentHashMap<K, V> map;

        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }

        @Override public K getKey() { return key; }
        @Override public V getValue() { return val; }
        @Override public int hashCode() { return key.hashCode() ^ val.hashCode(); }
        @Override public String toString() { return key + "=" + val; }

        @Override
        public boolean equals(Object o) {
            Object k, v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && (k == key || k.equals(key)) && (v == val || v.equals(val)));
        }

        @Override
        public V setValue(V value) {
            if (value == null)
                throw new NullPointerException();
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    abstract static class CollectionView<K, V, E> implements Collection<E>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;
        final ConcurrentHashMap<K, V> map;

        CollectionView(ConcurrentHashMap<K, V> map) {
            this.map = map;
        }

        public ConcurrentHashMap<K, V> getMap() {
            return map;
        }

        @Override public final void clear() { map.clear(); }
        @Override public final int size() { return map.size(); }
        @Override public final boolean isEmpty() { return map.isEmpty(); }

        @Override
        public final Object[] toArray() {
            java.util.ArrayList<E> list = new java.util.ArrayList<>();
            for (E e : this)
                list.add(e);
            return list.toArray();
        }

        @Override
        public final <T> T[] toArray(T[] a) {
            java.util.ArrayList<E> list = new java.util.ArrayList<>();
            for (E e : this)
                list.add(e);
            return list.toArray(a);
        }

        @Override
        public final String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append('[');
            Iterator<E> it = iterator();
            if (it.hasNext()) {
                for (;;) {
                    Object e = it.next();
                    sb.append(e == this ? "(this Collection)" : e);
                    if (!it.hasNext())
                        break;
                    sb.append(',').append(' ');
                }
            }
            return sb.append(']').toString();
        }

        @Override
        public final boolean containsAll(Collection<?> c) {
            if (c != this) {
                for (Object e : c)
                    if (e == null || !contains(e))
                        return false;
            }
            return true;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            if (c == null)
                throw new NullPointerException();
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }

        @Override
        public final boolean retainAll(Collection<?> c) {
            if (c == null)
                throw new NullPointerException();
            boolean modified = false;
            for (Iterator<E> it = iterator(); it.hasNext();) {
                if (!c.contains(it.next())) {
                    it.remove();
                    modified = true;
                }
            }
            return modified;
        }
    }

    public static class KeySetView<K, V> extends CollectionView<K, V, K> implements Set<K>, java.io.Serializable {
        private static final long serialVersionUID = 7249069246763182397L;
        private final V value;

        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            super(map);
            this.value = value;
        }

        public V getMappedValue() {
            return value;
        }

        @Override
        public boolean contains(Object o) {
            return map.containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return map.remove(o) != null;
        }

        @Override
        public Iterator<K> iterator() {
            return new BaseIterator<K, V, K>(map) {
                @Override
                public K next() {
                    return nextNode().key;
                }
            };
        }

        @Override
        public boolean add(K e) {
            V v;
            if ((v = value) == null)
                throw new UnsupportedOperationException();
            return map.putVal(e, v, true) == null;
        }

        @Override
        public boolean addAll(Collection<? extends K> c) {
            boolean added = false;
            V v;
            if ((v = value) == null)
                throw new UnsupportedOperationException();
            for (K e : c) {
                if (map.putVal(e, v, true) == null)
                    added = true;
            }
            return added;
        }

        @Override
        public int hashCode() {
            int h = 0;
            for (K e : this)
                h += e.hashCode();
            return h;
        }

        @Override
        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            if (action == null)
                throw new NullPointerException();
            for (Traverser<K, V> it = new Traverser<>(map); it.hasNext();)
                action.accept(it.nextNode().key);
        }
    }

    static final class ValuesView<K, V> extends CollectionView<K, V, V> {
        private static final long serialVersionUID = 2249069246763182397L;

        ValuesView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            return map.containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            if (o != null) {
                for (Iterator<V> it = iterator(); it.hasNext();) {
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public Iterator<V> iterator() {
            return new BaseIterator<K, V, V>(map) {
                @Override
                public V next() {
                    return nextNode().val;
                }
            };
        }

        @Override
        public boolean add(V e) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean addAll(Collection<? extends V> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void forEach(Consumer<? super V> action) {
            if (action == null)
                throw new NullPointerException();
            for (Traverser<K, V> it = new Traverser<>(map); it.hasNext();)
                action.accept(it.nextNode().val);
        }
    }

    static final class EntrySetView<K, V> extends CollectionView<K, V, Map.Entry<K, V>> implements Set<Map.Entry<K, V>> {
        private static final long serialVersionUID = 2249069246763182397L;

        EntrySetView(ConcurrentHashMap<K, V> map) {
            super(map);
        }

        @Override
        public boolean contains(Object o) {
            Object k, v, r;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (r = map.get(k)) != null && (v = e.getValue()) != null && (v == r || v.equals(r)));
        }

        @Override
        public boolean remove(Object o) {
            Object k, v;
            Map.Entry<?, ?> e;
            return ((o instanceof Map.Entry) && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null
                    && (v = e.getValue()) != null && map.remove(k, v));
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new BaseIterator<K, V, Map.Entry<K, V>>(map) {
                @Override
                public Map.Entry<K, V> next() {
                    Node<K, V> p = nextNode();
                    return new MapEntry<K, V>(p.key, p.val, map);
                }
            };
        }

        @Override
        public boolean add(Map.Entry<K, V> e) {
            return map.putVal(e.getKey(), e.getValue(), false) == null;
        }

        @Override
        public boolean addAll(Collection<? extends Map.Entry<K, V>> c) {
            boolean added = false;
            for (Map.Entry<K, V> e : c)
                if (add(e))
                    added = true;
            return added;
        }

        @Override
        public int hashCode() {
            return map.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            Set<?> c;
            return ((o instanceof Set) && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this))));
        }
    }

    // ---- bulk operations (run sequentially; the parallelism threshold is ignored) ----

    public void forEach(long parallelismThreshold, BiConsumer<? super K, ? super V> action) {
        forEach(action);
    }

    public <U> void forEach(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
                            Consumer<? super U> action) {
        if (transformer == null || action == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            Node<K, V> p = it.nextNode();
            U u = transformer.apply(p.key, p.val);
            if (u != null)
                action.accept(u);
        }
    }

    public <U> U search(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> searchFunction) {
        if (searchFunction == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            Node<K, V> p = it.nextNode();
            U u = searchFunction.apply(p.key, p.val);
            if (u != null)
                return u;
        }
        return null;
    }

    public <U> U reduce(long parallelismThreshold, BiFunction<? super K, ? super V, ? extends U> transformer,
                        BiFunction<? super U, ? super U, ? extends U> reducer) {
        if (transformer == null || reducer == null)
            throw new NullPointerException();
        U r = null;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            Node<K, V> p = it.nextNode();
            U u = transformer.apply(p.key, p.val);
            if (u != null)
                r = (r == null) ? u : reducer.apply(r, u);
        }
        return r;
    }

    public void forEachKey(long parallelismThreshold, Consumer<? super K> action) {
        if (action == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            action.accept(it.nextNode().key);
    }

    public <U> U searchKeys(long parallelismThreshold, Function<? super K, ? extends U> searchFunction) {
        if (searchFunction == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            U u = searchFunction.apply(it.nextNode().key);
            if (u != null)
                return u;
        }
        return null;
    }

    public K reduceKeys(long parallelismThreshold, BiFunction<? super K, ? super K, ? extends K> reducer) {
        if (reducer == null)
            throw new NullPointerException();
        K r = null;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            K k = it.nextNode().key;
            r = (r == null) ? k : reducer.apply(r, k);
        }
        return r;
    }

    public void forEachValue(long parallelismThreshold, Consumer<? super V> action) {
        if (action == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            action.accept(it.nextNode().val);
    }

    public <U> U searchValues(long parallelismThreshold, Function<? super V, ? extends U> searchFunction) {
        if (searchFunction == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            U u = searchFunction.apply(it.nextNode().val);
            if (u != null)
                return u;
        }
        return null;
    }

    public V reduceValues(long parallelismThreshold, BiFunction<? super V, ? super V, ? extends V> reducer) {
        if (reducer == null)
            throw new NullPointerException();
        V r = null;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();) {
            V v = it.nextNode().val;
            r = (r == null) ? v : reducer.apply(r, v);
        }
        return r;
    }

    public void forEachEntry(long parallelismThreshold, Consumer<? super Map.Entry<K, V>> action) {
        if (action == null)
            throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            action.accept(it.nextNode());
    }

    public long reduceValuesToLong(long parallelismThreshold, ToLongFunction<? super V> transformer, long basis,
                                   LongBinaryOperator reducer) {
        if (transformer == null || reducer == null)
            throw new NullPointerException();
        long r = basis;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.nextNode().val));
        return r;
    }

    public int reduceValuesToInt(long parallelismThreshold, ToIntFunction<? super V> transformer, int basis,
                                 IntBinaryOperator reducer) {
        if (transformer == null || reducer == null)
            throw new NullPointerException();
        int r = basis;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            r = reducer.applyAsInt(r, transformer.applyAsInt(it.nextNode().val));
        return r;
    }

    public double reduceValuesToDouble(long parallelismThreshold, ToDoubleFunction<? super V> transformer, double basis,
                                       DoubleBinaryOperator reducer) {
        if (transformer == null || reducer == null)
            throw new NullPointerException();
        double r = basis;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            r = reducer.applyAsDouble(r, transformer.applyAsDouble(it.nextNode().val));
        return r;
    }

    public long reduceKeysToLong(long parallelismThreshold, ToLongFunction<? super K> transformer, long basis,
                                 LongBinaryOperator reducer) {
        if (transformer == null || reducer == null)
            throw new NullPointerException();
        long r = basis;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            r = reducer.applyAsLong(r, transformer.applyAsLong(it.nextNode().key));
        return r;
    }

    public int reduceKeysToInt(long parallelismThreshold, ToIntFunction<? super K> transformer, int basis,
                               IntBinaryOperator reducer) {
        if (transformer == null || reducer == null)
            throw new NullPointerException();
        int r = basis;
        for (Traverser<K, V> it = new Traverser<>(this); it.hasNext();)
            r = reducer.applyAsInt(r, transformer.applyAsInt(it.nextNode().key));
        return r;
    }
}
