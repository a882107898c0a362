/* Constructor: a constructor of a class; newInstance builds an object with it. */
package java.lang.reflect;

import jdk.internal.reflect.Reflection;

public final class Constructor<T> extends Executable {
    private Constructor() {
    }

    @SuppressWarnings("unchecked")
    public Class<T> getDeclaringClass() {
        return (Class<T>) clazz;
    }

    public String getName() {
        return clazz.getName();
    }

    public boolean equals(Object obj) {
        if (obj instanceof Constructor) {
            Constructor<?> o = (Constructor<?>) obj;
            return clazz == o.clazz && sameParameters(o);
        }
        return false;
    }

    public int hashCode() {
        return clazz.getName().hashCode();
    }

    void specificToStringHeader(StringBuilder sb, String returnType) {
        sb.append(clazz.getTypeName());
    }

    public String toString() {
        return sharedToString(Modifier.constructorModifiers(), false, false);
    }

    public String toGenericString() {
        return sharedToString(Modifier.constructorModifiers(), false, true);
    }

    @SuppressWarnings("unchecked")
    public T newInstance(Object... initargs)
            throws InstantiationException, IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        checkAccess(clazz, null, modifiers);
        if ((clazz.getModifiers() & Modifier.ENUM) != 0)
            throw new IllegalArgumentException("Cannot reflectively create enum objects");
        if (Modifier.isAbstract(clazz.getModifiers()))
            throw new InstantiationException();
        if (clazz == Class.class)
            throw new InstantiationException("Can not instantiate java.lang.Class");
        Object[] a = convertArgs(initargs);
        Throwable[] thrown = new Throwable[1];
        Object r = Reflection.newInstance0(clazz, slot, a, thrown);
        if (thrown[0] != null)
            throw new InvocationTargetException(thrown[0]);
        return (T) r;
    }
}
