package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The synchronized legacy hash table, with the JDK's iteration order: the
 * bucket is (hash & 0x7FFFFFFF) % capacity of the key's own hashCode, new
 * entries go to the front of their bucket, the table grows to 2n+1 once
 * count reaches capacity * loadFactor (moving each old bucket, from the
 * last, entry by entry to the front of its new bucket), and iteration runs
 * from the last bucket to the first.
 */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1421746759512286392L;
    private static final int MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Entry<K, V> next;

        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @Override public K getKey() { return key; }
        @Override public V getValue() { return value; }

        @Override
        public V setValue(V value) {
            if (value == null)
                throw new NullPointerException();
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry))
                return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return (key == null ? e.getKey() == null : key.equals(e.getKey()))
                    && (value == null ? e.getValue() == null : value.equals(e.getValue()));
        }

        @Override
        public int hashCode() {
            return hash ^ Objects.hashCode(value);
        }

        @Override
        public String toString() {
            return key.toString() + "=" + value.toString();
        }
    }

    private Entry<?, ?>[] table;
    private int count;
    private int threshold;
    private final float loadFactor;
    private int modCount = 0;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0)
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        if (loadFactor <= 0 || Float.isNaN(loadFactor))
            throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        if (initialCapacity == 0)
            initialCapacity = 1;
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
    }

    public Hashtable(int initialCapacity) {
        this(initialCapacity, 0.75f);
    }

    public Hashtable() {
        this(11, 0.75f);
    }

    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    @Override
    public synchronized int size() {
        return count;
    }

    @Override
    public synchronized boolean isEmpty() {
        return count == 0;
    }

    @Override
    public synchronized Enumeration<K> keys() {
        Iterator<K> it = keySet().iterator();
        return new Enumeration<K>() {
            public boolean hasMoreElements() { return it.hasNext(); }
            public K nextElement() { return it.next(); }
        };
    }

    @Override
    public synchronized Enumeration<V> elements() {
        Iterator<V> it = values().iterator();
        return new Enumeration<V>() {
            public boolean hasMoreElements() { return it.hasNext(); }
            public V nextElement() { return it.next(); }
        };
    }

    public synchronized boolean contains(Object value) {
        if (value == null)
            throw new NullPointerException();
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0;)
            for (Entry<?, ?> e = tab[i]; e != null; e = e.next)
                if (e.value.equals(value))
                    return true;
        return false;
    }

    @Override
    public boolean containsValue(Object value) {
        return contains(value);
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return getEntry(key) != null;
    }

    @SuppressWarnings("unchecked")
    private Entry<K, V> getEntry(Object key) {
        int hash = key.hashCode();
        int index = (hash & 0x7FFFFFFF) % table.length;
        for (Entry<?, ?> e = table[index]; e != null; e = e.next)
            if ((e.hash == hash) && e.key.equals(key))
                return (Entry<K, V>) e;
        return null;
    }

    @Override
    public synchronized V get(Object key) {
        Entry<K, V> e = getEntry(key);
        return e == null ? null : e.value;
    }

    @SuppressWarnings("unchecked")
    protected void rehash() {
        int oldCapacity = table.length;
        Entry<?, ?>[] oldMap = table;
        int newCapacity = (oldCapacity << 1) + 1;
        if (newCapacity - MAX_ARRAY_SIZE > 0) {
            if (oldCapacity == MAX_ARRAY_SIZE)
                return;
            newCapacity = MAX_ARRAY_SIZE;
        }
        Entry<?, ?>[] newMap = new Entry<?, ?>[newCapacity];
        modCount++;
        threshold = (int) Math.min(newCapacity * loadFactor, MAX_ARRAY_SIZE + 1);
        table = newMap;
        for (int i = oldCapacity; i-- > 0;) {
            for (Entry<K, V> old = (Entry<K, V>) oldMap[i]; old != null;) {
                Entry<K, V> e = old;
                old = old.next;
                int index = (e.hash & 0x7FFFFFFF) % newCapacity;
                e.next = (Entry<K, V>) newMap[index];
                newMap[index] = e;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void addEntry(int hash, K key, V value, int index) {
        Entry<?, ?>[] tab = table;
        if (count >= threshold) {
            rehash();
            tab = table;
            hash = key.hashCode();
            index = (hash & 0x7FFFFFFF) % tab.length;
        }
        tab[index] = new Entry<>(hash, key, value, (Entry<K, V>) tab[index]);
        count++;
        modCount++;
    }

    @Override
    public synchronized V put(K key, V value) {
        if (value == null)
            throw new NullPointerException();
        Entry<K, V> e = getEntry(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            return old;
        }
        int hash = key.hashCode();
        addEntry(hash, key, value, (hash & 0x7FFFFFFF) % table.length);
        return null;
    }

    @Override
    public synchronized V remove(Object key) {
        int hash = key.hashCode();
        int index = (hash & 0x7FFFFFFF) % table.length;
        Entry<?, ?> prev = null;
        for (Entry<?, ?> e = table[index]; e != null; prev = e, e = e.next) {
            if ((e.hash == hash) && e.key.equals(key)) {
                if (prev != null)
                    prev.next = castNext(e.next);
                else
                    table[index] = e.next;
                modCount++;
                count--;
                @SuppressWarnings("unchecked")
                V v = (V) e.value;
                e.value = null;
                return v;
            }
        }
        return null;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Entry castNext(Entry<?, ?> e) {
        return e;
    }

    @Override
    public synchronized void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet())
            put(e.getKey(), e.getValue());
    }

    @Override
    public synchronized void clear() {
        Entry<?, ?>[] tab = table;
        for (int index = tab.length; --index >= 0;)
            tab[index] = null;
        modCount++;
        count = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized Object clone() {
        try {
            Hashtable<K, V> t = (Hashtable<K, V>) super.clone();
            t.table = new Entry<?, ?>[table.length];
            for (int i = table.length; i-- > 0;) {
                Entry<K, V> copy = null, tail = null;
                for (Entry<?, ?> e = table[i]; e != null; e = e.next) {
                    Entry<K, V> c = new Entry<>(e.hash, (K) e.key, (V) e.value, null);
                    if (tail == null)
                        copy = c;
                    else
                        tail.next = c;
                    tail = c;
                }
                t.table[i] = copy;
            }
            t.keySet = null;
            t.entrySet = null;
            t.values = null;
            t.modCount = 0;
            return t;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public synchronized String toString() {
        int max = size() - 1;
        if (max == -1)
            return "{}";
        StringBuilder sb = new StringBuilder();
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        sb.append('{');
        for (int i = 0;; i++) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            sb.append(key == this ? "(this Map)" : key.toString());
            sb.append('=');
            sb.append(value == this ? "(this Map)" : value.toString());
            if (i == max)
                return sb.append('}').toString();
            sb.append(", ");
        }
    }

    // ---- views: iterate from the last bucket to the first ----

    private transient Set<K> keySet;
    private transient Set<Map.Entry<K, V>> entrySet;
    private transient Collection<V> values;

    private static final int KEYS = 0, VALUES = 1, ENTRIES = 2;

    private final class HashIterator<T> implements Iterator<T> {
        final int type;
        int index = table.length;
        Entry<?, ?> entry;
        Entry<?, ?> lastReturned;
        int expectedModCount = modCount;

        HashIterator(int type) {
            this.type = type;
        }

        @Override
        public boolean hasNext() {
            Entry<?, ?> e = entry;
            int i = index;
            Entry<?, ?>[] t = table;
            while (e == null && i > 0)
                e = t[--i];
            entry = e;
            index = i;
            return e != null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            if (!hasNext())
                throw new NoSuchElementException("Hashtable Enumerator");
            Entry<?, ?> e = lastReturned = entry;
            entry = e.next;
            return type == KEYS ? (T) e.key : (type == VALUES ? (T) e.value : (T) e);
        }

        @Override
        public void remove() {
            if (lastReturned == null)
                throw new IllegalStateException("Hashtable Enumerator");
            if (modCount != expectedModCount)
                throw new ConcurrentModificationException();
            synchronized (Hashtable.this) {
                Hashtable.this.remove(lastReturned.key);
                expectedModCount = modCount;
                lastReturned = null;
            }
        }
    }

    @Override
    public Set<K> keySet() {
        if (keySet == null) {
            keySet = (new AbstractSet<K>() {
                public Iterator<K> iterator() { return new HashIterator<K>(KEYS); }
                public int size() { return count; }
                public boolean contains(Object o) { return containsKey(o); }
                public boolean remove(Object o) { return Hashtable.this.remove(o) != null; }
                public void clear() { Hashtable.this.clear(); }
            });
        }
        return keySet;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        if (entrySet == null) {
            entrySet = (new AbstractSet<Map.Entry<K, V>>() {
                public Iterator<Map.Entry<K, V>> iterator() { return new HashIterator<Map.Entry<K, V>>(ENTRIES); }
                public int size() { return count; }

                public boolean contains(Object o) {
                    if (!(o instanceof Map.Entry))
                        return false;
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
                    Object key = entry.getKey();
                    Entry<K, V> e = key == null ? null : getEntry(key);
                    return e != null && e.equals(entry);
                }

                public boolean remove(Object o) {
                    if (!contains(o))
                        return false;
                    Hashtable.this.remove(((Map.Entry<?, ?>) o).getKey());
                    return true;
                }

                public void clear() { Hashtable.this.clear(); }
            });
        }
        return entrySet;
    }

    @Override
    public Collection<V> values() {
        if (values == null) {
            values = (new AbstractCollection<V>() {
                public Iterator<V> iterator() { return new HashIterator<V>(VALUES); }
                public int size() { return count; }
                public boolean contains(Object o) { return containsValue(o); }
                public void clear() { Hashtable.this.clear(); }
            });
        }
        return values;
    }

    @Override
    public synchronized boolean equals(Object o) {
        if (o == this)
            return true;
        if (!(o instanceof Map))
            return false;
        Map<?, ?> t = (Map<?, ?>) o;
        if (t.size() != size())
            return false;
        for (Map.Entry<K, V> e : entrySet()) {
            K key = e.getKey();
            V value = e.getValue();
            if (!value.equals(t.get(key)))
                return false;
        }
        return true;
    }

    @Override
    public synchronized int hashCode() {
        int h = 0;
        Entry<?, ?>[] tab = table;
        for (Entry<?, ?> entry : tab)
            for (Entry<?, ?> e = entry; e != null; e = e.next)
                h += e.hashCode();
        return h;
    }

    @Override
    public synchronized V getOrDefault(Object key, V defaultValue) {
        V result = get(key);
        return (null == result) ? defaultValue : result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expectedModCount = modCount;
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0;) {
            for (Entry<?, ?> e = tab[i]; e != null; e = e.next) {
                action.accept((K) e.key, (V) e.value);
                if (expectedModCount != modCount)
                    throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        Entry<?, ?>[] tab = table;
        for (int i = tab.length; i-- > 0;)
            for (Entry<K, V> e = (Entry<K, V>) tab[i]; e != null; e = e.next)
                e.value = Objects.requireNonNull(function.apply(e.key, e.value));
    }
}
