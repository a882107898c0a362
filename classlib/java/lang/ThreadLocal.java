/*
 * ThreadLocal: a variable with one value per thread, kept in a small map in
 * each Thread (Thread.threadLocals), keyed by the ThreadLocal's identity.
 *
 * As in the JDK, the map holds its keys weakly: a ThreadLocal the program
 * drops stops taking room once the collector has cleared it (its value goes
 * when the map is next rebuilt, or when the thread ends).
 */
package java.lang;

import java.util.function.Supplier;

public class ThreadLocal<T> {
    /* Fibonacci hashing spreads consecutive ThreadLocals over the table. */
    private static final int HASH_INCREMENT = 0x61c88647;
    private static int nextHash;

    private final int hash = nextHash();

    private static synchronized int nextHash() {
        int h = nextHash;
        nextHash = h + HASH_INCREMENT;
        return h;
    }

    public ThreadLocal() {
    }

    protected T initialValue() {
        return null;
    }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null)
            throw new NullPointerException();
        return new SuppliedThreadLocal<>(supplier);
    }

    @SuppressWarnings("unchecked")
    public T get() {
        Thread t = Thread.currentThread();
        ThreadLocalMap map = getMap(t);
        if (map != null) {
            ThreadLocalMap.Entry e = map.find(this);
            if (e != null)
                return (T) e.value;
        }
        T value = initialValue();
        set(t, value);
        return value;
    }

    public void set(T value) {
        set(Thread.currentThread(), value);
    }

    private void set(Thread t, T value) {
        ThreadLocalMap map = getMap(t);
        if (map != null)
            map.put(this, value);
        else
            createMap(t, value);
    }

    public void remove() {
        ThreadLocalMap map = getMap(Thread.currentThread());
        if (map != null)
            map.remove(this);
    }

    ThreadLocalMap getMap(Thread t) {
        return t.threadLocals;
    }

    void createMap(Thread t, T firstValue) {
        ThreadLocalMap map = new ThreadLocalMap();
        map.put(this, firstValue);
        t.threadLocals = map;
    }

    /* InheritableThreadLocal: a child's value from its parent's. */
    T childValue(T parentValue) {
        throw new UnsupportedOperationException();
    }

    @SuppressWarnings("unchecked")
    static ThreadLocalMap createInheritedMap(ThreadLocalMap parent) {
        ThreadLocalMap map = new ThreadLocalMap();
        for (ThreadLocalMap.Entry e : parent.table) {
            ThreadLocal<Object> k = e == null ? null : (ThreadLocal<Object>) e.get();
            if (k != null)
                map.put(k, k.childValue(e.value));
        }
        return map;
    }

    static final class SuppliedThreadLocal<T> extends ThreadLocal<T> {
        private final Supplier<? extends T> supplier;

        SuppliedThreadLocal(Supplier<? extends T> supplier) {
            this.supplier = supplier;
        }

        @Override
        protected T initialValue() {
            return supplier.get();
        }
    }

    /* Open addressing with linear probing; the table stays at most 2/3
     * full, and remove() shifts later entries back so probes stay short
     * without tombstones.  As in the JDK, an entry holds its ThreadLocal
     * weakly: once the collector clears it, the slot is stale and its value
     * is dropped when the table is next rebuilt (or the thread ends). */
    static final class ThreadLocalMap {
        static final class Entry extends java.lang.ref.WeakReference<ThreadLocal<?>> {
            final int hash;
            Object value;

            Entry(ThreadLocal<?> key, Object value) {
                super(key);
                this.hash = key.hash;
                this.value = value;
            }
        }

        Entry[] table = new Entry[16];
        private int size;   /* occupied slots, stale ones included */

        Entry find(ThreadLocal<?> key) {
            int mask = table.length - 1;
            for (int i = key.hash & mask; ; i = (i + 1) & mask) {
                Entry e = table[i];
                if (e == null || e.refersTo(key))
                    return e;
            }
        }

        void put(ThreadLocal<?> key, Object value) {
            int mask = table.length - 1;
            int i = key.hash & mask;
            for (Entry e; (e = table[i]) != null; i = (i + 1) & mask) {
                if (e.refersTo(key)) {
                    e.value = value;
                    return;
                }
            }
            table[i] = new Entry(key, value);
            if (++size * 3 > table.length * 2)
                rebuild();
        }

        void remove(ThreadLocal<?> key) {
            Entry[] tab = table;
            int mask = tab.length - 1;
            int i = key.hash & mask;
            for (; tab[i] != null && !tab[i].refersTo(key); i = (i + 1) & mask)
                ;
            if (tab[i] == null)
                return;
            tab[i].clear();
            tab[i] = null;
            size--;
            /* Move back every later entry of the run whose home slot does not
             * lie cyclically in (i, j]. */
            for (int j = (i + 1) & mask; tab[j] != null; j = (j + 1) & mask) {
                int home = tab[j].hash & mask;
                boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
                if (!stays) {
                    tab[i] = tab[j];
                    tab[j] = null;
                    i = j;
                }
            }
        }

        /* Full: drop the stale entries, and double the table only while the
         * live ones would fill more than half of it. */
        private void rebuild() {
            Entry[] old = table;
            int live = 0;
            for (Entry e : old)
                if (e != null && e.get() != null)
                    live++;
            int n = old.length;
            while (live * 2 > n)
                n *= 2;
            Entry[] tab = new Entry[n];
            int mask = n - 1;
            for (Entry e : old) {
                if (e == null || e.get() == null)
                    continue;
                int i = e.hash & mask;
                while (tab[i] != null)
                    i = (i + 1) & mask;
                tab[i] = e;
            }
            table = tab;
            size = live;
        }
    }
}
