/*
 * AccessibleObject: the accessible flag of fields, methods and
 * constructors (setAccessible suppresses the language's access checks,
 * as in the JDK for classes outside named modules) and their annotations.
 */
package java.lang.reflect;

import java.lang.annotation.Annotation;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public class AccessibleObject implements AnnotatedElement {
    boolean override;

    protected AccessibleObject() {
    }

    public static void setAccessible(AccessibleObject[] array, boolean flag) {
        for (AccessibleObject ao : array)
            ao.setAccessible(flag);
    }

    public void setAccessible(boolean flag) {
        override = flag;
    }

    public final boolean trySetAccessible() {
        override = true;
        return true;
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
