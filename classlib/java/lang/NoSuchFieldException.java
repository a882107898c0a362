/* NoSuchFieldException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class NoSuchFieldException extends ReflectiveOperationException {
    public NoSuchFieldException() {
        super();
    }

    public NoSuchFieldException(String message) {
        super(message);
    }
}
