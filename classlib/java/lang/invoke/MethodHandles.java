/* MethodHandles: a stub for javac (see MethodHandle); javac names
 * MethodHandles.Lookup in every class that has a lambda. */
package java.lang.invoke;

public class MethodHandles {
    private MethodHandles() {
    }

    public static final class Lookup {
        private Lookup() {
        }
    }
}
