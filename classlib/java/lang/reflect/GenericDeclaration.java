/* GenericDeclaration: what declares type variables (classes, methods, constructors). */
package java.lang.reflect;

public interface GenericDeclaration extends AnnotatedElement {
    TypeVariable<?>[] getTypeParameters();
}
