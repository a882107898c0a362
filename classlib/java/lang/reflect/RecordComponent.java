/* RecordComponent: a component of a record (from its instance fields, in order). */
package java.lang.reflect;

import java.lang.annotation.Annotation;

public final class RecordComponent implements AnnotatedElement {
    private final Class<?> clazz;
    private final Field field;

    /* Made by Class.getRecordComponents (through reflection: it is private). */
    private RecordComponent(Class<?> clazz, Field field) {
        if (field.getDeclaringClass() != clazz)
            throw new IllegalArgumentException();
        this.clazz = clazz;
        this.field = field;
    }

    public String getName() {
        return field.getName();
    }

    public Class<?> getType() {
        return field.getType();
    }

    public Type getGenericType() {
        return field.getGenericType();
    }

    public String getGenericSignature() {
        return null;
    }

    public Method getAccessor() {
        try {
            return clazz.getDeclaredMethod(field.getName());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    public Class<?> getDeclaringRecord() {
        return clazz;
    }

    public String toString() {
        return getType().getTypeName() + " " + getName();
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        return field.getAnnotation(annotationClass);
    }

    public Annotation[] getAnnotations() {
        return field.getAnnotations();
    }

    public Annotation[] getDeclaredAnnotations() {
        return field.getDeclaredAnnotations();
    }
}
