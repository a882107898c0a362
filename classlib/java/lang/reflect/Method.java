/* Method: a method of a class or interface; invoke dispatches virtually. */
package java.lang.reflect;

import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public final class Method extends Executable {
    private Class<?> rtype;

    private Method() {
    }

    public String getName() {
        return name;
    }

    public Class<?> getReturnType() {
        Class<?> r = rtype;
        if (r == null)
            rtype = r = Reflection.returnType(desc);
        return r;
    }

    public boolean isBridge() {
        return (modifiers & Modifier.BRIDGE) != 0;
    }

    public boolean isDefault() {
        return ((modifiers & (Modifier.ABSTRACT | Modifier.PUBLIC | Modifier.STATIC)) == Modifier.PUBLIC)
                && clazz.isInterface();
    }

    /* The default value of an annotation type's element, or null. */
    public Object getDefaultValue() {
        return AnnotationParser.defaultValue(this, Reflection.annotations(clazz, 3, slot));
    }

    public boolean equals(Object obj) {
        if (obj instanceof Method) {
            Method o = (Method) obj;
            return clazz == o.clazz && name == o.name && getReturnType() == o.getReturnType() && sameParameters(o);
        }
        return false;
    }

    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    public Type getGenericReturnType() {
        return genericReturnType();
    }

    Class<?> returnTypeOrNull() {
        return getReturnType();
    }

    void specificToStringHeader(StringBuilder sb, String returnType) {
        sb.append(returnType).append(' ');
        sb.append(clazz.getTypeName()).append('.').append(name);
    }

    public String toString() {
        return sharedToString(Modifier.methodModifiers(), isDefault(), false);
    }

    public String toGenericString() {
        return sharedToString(Modifier.methodModifiers(), isDefault(), true);
    }

    public Object invoke(Object obj, Object... args)
            throws IllegalAccessException, IllegalArgumentException, InvocationTargetException {
        checkAccess(clazz, obj, modifiers);
        boolean isStatic = Modifier.isStatic(modifiers);
        if (!isStatic) {
            if (obj == null)   /* the JDK's obj.getClass() for the access check, or its native accessor */
                throw new NullPointerException(override ? null
                        : "Cannot invoke \"Object.getClass()\" because \"obj\" is null");
            if (!clazz.isInstance(obj))
                throw new IllegalArgumentException("object is not an instance of declaring class");
        }
        return call(obj, args, true);
    }

    /* The call itself, virtual or not (InvocationHandler.invokeDefault). */
    Object call(Object obj, Object[] args, boolean virtual) throws InvocationTargetException {
        boolean isStatic = Modifier.isStatic(modifiers);
        Object[] a = convertArgs(args);
        long[] raw = new long[1];
        Throwable[] thrown = new Throwable[1];
        Object recv = isStatic ? null : obj;
        Object r = virtual ? Reflection.invoke0(clazz, slot, recv, a, raw, thrown)
                : Reflection.invokeSpecial0(clazz, slot, recv, a, raw, thrown);
        if (thrown[0] != null)
            throw new InvocationTargetException(thrown[0]);
        Class<?> rt = getReturnType();
        if (rt.isPrimitive())
            return rt == void.class ? null : Reflection.box(rt, raw[0]);
        return r;
    }
}
