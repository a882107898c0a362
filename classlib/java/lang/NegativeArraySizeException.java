/* NegativeArraySizeException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class NegativeArraySizeException extends RuntimeException {
    public NegativeArraySizeException() {
        super();
    }

    public NegativeArraySizeException(String message) {
        super(message);
    }
}
