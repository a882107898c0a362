/*
 * Reflection: the VM side of core reflection (jvm/natives_reflect.c) and
 * what Field, Method and Constructor share: access checks with the JDK's
 * rules and messages, argument conversion (unboxing and widening to the
 * exact wrapper of a parameter), boxing of raw results.  Not exported.
 */
package jdk.internal.reflect;

import java.lang.reflect.Modifier;

public final class Reflection {
    private Reflection() {
    }

    /* The class of the nearest caller outside java.lang.reflect, this
     * package and java.lang.Class. */
    public static native Class<?> getCallerClass();

    /* The class that calls setAccessible: outside java.lang.reflect only. */
    public static native Class<?> getSetAccessibleCaller();

    /* In the class library (java.base)?  Primitive and array classes too. */
    public static native boolean isBootClass(Class<?> c);

    /* The class file's own access flags (not the InnerClasses ones). */
    public static native int classAccessFlags(Class<?> c);

    public static native Class<?> nestHost(Class<?> c);

    /* The class of a field descriptor, loading it. */
    public static native Class<?> typeOf(String desc);

    public static native Class<?>[] exceptionTypes(Class<?> c, int slot);

    /* RuntimeVisibleAnnotations bytes: kind 0 class, 1 field, 2 method,
     * 3 AnnotationDefault of a method; null if none. */
    public static native byte[] annotations(Class<?> c, int kind, int slot);

    /* A field's (kind 1) or method's (kind 2) Signature attribute, or null. */
    public static native String signature(Class<?> c, int kind, int slot);

    public static native String constUtf8(Class<?> c, int index);

    public static native int constInt(Class<?> c, int index);

    public static native long constLong(Class<?> c, int index);

    public static native float constFloat(Class<?> c, int index);

    public static native double constDouble(Class<?> c, int index);

    public static native void ensureInit(Class<?> c);

    public static native long getRaw(Object obj, Class<?> c, int slot);

    public static native Object getRef(Object obj, Class<?> c, int slot);

    public static native void setRaw(Object obj, Class<?> c, int slot, long bits);

    public static native void setRef(Object obj, Class<?> c, int slot, Object value);

    public static native Object invoke0(Class<?> c, int slot, Object recv, Object[] args, long[] raw, Throwable[] thrown);

    /* invoke0 without virtual dispatch. */
    public static native Object invokeSpecial0(Class<?> c, int slot, Object recv, Object[] args, long[] raw, Throwable[] thrown);

    public static native Object newInstance0(Class<?> c, int slot, Object[] args, Throwable[] thrown);

    public static native Class<?> defineClass(byte[] bytes);

    /* ---- descriptors ------------------------------------------------------- */

    /* The parameter types of a method descriptor. */
    public static Class<?>[] parameterTypes(String desc) {
        int n = 0;
        for (int i = 1; desc.charAt(i) != ')'; i = typeEnd(desc, i))
            n++;
        Class<?>[] r = new Class<?>[n];
        int k = 0;
        for (int i = 1; desc.charAt(i) != ')';) {
            int e = typeEnd(desc, i);
            r[k++] = typeOf(desc.substring(i, e));
            i = e;
        }
        return r;
    }

    public static Class<?> returnType(String desc) {
        return typeOf(desc.substring(desc.indexOf(')') + 1));
    }

    private static int typeEnd(String d, int i) {
        while (d.charAt(i) == '[')
            i++;
        return d.charAt(i) == 'L' ? d.indexOf(';', i) + 1 : i + 1;
    }

    /* ---- access checks (jdk.internal.reflect.Reflection.verifyMemberAccess) --- */

    public static boolean verifyMemberAccess(Class<?> caller, Class<?> memberClass, Class<?> targetClass, int modifiers) {
        if (caller == memberClass)
            return true;
        if (caller == null)
            return false;
        boolean samePackage = caller.getPackageName().equals(memberClass.getPackageName());
        if (!Modifier.isPublic(classAccessFlags(memberClass)) && !samePackage)
            return false;
        if (Modifier.isPublic(modifiers))
            return true;
        if (Modifier.isPrivate(modifiers))
            return nestHost(caller) == nestHost(memberClass);
        boolean ok = false;
        if (Modifier.isProtected(modifiers) && isSubclassOf(caller, memberClass))
            ok = true;
        if (!ok && samePackage)
            return true;
        if (!ok)
            return false;
        /* Protected instance members: the target must be the caller's kind. */
        if (targetClass != null && Modifier.isProtected(modifiers) && !Modifier.isStatic(modifiers)
                && targetClass != caller && !isSubclassOf(targetClass, caller))
            return false;
        return true;
    }

