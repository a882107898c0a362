/*
 * System: standard streams, properties, the environment, time, arraycopy
 * and exit.  The VM calls initPhase1() once before main (docs/jvm.md);
 * properties come from the VM (defaults and -D flags) as a flat String[].
 */
package java.lang;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

public final class System {
    public static InputStream in;
    public static PrintStream out;
    public static PrintStream err;

    private static String[] keys = new String[0];
    private static String[] values = new String[0];
    private static int nprops;
    private static String lineSeparator = "\n";

    private System() {
    }

    private static void initPhase1() {
        String[] kv = vmProperties();
        keys = new String[kv.length / 2 + 8];
        values = new String[kv.length / 2 + 8];
        for (int i = 0; i + 1 < kv.length; i += 2)
            setProperty(kv[i], kv[i + 1]);
        lineSeparator = getProperty("line.separator", "\n");
        in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    }

    public static void setIn(InputStream s) {
        in = s;
    }

    public static void setOut(PrintStream s) {
        out = s;
    }

    public static void setErr(PrintStream s) {
        err = s;
    }

    public static String lineSeparator() {
        return lineSeparator;
    }

    private static void checkKey(String key) {
        if (key == null)
            throw new NullPointerException("key can't be null");
        if (key.isEmpty())
            throw new IllegalArgumentException("key can't be empty");
    }

    private static int indexOf(String key) {
        for (int i = 0; i < nprops; i++)
            if (keys[i].equals(key))
                return i;
        return -1;
    }

    public static String getProperty(String key) {
        checkKey(key);
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    public static String getProperty(String key, String def) {
        checkKey(key);
        int i = indexOf(key);
        return i < 0 ? def : values[i];
    }

    public static synchronized String setProperty(String key, String value) {
        checkKey(key);
        if (value == null)
            throw new NullPointerException();
        int i = indexOf(key);
        if (i >= 0) {
            String old = values[i];
            values[i] = value;
            return old;
        }
        if (nprops == keys.length) {
            String[] k = new String[nprops * 2 + 8];
            String[] v = new String[nprops * 2 + 8];
            arraycopy(keys, 0, k, 0, nprops);
            arraycopy(values, 0, v, 0, nprops);
            keys = k;
            values = v;
        }
        keys[nprops] = key;
        values[nprops] = value;
        nprops++;
        return null;
    }

    public static synchronized String clearProperty(String key) {
        checkKey(key);
        int i = indexOf(key);
        if (i < 0)
            return null;
        String old = values[i];
        nprops--;
        keys[i] = keys[nprops];
        values[i] = values[nprops];
        keys[nprops] = null;
        values[nprops] = null;
        return old;
    }

    /* Names of every property, for Properties-like views in the library. */
    static String[] propertyNames() {
        String[] r = new String[nprops];
        arraycopy(keys, 0, r, 0, nprops);
        return r;
    }

    public static String getenv(String name) {
        if (name == null)
            throw new NullPointerException();
        return getenv0(name);
    }

    /* The environment as a flat array of names and values. */
    static String[] environment() {
        return environ0();
    }

    public static java.util.Map<String, String> getenv() {
        String[] kv = environ0();
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2)
            m.put(kv[i], kv[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }

    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    public static void gc() {
        Runtime.getRuntime().gc();
    }

    public static void runFinalization() {
    }

    public static Object getSecurityManager() {
        return null;
    }

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long nanoTime();

    public static native long currentTimeMillis();

    public static native int identityHashCode(Object x);

    private static native String[] vmProperties();

    private static native String getenv0(String name);

    private static native String[] environ0();
}
