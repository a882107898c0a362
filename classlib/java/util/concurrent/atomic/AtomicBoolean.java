package java.util.concurrent.atomic;

/** A boolean updated atomically (under this object's monitor). */
public class AtomicBoolean implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private volatile boolean value;

    public AtomicBoolean(boolean initialValue) {
        value = initialValue;
    }

    public AtomicBoolean() {
    }

    public final boolean get() { return value; }
    public final void set(boolean newValue) { value = newValue; }
    public final void lazySet(boolean newValue) { value = newValue; }
    public final boolean getPlain() { return value; }
    public final void setPlain(boolean newValue) { value = newValue; }
    public final boolean getOpaque() { return value; }
    public final void setOpaque(boolean newValue) { value = newValue; }
    public final boolean getAcquire() { return value; }
    public final void setRelease(boolean newValue) { value = newValue; }

    public final synchronized boolean compareAndSet(boolean expectedValue, boolean newValue) {
        if (value != expectedValue)
            return false;
        value = newValue;
        return true;
    }

    public final synchronized boolean compareAndExchange(boolean expectedValue, boolean newValue) {
        boolean old = value;
        if (old == expectedValue)
            value = newValue;
        return old;
    }

    @Deprecated
    public boolean weakCompareAndSet(boolean expectedValue, boolean newValue) { return compareAndSet(expectedValue, newValue); }
    public boolean weakCompareAndSetPlain(boolean expectedValue, boolean newValue) { return compareAndSet(expectedValue, newValue); }
    public boolean weakCompareAndSetVolatile(boolean expectedValue, boolean newValue) { return compareAndSet(expectedValue, newValue); }

    public final synchronized boolean getAndSet(boolean newValue) {
        boolean old = value;
        value = newValue;
        return old;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
