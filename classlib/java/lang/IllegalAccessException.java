/* IllegalAccessException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class IllegalAccessException extends ReflectiveOperationException {
    public IllegalAccessException() {
        super();
    }

    public IllegalAccessException(String message) {
        super(message);
    }
}
