/* AnnotatedElement: elements that carry RUNTIME annotations. */
package java.lang.reflect;

import java.lang.annotation.Annotation;

public interface AnnotatedElement {
    default boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return getAnnotation(annotationClass) != null;
    }

    <T extends Annotation> T getAnnotation(Class<T> annotationClass);

    Annotation[] getAnnotations();

    default <T extends Annotation> T getDeclaredAnnotation(Class<T> annotationClass) {
        if (annotationClass == null)
            throw new NullPointerException();
        for (Annotation a : getDeclaredAnnotations())
            if (annotationClass.equals(a.annotationType()))
                return annotationClass.cast(a);
        return null;
    }

    Annotation[] getDeclaredAnnotations();
}
