package java.util.concurrent.atomic;

import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** An array of long whose elements are updated atomically (under this object's monitor). */
public class AtomicLongArray implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] array;

    public AtomicLongArray(int length) {
        array = new long[length];
    }

    public AtomicLongArray(long[] array) {
        this.array = array.clone();
    }

    public final int length() { return array.length; }
    public final synchronized long get(int i) { return array[i]; }
    public final synchronized void set(int i, long newValue) { array[i] = newValue; }
    public final void lazySet(int i, long newValue) { set(i, newValue); }
    public final long getPlain(int i) { return get(i); }
    public final void setPlain(int i, long newValue) { set(i, newValue); }
    public final long getOpaque(int i) { return get(i); }
    public final void setOpaque(int i, long newValue) { set(i, newValue); }
    public final long getAcquire(int i) { return get(i); }
    public final void setRelease(int i, long newValue) { set(i, newValue); }

    public final synchronized long getAndSet(int i, long newValue) {
        long old = array[i];
        array[i] = newValue;
        return old;
    }

    public final synchronized boolean compareAndSet(int i, long expectedValue, long newValue) {
        if (array[i] != expectedValue)
            return false;
        array[i] = newValue;
        return true;
    }

    public final synchronized long compareAndExchange(int i, long expectedValue, long newValue) {
        long old = array[i];
        if (old == expectedValue)
            array[i] = newValue;
        return old;
    }

    @Deprecated
    public final boolean weakCompareAndSet(int i, long expectedValue, long newValue) { return compareAndSet(i, expectedValue, newValue); }
    public final boolean weakCompareAndSetPlain(int i, long expectedValue, long newValue) { return compareAndSet(i, expectedValue, newValue); }
    public final boolean weakCompareAndSetVolatile(int i, long expectedValue, long newValue) { return compareAndSet(i, expectedValue, newValue); }

    public final synchronized long getAndAdd(int i, long delta) {
        long old = array[i];
        array[i] = old + delta;
        return old;
    }

    public final synchronized long addAndGet(int i, long delta) {
        return array[i] += delta;
    }

    public final long getAndIncrement(int i) { return getAndAdd(i, 1); }
    public final long getAndDecrement(int i) { return getAndAdd(i, -1); }
    public final long incrementAndGet(int i) { return addAndGet(i, 1); }
    public final long decrementAndGet(int i) { return addAndGet(i, -1); }

    public final long getAndUpdate(int i, LongUnaryOperator updateFunction) {
        for (;;) {
            long prev = get(i);
            long next = updateFunction.applyAsLong(prev);
            if (compareAndSet(i, prev, next))
                return prev;
        }
    }

    public final long updateAndGet(int i, LongUnaryOperator updateFunction) {
        for (;;) {
            long prev = get(i);
            long next = updateFunction.applyAsLong(prev);
            if (compareAndSet(i, prev, next))
                return next;
        }
    }

    public final long getAndAccumulate(int i, long x, LongBinaryOperator accumulatorFunction) {
        for (;;) {
            long prev = get(i);
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (compareAndSet(i, prev, next))
                return prev;
        }
    }

    public final long accumulateAndGet(int i, long x, LongBinaryOperator accumulatorFunction) {
        for (;;) {
            long prev = get(i);
            long next = accumulatorFunction.applyAsLong(prev, x);
            if (compareAndSet(i, prev, next))
                return next;
        }
    }

    @Override
    public synchronized String toString() {
        return java.util.Arrays.toString(array);
    }
}
