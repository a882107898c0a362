/*
 * Class: the mirror of a class, made by the VM (jvm/class.c), which keeps
 * the vm_class pointer in vmClass.  Names, types and modifiers come from
 * natives (jvm/natives_core.c).  Reflection (members, annotations) is at
 * the end: the VM makes the Field, Method and Constructor objects
 * (jvm/natives_reflect.c), the rest is jdk.internal.reflect and
 * java.lang.reflect.  Class implements Type and GenericDeclaration (three
 * small interfaces with AnnotatedElement, loaded at start-up: the price of
 * a type variable's declaration being its Class, as in the JDK).  Generic
 * types come from the Signature attribute (GenericSignatures), parsed on
 * first use.
 */
package java.lang;

public final class Class<T> implements java.io.Serializable,
        java.lang.reflect.GenericDeclaration, java.lang.reflect.Type {
    private transient long vmClass;
    private transient String name;
    private transient Object[] enumConstants;
    private transient java.lang.annotation.Annotation[] declaredAnnotations;
    /* [0] generic superclass then interfaces, [1] type parameters; or null. */
    private transient Object[] genericInfo;

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
        if (isAnonymousClass() || isLocalClass() || isHidden())
            return null;
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

    private Object[] genericInfo() {
        Object[] g = genericInfo;
        if (g == null) {
            String sig = jdk.internal.reflect.Reflection.signature(this, 0, 0);
            java.util.ArrayList<java.lang.reflect.TypeVariable<?>> tps = new java.util.ArrayList<>();
            java.lang.reflect.Type[] st = sig == null || isArray() || isPrimitive() ? null
                    : java.lang.reflect.GenericSignatures.classSignature(this, sig, tps);
            if (st != null && st.length != getInterfaces0().length + 1)
                st = null;   /* does not match the class: the erased types */
            g = new Object[] { st, tps.toArray(new java.lang.reflect.TypeVariable<?>[0]) };
            genericInfo = g;
        }
        return g;
    }

    public java.lang.reflect.Type getGenericSuperclass() {
        java.lang.reflect.Type[] st = (java.lang.reflect.Type[]) genericInfo()[0];
        if (st == null || isInterface())
            return getSuperclass();
        return st[0];
    }

    public java.lang.reflect.Type[] getGenericInterfaces() {
        java.lang.reflect.Type[] st = (java.lang.reflect.Type[]) genericInfo()[0];
        if (st == null)
            return getInterfaces();
        return java.util.Arrays.copyOfRange(st, 1, st.length);
    }

    public java.lang.reflect.TypeVariable<?>[] getTypeParameters() {
        return ((java.lang.reflect.TypeVariable<?>[]) genericInfo()[1]).clone();
    }

    public native int getModifiers();

    public Class<?> getDeclaringClass() {
        return getDeclaringClass0();
    }

    public Class<?> getEnclosingClass() {
        Object[] info = getEnclosingMethod0();
        return info != null ? (Class<?>) info[0] : getDeclaringClass0();
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

    public static Class<?> forName(String name, boolean initialize, ClassLoader loader) throws ClassNotFoundException {
        return forName0(name, initialize);
    }

    /* The class library's classes (and primitives) have the boot loader,
     * null; the program's, the application loader (one class path). */
    public ClassLoader getClassLoader() {
        return jdk.internal.reflect.Reflection.isBootClass(this) ? null : ClassLoader.getSystemClassLoader();
    }

    private static native Class<?> forName0(String name, boolean initialize) throws ClassNotFoundException;

    static native Class<?> getPrimitiveClass(String name);

    /* ---- reflection: members ---------------------------------------------------- */

    private native java.lang.reflect.Field[] getDeclaredFields0(boolean publicOnly);

    private native java.lang.reflect.Method[] getDeclaredMethods0(boolean publicOnly);

    private native java.lang.reflect.Constructor<T>[] getDeclaredConstructors0(boolean publicOnly);

    private native Class<?>[] getDeclaredClasses0();

    /* { enclosing class, method name, descriptor } of a local or anonymous
     * class (EnclosingMethod), or null. */
    private native Object[] getEnclosingMethod0();

    public boolean isAnonymousClass() {
        return !isArray() && getEnclosingMethod0() != null && getSimpleName().isEmpty();
    }

    public boolean isLocalClass() {
        return !isArray() && getEnclosingMethod0() != null && !getSimpleName().isEmpty();
    }

    public Class<?>[] getDeclaredClasses() {
        return getDeclaredClasses0();
    }

    /* Public member classes and interfaces, inherited ones included. */
    public Class<?>[] getClasses() {
        java.util.ArrayList<Class<?>> list = new java.util.ArrayList<>();
        for (Class<?> c = this; c != null; c = c.getSuperclass())
            for (Class<?> m : c.getDeclaredClasses0())
                if (java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                    list.add(m);
        return list.toArray(new Class<?>[0]);
    }

    public java.lang.reflect.Method getEnclosingMethod() {
        Object[] info = getEnclosingMethod0();
        if (info == null || info[1] == null || ((String) info[1]).startsWith("<"))
            return null;
        String desc = (String) info[2];
        Class<?>[] params = jdk.internal.reflect.Reflection.parameterTypes(desc);
        Class<?> ret = jdk.internal.reflect.Reflection.returnType(desc);
        for (java.lang.reflect.Method m : ((Class<?>) info[0]).getDeclaredMethods0(false))
            if (m.getName().equals(info[1]) && m.getReturnType() == ret && sameTypes(m.getParameterTypes(), params))
                return m;
        throw new InternalError("Enclosing method not found");
    }

    public java.lang.reflect.Constructor<?> getEnclosingConstructor() {
        Object[] info = getEnclosingMethod0();
        if (info == null || !"<init>".equals(info[1]))
            return null;
        Class<?>[] params = jdk.internal.reflect.Reflection.parameterTypes((String) info[2]);
        for (java.lang.reflect.Constructor<?> c : ((Class<?>) info[0]).getDeclaredConstructors0(false))
            if (sameTypes(c.getParameterTypes(), params))
                return c;
        throw new InternalError("Enclosing constructor not found");
    }

    public Class<?> getNestHost() {
        return jdk.internal.reflect.Reflection.nestHost(this);
    }

    public boolean isNestmateOf(Class<?> c) {
        return this == c || (!isPrimitive() && !isArray() && !c.isPrimitive() && !c.isArray()
                && getNestHost() == c.getNestHost());
    }

    public java.lang.reflect.Field[] getDeclaredFields() {
        return getDeclaredFields0(false);
    }

    public java.lang.reflect.Method[] getDeclaredMethods() {
        return getDeclaredMethods0(false);
    }

    public java.lang.reflect.Constructor<?>[] getDeclaredConstructors() {
        return getDeclaredConstructors0(false);
    }

    public java.lang.reflect.Constructor<?>[] getConstructors() {
        return getDeclaredConstructors0(true);
    }

    /* Public fields: declared, then superinterfaces', then the superclass's. */
    public java.lang.reflect.Field[] getFields() {
        java.util.ArrayList<java.lang.reflect.Field> list = new java.util.ArrayList<>();
        java.util.HashSet<Class<?>> seen = new java.util.HashSet<>();
        collectFields(list, seen);
        return list.toArray(new java.lang.reflect.Field[0]);
    }

    private void collectFields(java.util.ArrayList<java.lang.reflect.Field> list, java.util.HashSet<Class<?>> seen) {
        if (!seen.add(this))
            return;
        for (java.lang.reflect.Field f : getDeclaredFields0(true))
            list.add(f);
        for (Class<?> i : getInterfaces())
            i.collectFields(list, seen);
        Class<?> s = getSuperclass();
        if (s != null)
            s.collectFields(list, seen);
    }

    /* Public methods, inherited ones included, with the JDK's rules: static
     * methods of superinterfaces are not inherited; of two methods with
     * the same signature, a class's wins over an interface's and a more
     * specific interface's over a less specific one's. */
    public java.lang.reflect.Method[] getMethods() {
        /* By name: only methods of one name can override each other. */
        java.util.LinkedHashMap<String, java.util.ArrayList<java.lang.reflect.Method>> byName = new java.util.LinkedHashMap<>();
        Class<?> c = this;
        while (c.isArray())
            c = Object.class;
        for (Class<?> k = c; k != null; k = k.getSuperclass())
            for (java.lang.reflect.Method m : k.getDeclaredMethods0(true))
                mergeMethod(byName, m);
        java.util.ArrayList<Class<?>> ifaces = new java.util.ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass())
            k.collectInterfaces(ifaces);
        for (Class<?> i : ifaces)
            for (java.lang.reflect.Method m : i.getDeclaredMethods0(true))
                if (i == c || !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                    mergeMethod(byName, m);
        java.util.ArrayList<java.lang.reflect.Method> list = new java.util.ArrayList<>();
        for (java.util.ArrayList<java.lang.reflect.Method> ms : byName.values())
            list.addAll(ms);
        return list.toArray(new java.lang.reflect.Method[0]);
    }

    private void collectInterfaces(java.util.ArrayList<Class<?>> out) {
        if (isInterface() && !out.contains(this))
            out.add(this);
        for (Class<?> i : getInterfaces())
            i.collectInterfaces(out);
    }

    private static void mergeMethod(java.util.LinkedHashMap<String, java.util.ArrayList<java.lang.reflect.Method>> byName,
                                    java.lang.reflect.Method m) {
        java.util.ArrayList<java.lang.reflect.Method> list = byName.get(m.getName());
        if (list == null)
            byName.put(m.getName(), list = new java.util.ArrayList<>(2));
        Class<?> mc = m.getDeclaringClass();
        for (int i = 0; i < list.size(); i++) {
            java.lang.reflect.Method e = list.get(i);
            if (e.getReturnType() != m.getReturnType()
                    || !java.util.Arrays.equals(e.getParameterTypes(), m.getParameterTypes()))
                continue;
            Class<?> ec = e.getDeclaringClass();
            if (!ec.isInterface())
                return;                         /* a class's method wins */
            if (!mc.isInterface()) {
                list.set(i, m);
                return;
            }
            if (mc.isAssignableFrom(ec))
                return;                         /* e is more specific */
            if (ec.isAssignableFrom(mc)) {
                list.set(i, m);
                return;
            }
        }
        list.add(m);
    }

    public java.lang.reflect.Field getDeclaredField(String name) throws NoSuchFieldException {
        java.util.Objects.requireNonNull(name);
        for (java.lang.reflect.Field f : getDeclaredFields0(false))
            if (f.getName().equals(name))
                return f;
        throw new NoSuchFieldException(name);
    }

    public java.lang.reflect.Field getField(String name) throws NoSuchFieldException {
        java.util.Objects.requireNonNull(name);
        for (java.lang.reflect.Field f : getFields())
            if (f.getName().equals(name))
                return f;
        throw new NoSuchFieldException(name);
    }

    private String methodToString(String name, Class<?>[] argTypes) {
        StringBuilder sb = new StringBuilder(getName()).append('.').append(name).append('(');
        for (int i = 0; argTypes != null && i < argTypes.length; i++) {
            if (i > 0)
                sb.append(',');
            sb.append(argTypes[i] == null ? "null" : argTypes[i].getName());
        }
        return sb.append(')').toString();
    }

    private static boolean sameTypes(Class<?>[] a, Class<?>[] b) {
        int n = b == null ? 0 : b.length;
        if (a.length != n)
            return false;
        for (int i = 0; i < n; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }

    /* Of several matches, the one with the most specific return type. */
    private static java.lang.reflect.Method pick(java.lang.reflect.Method[] ms, String name, Class<?>[] types) {
        java.lang.reflect.Method best = null;
        for (java.lang.reflect.Method m : ms) {
            if (!m.getName().equals(name) || !sameTypes(m.getParameterTypes(), types))
                continue;
            if (best == null || (best.getReturnType() != m.getReturnType()
                    && best.getReturnType().isAssignableFrom(m.getReturnType())))
                best = m;
        }
        return best;
    }

    public java.lang.reflect.Method getDeclaredMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        java.util.Objects.requireNonNull(name);
        java.lang.reflect.Method m = pick(getDeclaredMethods0(false), name, parameterTypes);
        if (m == null)
            throw new NoSuchMethodException(methodToString(name, parameterTypes));
        return m;
    }

    public java.lang.reflect.Method getMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        java.util.Objects.requireNonNull(name);
        java.lang.reflect.Method m = pick(getMethods(), name, parameterTypes);
        if (m == null)
            throw new NoSuchMethodException(methodToString(name, parameterTypes));
        return m;
    }

    private java.lang.reflect.Constructor<T> constructor(boolean publicOnly, Class<?>[] parameterTypes) throws NoSuchMethodException {
        for (java.lang.reflect.Constructor<T> c : getDeclaredConstructors0(publicOnly))
            if (sameTypes(c.getParameterTypes(), parameterTypes))
                return c;
        throw new NoSuchMethodException(methodToString("<init>", parameterTypes));
    }

    public java.lang.reflect.Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        return constructor(false, parameterTypes);
    }

    public java.lang.reflect.Constructor<T> getConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        return constructor(true, parameterTypes);
    }

    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        if (this == Class.class)
            throw new IllegalAccessException("Can not call newInstance() on the Class for java.lang.Class");
        java.lang.reflect.Constructor<T> c;
        try {
            c = constructor(false, new Class<?>[0]);
        } catch (NoSuchMethodException e) {
            throw (InstantiationException) new InstantiationException(getName()).initCause(e);
        }
        if (!c.isAccessible())
            jdk.internal.reflect.Reflection.checkAccess(jdk.internal.reflect.Reflection.getCallerClass(),
                    this, null, c.getModifiers());
        c.setAccessible(true);
        try {
            return c.newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw jdk.internal.reflect.Reflection.<RuntimeException>sneakyThrow(e.getCause());
        }
    }

    public java.lang.reflect.RecordComponent[] getRecordComponents() {
        if (!isRecord())
            return null;
        java.util.ArrayList<java.lang.reflect.RecordComponent> list = new java.util.ArrayList<>();
        try {
            java.lang.reflect.Constructor<java.lang.reflect.RecordComponent> rc =
                    java.lang.reflect.RecordComponent.class.getDeclaredConstructor(Class.class, java.lang.reflect.Field.class);
            rc.setAccessible(true);
            for (java.lang.reflect.Field f : getDeclaredFields0(false))
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers()))
                    list.add(rc.newInstance(this, f));
        } catch (ReflectiveOperationException e) {
            throw new InternalError(e);
        }
        return list.toArray(new java.lang.reflect.RecordComponent[0]);
    }

    /* ---- reflection: annotations ------------------------------------------------- */

    private java.lang.annotation.Annotation[] declaredAnnotations() {
        java.lang.annotation.Annotation[] a = declaredAnnotations;
        if (a == null)
            declaredAnnotations = a = jdk.internal.reflect.AnnotationParser.parse(this,
                    jdk.internal.reflect.Reflection.annotations(this, 0, 0));
        return a;
    }

    /* Declared ones, then @Inherited ones of superclasses not overridden. */
    private java.lang.annotation.Annotation[] allAnnotations() {
        java.util.ArrayList<java.lang.annotation.Annotation> list = new java.util.ArrayList<>();
        for (java.lang.annotation.Annotation a : declaredAnnotations())
            list.add(a);
        for (Class<?> s = getSuperclass(); s != null; s = s.getSuperclass()) {
            for (java.lang.annotation.Annotation a : s.declaredAnnotations()) {
                Class<? extends java.lang.annotation.Annotation> t = a.annotationType();
                if (!t.isAnnotationPresent(java.lang.annotation.Inherited.class))
                    continue;
                boolean have = false;
                for (java.lang.annotation.Annotation b : list)
                    have |= b.annotationType() == t;
                if (!have)
                    list.add(a);
            }
        }
        return list.toArray(new java.lang.annotation.Annotation[0]);
    }

    public <A extends java.lang.annotation.Annotation> A getAnnotation(Class<A> annotationClass) {
        return jdk.internal.reflect.AnnotationParser.find(allAnnotations(), annotationClass);
    }

    public boolean isAnnotationPresent(Class<? extends java.lang.annotation.Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    public java.lang.annotation.Annotation[] getAnnotations() {
        return allAnnotations();
    }

    public <A extends java.lang.annotation.Annotation> A getDeclaredAnnotation(Class<A> annotationClass) {
        return jdk.internal.reflect.AnnotationParser.find(declaredAnnotations(), annotationClass);
    }

    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return declaredAnnotations().clone();
    }

    public <A extends java.lang.annotation.Annotation> A[] getAnnotationsByType(Class<A> annotationClass) {
        return jdk.internal.reflect.AnnotationParser.byType(allAnnotations(), annotationClass);
    }

    public <A extends java.lang.annotation.Annotation> A[] getDeclaredAnnotationsByType(Class<A> annotationClass) {
        return jdk.internal.reflect.AnnotationParser.byType(declaredAnnotations(), annotationClass);
    }
}
