/*
 * AnnotationParser: decodes RuntimeVisibleAnnotations and AnnotationDefault
 * bytes (JVMS 4.7.16) into annotation objects.  Each annotation type gets
 * one generated class (AnnotationClassWriter) that implements it on top of
 * AnnotationImpl; its members' values sit in a LinkedHashMap in the JDK's
 * order (defaults first, in a HashMap's order, then the class file's).
 * Annotations of a type that cannot be loaded are skipped, as the JDK does.
 */
package jdk.internal.reflect;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;

public final class AnnotationParser {
    private final Class<?> ctx;
    private final byte[] b;
    private int pos;

    private AnnotationParser(Class<?> ctx, byte[] b) {
        this.ctx = ctx;
        this.b = b;
    }

    private static final Annotation[] NONE = new Annotation[0];
    private static final HashMap<Class<?>, Class<?>> implClasses = new HashMap<>();
    private static final HashMap<Class<?>, HashMap<String, Object>> defaults = new HashMap<>();

    public static Annotation[] parse(Class<?> ctx, byte[] bytes) {
        if (bytes == null)
            return NONE;
        AnnotationParser p = new AnnotationParser(ctx, bytes);
        ArrayList<Annotation> list = new ArrayList<>();
        try {
            int n = p.u2();
            for (int i = 0; i < n; i++) {
                Annotation a = p.annotation();
                if (a != null)
                    list.add(a);
            }
        } catch (IndexOutOfBoundsException e) {
            throw new java.lang.annotation.AnnotationFormatError("Unexpected end of annotations");
        }
        return list.toArray(NONE);
    }

