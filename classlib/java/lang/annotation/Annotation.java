package java.lang.annotation;

/** The common interface of every annotation type. */
public interface Annotation {
    boolean equals(Object obj);
    int hashCode();
    String toString();
    Class<? extends Annotation> annotationType();
}
