/* GenericArrayType: an array whose component is a parameterized type or a type variable. */
package java.lang.reflect;

public interface GenericArrayType extends Type {
    Type getGenericComponentType();
}
