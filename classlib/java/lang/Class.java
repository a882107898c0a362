/*
 * Class: the mirror of a class, made by the VM (jvm/class.c), which keeps
 * the vm_class pointer in vmClass.  Names, types and modifiers come from
 * natives (jvm/natives_core.c); no general reflection yet.
 */
package java.lang;

public final class Class<T> implements java.io.Serializable {
    private transient long vmClass;
    private transient String name;
    private transient Object[] enumConstants;

    private Class() {
    }

    public String getName() {
        String n = name;
        if (n == null)
            name = n = getName0();
        return n;
    }

    private native String getName0();

    public String getSimpleName() {
        return getSimpleName0();
    }

    private native String getSimpleName0();

    public String getTypeName() {
        if (isArray()) {
            Class<?> c = this;
            int dims = 0;
            while (c.isArray()) {
                dims++;
                c = c.getComponentType();
            }
            StringBuilder sb = new StringBuilder(c.getName());
            for (int i = 0; i < dims; i++)
                sb.append("[]");
            return sb.toString();
        }
        return getName();
    }

    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        return getName().replace('$', '.');
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray())
            c = c.getComponentType();
        if (c.isPrimitive())
            return "java.lang";
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    public String toString() {
        return (isInterface() ? "interface " : isPrimitive() ? "" : "class ") + getName();
    }

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native boolean isHidden();

    public native boolean isSealed();

    public native Class<?>[] getPermittedSubclasses();

    public boolean isAnnotation() {
        return (getModifiers() & 0x2000) != 0;
    }

    public boolean isSynthetic() {
        return (getModifiers() & 0x1000) != 0;
    }

    public native Class<? super T> getSuperclass();

    public native Class<?> getComponentType();

    public Class<?> componentType() {
        return getComponentType();
    }

    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(this, 0).getClass();
    }

    public Class<?>[] getInterfaces() {
        return getInterfaces0();
    }

    private native Class<?>[] getInterfaces0();

    public native int getModifiers();

    public Class<?> getDeclaringClass() {
        return getDeclaringClass0();
    }

    public Class<?> getEnclosingClass() {
        return getDeclaringClass0();
    }

    private native Class<?> getDeclaringClass0();

    public boolean isMemberClass() {
        return getDeclaringClass0() != null;
    }

    public boolean isEnum() {
        return (getModifiers() & 0x4000) != 0 && getSuperclass() == Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class && (getModifiers() & 0x10) != 0;
    }

    /* The enum's constants, shared (callers must not change the array). */
    T[] getEnumConstantsShared() {
        Object[] c = enumConstants;
        if (c == null) {
            c = enumValues0();
            enumConstants = c;
        }
        @SuppressWarnings("unchecked")
        T[] r = (T[]) c;
        return r;
    }

    public T[] getEnumConstants() {
        T[] c = getEnumConstantsShared();
        return c == null ? null : c.clone();
    }

    private native Object[] enumValues0();

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj))
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        return (T) obj;
    }

    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this))
            return (Class<? extends U>) this;
        throw new ClassCastException(this.toString());
    }

    public boolean desiredAssertionStatus() {
        return desiredAssertionStatus0();
    }

    private native boolean desiredAssertionStatus0();

    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName0(className, true);
    }

    public static Class<?> forName(String name, boolean initialize, Object loader) throws ClassNotFoundException {
        return forName0(name, initialize);
    }

    private static native Class<?> forName0(String name, boolean initialize) throws ClassNotFoundException;

    static native Class<?> getPrimitiveClass(String name);
}
