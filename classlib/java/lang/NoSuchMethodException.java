/* NoSuchMethodException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class NoSuchMethodException extends ReflectiveOperationException {
    public NoSuchMethodException() {
        super();
    }

    public NoSuchMethodException(String message) {
        super(message);
    }
}
