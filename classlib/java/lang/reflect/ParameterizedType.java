/* ParameterizedType: a class type with type arguments, such as List<String>. */
package java.lang.reflect;

public interface ParameterizedType extends Type {
    Type[] getActualTypeArguments();

    Type getRawType();

    Type getOwnerType();
}
