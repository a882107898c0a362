/* Type: the common supertype of Class and the generic types (loads at start-up: Class implements it). */
package java.lang.reflect;

public interface Type {
    default String getTypeName() {
        return toString();
    }
}
