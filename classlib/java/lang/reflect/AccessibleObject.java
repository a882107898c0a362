/*
 * AccessibleObject: the accessible flag of fields, methods and
 * constructors (setAccessible suppresses the language's access checks;
 * the class library is closed to programs as module java.base is to the
 * unnamed module) and their annotations.
 */
package java.lang.reflect;

import java.lang.annotation.Annotation;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public class AccessibleObject implements AnnotatedElement {
    boolean override;

    protected AccessibleObject() {
    }

    /* All or none: every member is checked before any is changed. */
    public static void setAccessible(AccessibleObject[] array, boolean flag) {
        if (flag) {
            Class<?> caller = Reflection.getSetAccessibleCaller();
            array = array.clone();
            for (AccessibleObject ao : array)
                ao.checkCanSetAccessible(caller, true);
        }
        for (AccessibleObject ao : array)
            ao.override = flag;
    }

    public void setAccessible(boolean flag) {
        if (flag)
            checkCanSetAccessible(Reflection.getSetAccessibleCaller(), true);
        override = flag;
    }

    public final boolean trySetAccessible() {
        if (override)
            return true;
        if (!checkCanSetAccessible(Reflection.getSetAccessibleCaller(), false))
            return false;
        override = true;
        return true;
    }

    private static final Object unnamedModule = new Object();

    /* The JDK's module rule for a program in the unnamed module: the class
     * library (module java.base) is open to itself; to others it exports
     * the public members of public classes in exported packages (java.*,
     * plinth), and opens nothing. */
    final boolean checkCanSetAccessible(Class<?> caller, boolean throwOnFail) {
        Member m = (Member) this;
        Class<?> dc = m.getDeclaringClass();
        if (caller == null || Reflection.isBootClass(caller) || !Reflection.isBootClass(dc))
            return true;
        String pn = dc.getPackageName();
        boolean exported = pn.startsWith("java.") || pn.equals("plinth");
        boolean classPublic = Modifier.isPublic(Reflection.classAccessFlags(dc));
        int mods = m.getModifiers();
        if (exported && classPublic) {
            if (Modifier.isPublic(mods))
                return true;
            if (Modifier.isProtected(mods) && Modifier.isStatic(mods) && dc.isAssignableFrom(caller))
                return true;
        }
        if (!throwOnFail)
            return false;
        throw new InaccessibleObjectException("Unable to make " + (this instanceof Field ? "field " : "") + this
                + " accessible: module java.base does not \"" + (exported && classPublic && Modifier.isPublic(mods) ? "exports" : "opens")
                + " " + pn + "\" to unnamed module @" + Integer.toHexString(System.identityHashCode(unnamedModule)));
    }

    @Deprecated(since = "9")
    public boolean isAccessible() {
        return override;
    }

    public final boolean canAccess(Object obj) {
        if (override)
            return true;
        Class<?> caller = Reflection.getCallerClass();
        Class<?> target = null;
        if (this instanceof Member && !Modifier.isStatic(((Member) this).getModifiers())
                && !(this instanceof Constructor)) {
            Class<?> dc = ((Member) this).getDeclaringClass();
            if (obj == null)
                throw new IllegalArgumentException("null object for " + this);
            if (!dc.isInstance(obj))
                throw new IllegalArgumentException("object is not an instance of " + dc.getName());
            target = obj.getClass();
        } else if (obj != null) {
            throw new IllegalArgumentException("non-null object for " + this);
        }
        return Reflection.verifyMemberAccess(caller, ((Member) this).getDeclaringClass(), target,
                ((Member) this).getModifiers());
    }

    /* The last caller that passed the access check (as the JDK's
     * accessCheckCache); protected instance members depend on the target
     * too and are checked every time. */
    private volatile Class<?> checkedCaller;

    /* The access check of get/set/invoke/newInstance. */
    final void checkAccess(Class<?> memberClass, Object target, int modifiers) throws IllegalAccessException {
        if (override)
            return;
        Class<?> caller = Reflection.getCallerClass();
        if (caller == checkedCaller)
            return;
        boolean targetMatters = Modifier.isProtected(modifiers) && !Modifier.isStatic(modifiers);
        Class<?> targetClass = target == null || Modifier.isStatic(modifiers) ? null : target.getClass();
        Reflection.checkAccess(caller, memberClass, targetClass, modifiers);
        if (!targetMatters)
            checkedCaller = caller;
    }

    /* ---- annotations: subclasses say where theirs are ---------------------- */

    Annotation[] declaredAnnotations;

    Annotation[] parseAnnotations() {
        return new Annotation[0];
    }

    private Annotation[] annotations() {
        Annotation[] a = declaredAnnotations;
        if (a == null)
            declaredAnnotations = a = parseAnnotations();
        return a;
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        return AnnotationParser.find(annotations(), annotationClass);
    }

    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    public <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        return getAnnotation(annotationClass);
    }

    public Annotation[] getDeclaredAnnotations() {
        return annotations().clone();
    }

    @SuppressWarnings("unchecked")
    public <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        return AnnotationParser.byType(annotations(), annotationClass);
    }

    public <T extends Annotation> T[] getDeclaredAnnotationsByType(Class<T> annotationClass) {
        return getAnnotationsByType(annotationClass);
    }
}
