/* NullPointerException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class NullPointerException extends RuntimeException {
    public NullPointerException() {
        super();
    }

    public NullPointerException(String message) {
        super(message);
    }
}
