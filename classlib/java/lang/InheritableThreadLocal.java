/*
 * InheritableThreadLocal: a ThreadLocal whose values a new Thread copies
 * from the thread that creates it (through childValue).
 */
package java.lang;

public class InheritableThreadLocal<T> extends ThreadLocal<T> {
    public InheritableThreadLocal() {
    }

    @Override
    protected T childValue(T parentValue) {
        return parentValue;
    }

    @Override
    ThreadLocalMap getMap(Thread t) {
        return t.inheritableThreadLocals;
    }

    @Override
    void createMap(Thread t, T firstValue) {
        ThreadLocalMap map = new ThreadLocalMap();
        map.put(this, firstValue);
        t.inheritableThreadLocals = map;
    }
}