    /* The class library is module java.base; programs are unnamed. */
    private static String moduleSuffix(Class<?> c) {
        return c != null && isBootClass(c) && !c.isPrimitive() && !c.isArray() ? " (in module java.base)" : "";
    }

    private static boolean isSubclassOf(Class<?> c, Class<?> of) {
        for (; c != null; c = c.getSuperclass())
            if (c == of)
                return true;
        return false;
    }

    public static void checkAccess(Class<?> caller, Class<?> memberClass, Class<?> targetClass, int modifiers)
            throws IllegalAccessException {
        if (!verifyMemberAccess(caller, memberClass, targetClass, modifiers))
            throw new IllegalAccessException(caller + moduleSuffix(caller) + " cannot access a member of " + memberClass
                    + moduleSuffix(memberClass) + " with modifiers \"" + Modifier.toString(modifiers) + "\"");
    }

    /* ---- boxing ----------------------------------------------------------------- */

    /* A raw primitive value (as getRaw returns it) boxed. */
    public static Object box(Class<?> type, long bits) {
        if (type == int.class)
            return Integer.valueOf((int) bits);
        if (type == long.class)
            return Long.valueOf(bits);
        if (type == boolean.class)
            return Boolean.valueOf(bits != 0);
        if (type == double.class)
            return Double.valueOf(Double.longBitsToDouble(bits));
        if (type == float.class)
            return Float.valueOf(Float.intBitsToFloat((int) bits));
        if (type == char.class)
            return Character.valueOf((char) bits);
        if (type == byte.class)
            return Byte.valueOf((byte) bits);
        if (type == short.class)
            return Short.valueOf((short) bits);
        return null;
    }

    /* The primitive type a wrapper object unboxes to, or null. */
    public static Class<?> primitiveOf(Object o) {
        if (o instanceof Integer) return int.class;
        if (o instanceof Long) return long.class;
        if (o instanceof Boolean) return boolean.class;
        if (o instanceof Double) return double.class;
        if (o instanceof Float) return float.class;
        if (o instanceof Character) return char.class;
        if (o instanceof Byte) return byte.class;
        if (o instanceof Short) return short.class;
        return null;
    }

    /* Can a value of primitive type from widen to primitive type to (JLS 5.1.2)? */
    public static boolean widens(Class<?> from, Class<?> to) {
        if (from == to)
            return true;
        if (from == boolean.class || to == boolean.class || to == char.class || to == byte.class)
            return false;
        if (from == byte.class)
            return true;
        if (from == short.class || from == char.class)
            return to != short.class;
        if (from == int.class)
            return to == long.class || to == float.class || to == double.class;
        if (from == long.class)
            return to == float.class || to == double.class;
        if (from == float.class)
            return to == double.class;
        return false;
    }

    /* A primitive value's bits as getRaw would return them for type to,
     * after widening from its wrapper's type. */
    public static long widenedBits(Object v, Class<?> to) {
        if (to == double.class)
            return Double.doubleToRawLongBits(asDouble(v));
        if (to == float.class) {
            float f = v instanceof Long ? (float) (long) (Long) v
                    : v instanceof Integer ? (float) (int) (Integer) v : (float) asDouble(v);
            return Float.floatToRawIntBits(f) & 0xffffffffL;
        }
        if (v instanceof Boolean)
            return ((Boolean) v) ? 1 : 0;
        if (v instanceof Character)
            return (Character) v;
        return ((Number) v).longValue();
    }

    private static double asDouble(Object v) {
        if (v instanceof Character)
            return (Character) v;
        if (v instanceof Long)
            return (Long) v;
        if (v instanceof Float)
            return (Float) v;
        return ((Number) v).doubleValue();
    }

    /* v converted for a parameter of type to (method invocation
     * conversion: unboxing then widening), or throws. */
    public static Object convertArg(Object v, Class<?> to) {
        if (!to.isPrimitive()) {
            if (v != null && !to.isInstance(v))
                throw new IllegalArgumentException("argument type mismatch");
            return v;
        }
        if (v == null)
            throw new IllegalArgumentException();
        Class<?> from = primitiveOf(v);
        if (from == null || !widens(from, to))
            throw new IllegalArgumentException("argument type mismatch");
        if (from == to)
            return v;
        if (to == long.class)
            return Long.valueOf(v instanceof Character ? (Character) v : ((Number) v).longValue());
        if (to == int.class)
            return Integer.valueOf(v instanceof Character ? (Character) v : ((Number) v).intValue());
        if (to == short.class)
            return Short.valueOf(((Number) v).shortValue());
        if (to == float.class)
            return Float.valueOf(Float.intBitsToFloat((int) widenedBits(v, to)));
        return Double.valueOf(Double.longBitsToDouble(widenedBits(v, to)));
    }

    @SuppressWarnings("unchecked")
    public static <T extends Throwable> RuntimeException sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
