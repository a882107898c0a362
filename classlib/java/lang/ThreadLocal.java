/*
 * ThreadLocal: a variable with one value per thread, kept in a small map in
 * each Thread (Thread.threadLocals), keyed by the ThreadLocal's identity.
 *
 * Unlike the JDK's, the map holds its keys strongly (the VM has no weak
 * references yet): a ThreadLocal the program drops stays in the maps of the
 * threads that set it until they end or call remove().
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
            int i = map.find(this);
            if (i >= 0)
                return (T) map.values[i];
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
        for (int i = 0; i < parent.keys.length; i++) {
            ThreadLocal<Object> k = (ThreadLocal<Object>) parent.keys[i];
            if (k != null)
                map.put(k, k.childValue(parent.values[i]));
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
     * without tombstones. */
    static final class ThreadLocalMap {
        ThreadLocal<?>[] keys = new ThreadLocal<?>[16];
        Object[] values = new Object[16];
        private int size;

        int find(ThreadLocal<?> key) {
            int mask = keys.length - 1;
            for (int i = key.hash & mask; ; i = (i + 1) & mask) {
                ThreadLocal<?> k = keys[i];
                if (k == key)
                    return i;
                if (k == null)
                    return -1;
            }
        }

        void put(ThreadLocal<?> key, Object value) {
            int mask = keys.length - 1;
            int i = key.hash & mask;
            for (; keys[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
            }
            keys[i] = key;
            values[i] = value;
            if (++size * 3 > keys.length * 2)
                grow();
        }

        void remove(ThreadLocal<?> key) {
            int i = find(key);
            if (i < 0)
                return;
            int mask = keys.length - 1;
            keys[i] = null;
            values[i] = null;
            size--;
            /* Move back every later entry of the run whose home slot does not
             * lie cyclically in (i, j]. */
            for (int j = (i + 1) & mask; keys[j] != null; j = (j + 1) & mask) {
                int home = keys[j].hash & mask;
                boolean stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
                if (!stays) {
                    keys[i] = keys[j];
                    values[i] = values[j];
                    keys[j] = null;
                    values[j] = null;
                    i = j;
                }
            }
        }

        private void grow() {
            ThreadLocal<?>[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new ThreadLocal<?>[oldKeys.length * 2];
            values = new Object[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++)
                if (oldKeys[i] != null)
                    put(oldKeys[i], oldValues[i]);
        }
    }
}
