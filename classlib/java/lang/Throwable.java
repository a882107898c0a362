/*
 * Throwable: the root of exceptions.  The VM records the stack in
 * `backtrace` (fillInStackTrace0) and makes StackTraceElements on demand
 * (getStackTrace0), both in jvm/natives_core.c; printStackTrace prints as
 * HotSpot does, with causes, suppressed exceptions and "... n more".
 */
package java.lang;

import java.io.PrintStream;

public class Throwable implements java.io.Serializable {
    private transient Object backtrace;
    private String detailMessage;
    private Throwable cause = this;
    private StackTraceElement[] stackTrace;
    private Throwable[] suppressed;
    private int nsuppressed;
    private boolean noSuppression;
    private boolean noStackTrace;

    private static final StackTraceElement[] EMPTY_TRACE = new StackTraceElement[0];
    private static final Throwable[] EMPTY = new Throwable[0];

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace)
            fillInStackTrace();
        else
            noStackTrace = true;
        detailMessage = message;
        this.cause = cause;
        noSuppression = !enableSuppression;
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return cause == this ? null : cause;
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this)
            throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(cause), this);
        if (cause == this)
            throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? s + ": " + message : s;
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printStackTrace(new Out() {
            Object lock() { return s; }
            void println(Object o) { s.println(o); }
        });
    }

    public void printStackTrace(java.io.PrintWriter s) {
        printStackTrace(new Out() {
            Object lock() { return s; }
            void println(Object o) { s.println(o); }
        });
    }

    /* A PrintStream or a PrintWriter. */
    private abstract static class Out {
        abstract Object lock();
        abstract void println(Object o);
    }

    private void printStackTrace(Out s) {
        synchronized (s.lock()) {
            s.println(this);
            StackTraceElement[] trace = getOurStackTrace();
            for (StackTraceElement e : trace)
                s.println("\tat " + e);
            Throwable[] seen = new Throwable[] { this };
            for (Throwable se : getSuppressed())
                seen = se.printEnclosed(s, trace, "Suppressed: ", "\t", seen);
            Throwable c = getCause();
            if (c != null)
                c.printEnclosed(s, trace, "Caused by: ", "", seen);
        }
    }

    private Throwable[] printEnclosed(Out s, StackTraceElement[] enclosing, String caption,
                                      String prefix, Throwable[] seen) {
        for (Throwable t : seen) {
            if (t == this) {
                s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return seen;
            }
        }
        Throwable[] n = new Throwable[seen.length + 1];
        System.arraycopy(seen, 0, n, 0, seen.length);
        n[seen.length] = this;
        seen = n;
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1, k = enclosing.length - 1;
        while (m >= 0 && k >= 0 && trace[m].equals(enclosing[k])) {
            m--;
            k--;
        }
        int inCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++)
            s.println(prefix + "\tat " + trace[i]);
        if (inCommon != 0)
            s.println(prefix + "\t... " + inCommon + " more");
        for (Throwable se : getSuppressed())
            seen = se.printEnclosed(s, trace, "Suppressed: ", prefix + "\t", seen);
        Throwable c = getCause();
        if (c != null)
            seen = c.printEnclosed(s, trace, "Caused by: ", prefix, seen);
        return seen;
    }

    public synchronized Throwable fillInStackTrace() {
        if (!noStackTrace) {
            fillInStackTrace0();
            stackTrace = null;
        }
        return this;
    }

    private native void fillInStackTrace0();

    private native StackTraceElement[] getStackTrace0();

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            if (noStackTrace || backtrace == null)
                stackTrace = EMPTY_TRACE;
            else
                stackTrace = getStackTrace0();
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++)
            if (copy[i] == null)
                throw new NullPointerException("stackTrace[" + i + "]");
        synchronized (this) {
            if (noStackTrace)
                return;
            this.stackTrace = copy;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this)
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null)
            throw new NullPointerException("Cannot suppress a null exception.");
        if (noSuppression)
            return;
        if (suppressed == null || nsuppressed == suppressed.length) {
            Throwable[] n = new Throwable[nsuppressed * 2 + 2];
            if (suppressed != null)
                System.arraycopy(suppressed, 0, n, 0, nsuppressed);
            suppressed = n;
        }
        suppressed[nsuppressed++] = exception;
    }

    public final synchronized Throwable[] getSuppressed() {
        if (nsuppressed == 0)
            return EMPTY;
        Throwable[] r = new Throwable[nsuppressed];
        System.arraycopy(suppressed, 0, r, 0, nsuppressed);
        return r;
    }
}
