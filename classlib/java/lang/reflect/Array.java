/*
 * Array: creating arrays of a run-time type (jvm/natives_core.c), and
 * reading and writing their elements with the JDK's widening and
 * messages (HotSpot's Reflection::array_get/array_set).
 */
package java.lang.reflect;

public final class Array {
    private Array() {
    }

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        return newArray(componentType, length);
    }

    public static Object newInstance(Class<?> componentType, int... dimensions) {
        if (dimensions.length == 0)
            throw new IllegalArgumentException();
        return multi(componentType, dimensions, 0);
    }

    private static Object multi(Class<?> componentType, int[] dims, int i) {
        if (i == dims.length - 1)
            return newArray(componentType, dims[i]);
        Class<?> sub = componentType;
        for (int k = i + 1; k < dims.length; k++)
            sub = newArray(sub, 0).getClass();
        Object[] a = (Object[]) newArray(sub, dims[i]);
        for (int k = 0; k < a.length; k++)
            a[k] = multi(componentType, dims, i + 1);
        return a;
    }

    public static native int getLength(Object array) throws IllegalArgumentException;

    private static native Object newArray(Class<?> componentType, int length) throws NegativeArraySizeException;

    /* ---- elements ------------------------------------------------------------ */

    private static Object array(Object a) {
        if (a == null)
            throw new NullPointerException();
        if (!a.getClass().isArray())
            throw new IllegalArgumentException("Argument is not an array");
        return a;
    }

    private static Object primitiveArray(Object a) {
        if (array(a) instanceof Object[])
            throw new IllegalArgumentException("Argument is not an array of primitive type");
        return a;
    }

    private static void checkIndex(Object a, int i) {
        if (i < 0 || i >= getLength(a))
            throw new ArrayIndexOutOfBoundsException();
    }

    public static Object get(Object array, int index) throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        Object a = array(array);
        checkIndex(a, index);
        if (a instanceof Object[]) return ((Object[]) a)[index];
        if (a instanceof int[]) return ((int[]) a)[index];
        if (a instanceof long[]) return ((long[]) a)[index];
        if (a instanceof double[]) return ((double[]) a)[index];
        if (a instanceof byte[]) return ((byte[]) a)[index];
        if (a instanceof char[]) return ((char[]) a)[index];
        if (a instanceof boolean[]) return ((boolean[]) a)[index];
        if (a instanceof float[]) return ((float[]) a)[index];
        return ((short[]) a)[index];
    }

    /* An element of a primitive array widened to type `to` (boxed). */
    private static Object getPrimitive(Object array, int index, Class<?> to) {
        Object a = primitiveArray(array);
        checkIndex(a, index);
        return jdk.internal.reflect.Reflection.convertArg(get(a, index), to);
    }

    public static boolean getBoolean(Object array, int index) { return (Boolean) getPrimitive(array, index, boolean.class); }
    public static byte getByte(Object array, int index) { return (Byte) getPrimitive(array, index, byte.class); }
    public static char getChar(Object array, int index) { return (Character) getPrimitive(array, index, char.class); }
    public static short getShort(Object array, int index) { return (Short) getPrimitive(array, index, short.class); }
    public static int getInt(Object array, int index) { return (Integer) getPrimitive(array, index, int.class); }
    public static long getLong(Object array, int index) { return (Long) getPrimitive(array, index, long.class); }
    public static float getFloat(Object array, int index) { return (Float) getPrimitive(array, index, float.class); }
    public static double getDouble(Object array, int index) { return (Double) getPrimitive(array, index, double.class); }

    public static void set(Object array, int index, Object value) throws IllegalArgumentException, ArrayIndexOutOfBoundsException {
        Object a = array(array);
        checkIndex(a, index);
        Class<?> ct = a.getClass().getComponentType();
        if (a instanceof Object[]) {
            if (value != null && !ct.isInstance(value))
                throw new IllegalArgumentException("array element type mismatch");
            ((Object[]) a)[index] = value;
            return;
        }
        store(a, index, jdk.internal.reflect.Reflection.convertArg(value, ct));
    }

    /* v is of the exact wrapper type of a's elements. */
    private static void store(Object a, int i, Object v) {
        if (a instanceof int[]) ((int[]) a)[i] = (Integer) v;
        else if (a instanceof long[]) ((long[]) a)[i] = (Long) v;
        else if (a instanceof double[]) ((double[]) a)[i] = (Double) v;
        else if (a instanceof byte[]) ((byte[]) a)[i] = (Byte) v;
        else if (a instanceof char[]) ((char[]) a)[i] = (Character) v;
        else if (a instanceof boolean[]) ((boolean[]) a)[i] = (Boolean) v;
        else if (a instanceof float[]) ((float[]) a)[i] = (Float) v;
        else ((short[]) a)[i] = (Short) v;
    }

    private static void setPrimitive(Object array, int index, Object v) {
        Object a = primitiveArray(array);
        checkIndex(a, index);
        store(a, index, jdk.internal.reflect.Reflection.convertArg(v, a.getClass().getComponentType()));
    }

    public static void setBoolean(Object array, int index, boolean z) { setPrimitive(array, index, z); }
    public static void setByte(Object array, int index, byte b) { setPrimitive(array, index, b); }
    public static void setChar(Object array, int index, char c) { setPrimitive(array, index, c); }
    public static void setShort(Object array, int index, short s) { setPrimitive(array, index, s); }
    public static void setInt(Object array, int index, int i) { setPrimitive(array, index, i); }
    public static void setLong(Object array, int index, long l) { setPrimitive(array, index, l); }
    public static void setFloat(Object array, int index, float f) { setPrimitive(array, index, f); }
    public static void setDouble(Object array, int index, double d) { setPrimitive(array, index, d); }
}
