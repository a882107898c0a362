package java.util;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * List.of, Set.of, Map.of and their copies: unmodifiable, null-hostile.  The
 * JDK randomises Set.of/Map.of iteration per run, so no program can rely on
 * it; these iterate in insertion order.
 */
class ImmutableCollections {
    private ImmutableCollections() {}

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    // ---- lists ----

    static final class ListN<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Object[] elements;
        /** How get() reports a bad index: as the JDK's List12, ListN or SubList. */
        final byte kind;
        static final byte LIST12 = 0, LISTN = 1, SUBLIST = 2;

        ListN(Object[] elements) {
            this(elements, elements.length == 1 || elements.length == 2 ? LIST12 : LISTN);
        }

        ListN(Object[] elements, byte kind) {
            this.elements = elements;
            this.kind = kind;
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E get(int index) {
            if (index < 0 || index >= elements.length) {
                if (kind == LISTN)
                    throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + elements.length);
                if (kind == SUBLIST)
                    throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + elements.length);
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            }
            return (E) elements[index];
        }

        @Override
        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++)
                if (o.equals(elements[i]))
                    return i;
            return -1;
        }

        @Override
        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--)
                if (o.equals(elements[i]))
                    return i;
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(elements, elements.length);
        }

        @Override
        public boolean add(E e) { throw uoe(); }
        @Override
        public void add(int index, E e) { throw uoe(); }
        @Override
        public boolean addAll(Collection<? extends E> c) { throw uoe(); }
        @Override
        public boolean addAll(int index, Collection<? extends E> c) { throw uoe(); }
        @Override
        public E set(int index, E e) { throw uoe(); }
        @Override
        public E remove(int index) { throw uoe(); }
        @Override
        public boolean remove(Object o) { throw uoe(); }
        @Override
        public boolean removeAll(Collection<?> c) { throw uoe(); }
        @Override
        public boolean retainAll(Collection<?> c) { throw uoe(); }
        @Override
        public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
        @Override
        public void replaceAll(UnaryOperator<E> op) { throw uoe(); }
        @Override
        public void sort(Comparator<? super E> c) { throw uoe(); }
        @Override
        public void clear() { throw uoe(); }

        @Override
        public Iterator<E> iterator() {
            return new ListItr(0);
        }

        @Override
        public ListIterator<E> listIterator() {
            return new ListItr(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            if (index < 0 || index > elements.length)
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            return new ListItr(index);
        }

        /** The JDK's ImmutableCollections.ListItr: every mutator throws with no message. */
        private final class ListItr implements ListIterator<E> {
            int i;

            ListItr(int i) {
                this.i = i;
            }

            public boolean hasNext() {
                return i < elements.length;
            }

            @SuppressWarnings("unchecked")
            public E next() {
                if (i >= elements.length)
                    throw new NoSuchElementException();
                return (E) elements[i++];
            }

            public boolean hasPrevious() {
                return i > 0;
            }

            @SuppressWarnings("unchecked")
            public E previous() {
                if (i <= 0)
                    throw new NoSuchElementException();
                return (E) elements[--i];
            }

            public int nextIndex() {
                return i;
            }

            public int previousIndex() {
                return i - 1;
            }

            public void remove() { throw uoe(); }
            public void set(E e) { throw uoe(); }
            public void add(E e) { throw uoe(); }
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, elements.length);
            return new ListN<>(Arrays.copyOfRange(elements, fromIndex, toIndex), SUBLIST);
        }
    }

    private static final ListN<?> EMPTY_LIST = new ListN<>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    @SafeVarargs
    static <E> List<E> listOf(E... input) {
        Object[] tmp = new Object[input.length];
        for (int i = 0; i < input.length; i++)
            tmp[i] = Objects.requireNonNull(input[i]);
        return new ListN<>(tmp);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(Collection<? extends E> coll) {
        if (coll instanceof ListN)
            return (List<E>) coll;
        return (List<E>) listOf(coll.toArray());
    }

    // ---- sets ----

    static final class SetN<E> extends AbstractSet<E> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final Object[] elements;
        final HashMap<Object, Boolean> index = new HashMap<>();

        SetN(Object[] elements) {
            this.elements = elements;
            for (Object e : elements)
                index.put(e, Boolean.TRUE);
        }

        @Override
        public int size() {
            return elements.length;
        }

        @Override
        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            return index.containsKey(o);
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int i;

                public boolean hasNext() {
                    return i < elements.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (i >= elements.length)
                        throw new NoSuchElementException();
                    return (E) elements[i++];
                }
            };
        }

        @Override
        public boolean add(E e) { throw uoe(); }
        @Override
        public boolean addAll(Collection<? extends E> c) { throw uoe(); }
        @Override
        public boolean remove(Object o) { throw uoe(); }
        @Override
        public boolean removeAll(Collection<?> c) { throw uoe(); }
        @Override
        public boolean retainAll(Collection<?> c) { throw uoe(); }
        @Override
        public boolean removeIf(Predicate<? super E> filter) { throw uoe(); }
        @Override
        public void clear() { throw uoe(); }
    }

    private static final SetN<?> EMPTY_SET = new SetN<>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    @SafeVarargs
    static <E> Set<E> setOf(E... input) {
        HashSet<Object> seen = new HashSet<>();
        Object[] tmp = new Object[input.length];
        for (int i = 0; i < input.length; i++) {
            E e = Objects.requireNonNull(input[i]);
            if (!seen.add(e))
                throw new IllegalArgumentException("duplicate element: " + e);
            tmp[i] = e;
        }
        return new SetN<>(tmp);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(Collection<? extends E> coll) {
        if (coll instanceof SetN)
            return (Set<E>) coll;
        LinkedHashSet<E> s = new LinkedHashSet<>();
        for (E e : coll)
            s.add(Objects.requireNonNull(e));
        return (Set<E>) new SetN<>(s.toArray());
    }

    // ---- maps ----

    static final class MapN<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final LinkedHashMap<K, V> map = new LinkedHashMap<>();

        @Override
        public V get(Object o) {
            Objects.requireNonNull(o);
            return map.get(o);
        }

        @Override
        public boolean containsKey(Object o) {
            Objects.requireNonNull(o);
            return map.containsKey(o);
        }

        @Override
        public boolean containsValue(Object o) {
            Objects.requireNonNull(o);
            return map.containsValue(o);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                @Override
                public int size() {
                    return map.size();
                }

                // The JDK's one-entry map answers entrySet() with Set.of(entry),
                // whose mutators throw before looking at anything.
                @Override
                public void clear() {
                    if (map.size() == 1)
                        throw uoe();
                    super.clear();
                }

                @Override
                public boolean removeIf(Predicate<? super Map.Entry<K, V>> filter) {
                    if (map.size() == 1)
                        throw uoe();
                    return super.removeIf(filter);
                }

                @Override
                public boolean remove(Object o) {
                    if (map.size() == 1)
                        throw uoe();
                    return super.remove(o);
                }

                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    Iterator<Map.Entry<K, V>> it = map.entrySet().iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public Map.Entry<K, V> next() {
                            Map.Entry<K, V> e = it.next();
                            return new KeyValueHolder<>(e.getKey(), e.getValue());
                        }
                    };
                }
            };
        }

        @Override
        public V put(K key, V value) { throw uoe(); }
        @Override
        public V remove(Object key) { throw uoe(); }
        @Override
        public void putAll(Map<? extends K, ? extends V> m) { throw uoe(); }
        @Override
        public void clear() { throw uoe(); }
        @Override
        public V putIfAbsent(K key, V value) { throw uoe(); }
        @Override
        public boolean remove(Object key, Object value) { throw uoe(); }
        @Override
        public boolean replace(K key, V oldValue, V newValue) { throw uoe(); }
        @Override
        public V replace(K key, V value) { throw uoe(); }
        @Override
        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) { throw uoe(); }
        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
        @Override
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) { throw uoe(); }
        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
    }

    private static final MapN<?, ?> EMPTY_MAP = new MapN<>();

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object... kv) {
        MapN<K, V> m = new MapN<>();
        for (int i = 0; i < kv.length; i += 2) {
            K k = (K) Objects.requireNonNull(kv[i]);
            V v = (V) Objects.requireNonNull(kv[i + 1]);
            if (m.map.containsKey(k))
                throw new IllegalArgumentException("duplicate key: " + k);
            m.map.put(k, v);
        }
        return m;
    }
}