    /* RuntimeVisibleParameterAnnotations: one array per parameter; when
     * the attribute covers fewer parameters than the descriptor (an inner
     * class's constructor and its outer instance), the first ones get none. */
    public static Annotation[][] parameters(Class<?> ctx, byte[] bytes, int count) {
        Annotation[][] r = new Annotation[count][];
        AnnotationParser p = bytes == null ? null : new AnnotationParser(ctx, bytes);
        try {
            int n = p == null ? 0 : p.u1();
            if (n > count)
                throw new java.lang.annotation.AnnotationFormatError("Parameter annotations don't match number of parameters");
            for (int i = 0; i < count - n; i++)
                r[i] = NONE;
            for (int i = count - n; i < count; i++) {
                int k = p.u2();
                ArrayList<Annotation> list = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    Annotation a = p.annotation();
                    if (a != null)
                        list.add(a);
                }
                r[i] = list.toArray(NONE);
            }
        } catch (IndexOutOfBoundsException e) {
            throw new java.lang.annotation.AnnotationFormatError("Unexpected end of parameter annotations");
        }
        return r;
    }

    private static final HashMap<Class<?>, HashMap<Integer, Annotation[]>> memberCache = new HashMap<>();

    /* A field's (kind 1) or method's (kind 2) annotations, parsed once and
     * shared by every copy of the member, as the JDK shares them. */
    public static Annotation[] member(Class<?> c, int kind, int slot) {
        synchronized (memberCache) {
            HashMap<Integer, Annotation[]> m = memberCache.get(c);
            if (m == null)
                memberCache.put(c, m = new HashMap<>());
            Integer key = kind << 16 | slot;
            Annotation[] a = m.get(key);
            if (a == null)
                m.put(key, a = parse(c, Reflection.annotations(c, kind, slot)));
            return a;
        }
    }

    /* The default value of an annotation member (AnnotationDefault bytes). */
    public static Object defaultValue(Method m, byte[] bytes) {
        if (bytes == null)
            return null;
        Object v = new AnnotationParser(m.getDeclaringClass(), bytes).elementValue(m.getReturnType());
        return v instanceof Throwable ? null : v;
    }

    public static <A extends Annotation> A find(Annotation[] as, Class<A> type) {
        if (type == null)
            throw new NullPointerException();
        for (Annotation a : as)
            if (a.annotationType() == type)
                return type.cast(a);
        return null;
    }

    /* Direct ones, or else those inside a @Repeatable container. */
    @SuppressWarnings("unchecked")
    public static <A extends Annotation> A[] byType(Annotation[] as, Class<A> type) {
        ArrayList<A> list = new ArrayList<>();
        for (Annotation a : as)
            if (a.annotationType() == type)
                list.add(type.cast(a));
        java.lang.annotation.Repeatable rep = type.getAnnotation(java.lang.annotation.Repeatable.class);
        if (list.isEmpty() && rep != null) {
            Annotation c = find(as, rep.value());
            if (c != null) {
                try {
                    Method m = c.annotationType().getDeclaredMethod("value");
                    m.setAccessible(true);
                    for (Object o : (Object[]) m.invoke(c))
                        list.add(type.cast(o));
                } catch (ReflectiveOperationException e) {
                    throw new java.lang.annotation.AnnotationFormatError(e);
                }
            }
        }
        return list.toArray((A[]) java.lang.reflect.Array.newInstance(type, list.size()));
    }

    /* ---- decoding --------------------------------------------------------- */

    private int u1() {
        return b[pos++] & 0xff;
    }

    private int u2() {
        int v = (b[pos] & 0xff) << 8 | (b[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    private String utf8() {
        return Reflection.constUtf8(ctx, u2());
    }

    private static Class<?> load(String desc) {
        try {
            return Reflection.typeOf(desc);
        } catch (LinkageError e) {
            return null;
        }
    }

    /* One annotation, or null (its type cannot be loaded or is not one). */
    private Annotation annotation() {
        Class<?> type = load(utf8());
        int n = u2();
        boolean ok = type != null && type.isAnnotation();
        HashMap<String, Method> members = ok ? membersOf(type) : new HashMap<>();
        LinkedHashMap<String, Object> values = ok ? new LinkedHashMap<>(defaultsOf(type, members)) : null;
        for (int i = 0; i < n; i++) {
            String name = utf8();
            Method m = members.get(name);
            Object v = elementValue(m == null ? null : m.getReturnType());
            if (ok && m != null && !(v instanceof Throwable))
                values.put(name, v);
        }
        if (!ok)
            return null;
        @SuppressWarnings("unchecked")
        Class<? extends Annotation> at = (Class<? extends Annotation>) type;
        return newAnnotation(at, values);
    }

    private static HashMap<String, Method> membersOf(Class<?> type) {
        HashMap<String, Method> r = new HashMap<>();
        for (Method m : type.getDeclaredMethods())
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                r.put(m.getName(), m);
        return r;
    }

    private static synchronized HashMap<String, Object> defaultsOf(Class<?> type, HashMap<String, Method> members) {
        HashMap<String, Object> d = defaults.get(type);
        if (d == null) {
            d = new HashMap<>(0);
            for (Method m : type.getDeclaredMethods()) {
                if (!m.equals(members.get(m.getName())))
                    continue;
                Object v = m.getDefaultValue();
                if (v != null)
                    d.put(m.getName(), v);
            }
            defaults.put(type, d);
        }
        return d;
    }

    /* An element value of (member) type t; a Throwable stands for a value
     * that does not fit (the member is then left out). */
    private Object elementValue(Class<?> t) {
        int tag = u1();
        switch (tag) {
        case 'B': return (byte) Reflection.constInt(ctx, u2());
        case 'C': return (char) Reflection.constInt(ctx, u2());
        case 'S': return (short) Reflection.constInt(ctx, u2());
        case 'Z': return Reflection.constInt(ctx, u2()) != 0;
        case 'I': return Reflection.constInt(ctx, u2());
        case 'J': return Reflection.constLong(ctx, u2());
        case 'F': return Reflection.constFloat(ctx, u2());
        case 'D': return Reflection.constDouble(ctx, u2());
        case 's': return utf8();
        case 'e': {
            Class<?> ec = load(utf8());
            String name = utf8();
            if (ec == null || !ec.isEnum())
                return new Error();
            for (Object c : ec.getEnumConstants())
                if (((Enum<?>) c).name().equals(name))
                    return c;
            return new Error();
        }
        case 'c': {
            Class<?> c = load(utf8());
            return c == null ? new Error() : c;
        }
        case '@': {
            Annotation a = annotation();
            return a == null ? new Error() : a;
        }
        case '[': {
            int n = u2();
            Class<?> ct = t != null && t.isArray() ? t.getComponentType() : null;
            Object arr = ct == null ? null : java.lang.reflect.Array.newInstance(ct, n);
            boolean bad = arr == null;
            for (int i = 0; i < n; i++) {
                Object v = elementValue(ct);
                if (!bad && (v instanceof Throwable || !store(arr, i, v)))
                    bad = true;
            }
            return bad ? new Error() : arr;
        }
        default:
            throw new java.lang.annotation.AnnotationFormatError("Invalid member-value tag in annotation: " + (char) tag);
        }
    }

    private static boolean store(Object a, int i, Object v) {
        if (a instanceof Object[]) {
            if (!a.getClass().getComponentType().isInstance(v))
                return false;
            ((Object[]) a)[i] = v;
        } else if (a instanceof int[] && v instanceof Integer) ((int[]) a)[i] = (Integer) v;
        else if (a instanceof long[] && v instanceof Long) ((long[]) a)[i] = (Long) v;
        else if (a instanceof boolean[] && v instanceof Boolean) ((boolean[]) a)[i] = (Boolean) v;
        else if (a instanceof byte[] && v instanceof Byte) ((byte[]) a)[i] = (Byte) v;
        else if (a instanceof char[] && v instanceof Character) ((char[]) a)[i] = (Character) v;
        else if (a instanceof short[] && v instanceof Short) ((short[]) a)[i] = (Short) v;
        else if (a instanceof float[] && v instanceof Float) ((float[]) a)[i] = (Float) v;
        else if (a instanceof double[] && v instanceof Double) ((double[]) a)[i] = (Double) v;
        else
            return false;
        return true;
    }

    /* ---- instances ----------------------------------------------------------- */

    public static Annotation newAnnotation(Class<? extends Annotation> type, LinkedHashMap<String, Object> values) {
        Class<?> impl;
        synchronized (implClasses) {
            impl = implClasses.get(type);
            if (impl == null) {
                impl = Reflection.defineClass(AnnotationClassWriter.write(type));
                implClasses.put(type, impl);
            }
        }
        try {
            AnnotationImpl a = (AnnotationImpl) impl.getDeclaredConstructor().newInstance();
            a.init(type, values);
            return (Annotation) a;
        } catch (ReflectiveOperationException e) {
            throw new java.lang.annotation.AnnotationFormatError(e);
        }
    }
}
