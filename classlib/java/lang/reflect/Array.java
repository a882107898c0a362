/* Array: creating arrays of a run-time type (jvm/natives_core.c). */
package java.lang.reflect;

public final class Array {
    private Array() {
    }

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        return newArray(componentType, length);
    }

    public static Object newInstance(Class<?> componentType, int... dimensions) {
        if (dimensions.length == 0)
            throw new IllegalArgumentException("Empty dimensions array");
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
}
