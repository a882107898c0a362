package java.util.concurrent.atomic;

import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/** An array of int whose elements are updated atomically (under this object's monitor). */
public class AtomicIntegerArray implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int[] array;

    public AtomicIntegerArray(int length) {
        array = new int[length];
    }

    public AtomicIntegerArray(int[] array) {
        this.array = array.clone();
    }

    public final int length() { return array.length; }
    public final synchronized int get(int i) { return array[i]; }
    public final synchronized void set(int i, int newValue) { array[i] = newValue; }
    public final void lazySet(int i, int newValue) { set(i, newValue); }
    public final int getPlain(int i) { return get(i); }
    public final void setPlain(int i, int newValue) { set(i, newValue); }
    public final int getOpaque(int i) { return get(i); }
    public final void setOpaque(int i, int newValue) { set(i, newValue); }
    public final int getAcquire(int i) { return get(i); }
    public final void setRelease(int i, int newValue) { set(i, newValue); }

    public final synchronized int getAndSet(int i, int newValue) {
        int old = array[i];
        array[i] = newValue;
        return old;
    }

    public final synchronized boolean compareAndSet(int i, int expectedValue, int newValue) {
        if (array[i] != expectedValue)
            return false;
        array[i] = newValue;
        return true;
    }

    public final synchronized int compareAndExchange(int i, int expectedValue, int newValue) {
        int old = array[i];
        if (old == expectedValue)
            array[i] = newValue;
        return old;
    }

    @Deprecated
    public final boolean weakCompareAndSet(int i, int expectedValue, int newValue) { return compareAndSet(i, expectedValue, newValue); }
    public final boolean weakCompareAndSetPlain(int i, int expectedValue, int newValue) { return compareAndSet(i, expectedValue, newValue); }
    public final boolean weakCompareAndSetVolatile(int i, int expectedValue, int newValue) { return compareAndSet(i, expectedValue, newValue); }

    public final synchronized int getAndAdd(int i, int delta) {
        int old = array[i];
        array[i] = old + delta;
        return old;
    }

    public final synchronized int addAndGet(int i, int delta) {
        return array[i] += delta;
    }

    public final int getAndIncrement(int i) { return getAndAdd(i, 1); }
    public final int getAndDecrement(int i) { return getAndAdd(i, -1); }
    public final int incrementAndGet(int i) { return addAndGet(i, 1); }
    public final int decrementAndGet(int i) { return addAndGet(i, -1); }

    public final int getAndUpdate(int i, IntUnaryOperator updateFunction) {
        for (;;) {
            int prev = get(i);
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(i, prev, next))
                return prev;
        }
    }

    public final int updateAndGet(int i, IntUnaryOperator updateFunction) {
        for (;;) {
            int prev = get(i);
            int next = updateFunction.applyAsInt(prev);
            if (compareAndSet(i, prev, next))
                return next;
        }
    }

    public final int getAndAccumulate(int i, int x, IntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = get(i);
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(i, prev, next))
                return prev;
        }
    }

    public final int accumulateAndGet(int i, int x, IntBinaryOperator accumulatorFunction) {
        for (;;) {
            int prev = get(i);
            int next = accumulatorFunction.applyAsInt(prev, x);
            if (compareAndSet(i, prev, next))
                return next;
        }
    }

    @Override
    public synchronized String toString() {
        return java.util.Arrays.toString(array);
    }
}
