/* NoSuchMethodError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class NoSuchMethodError extends IncompatibleClassChangeError {
    public NoSuchMethodError() {
        super();
    }

    public NoSuchMethodError(String message) {
        super(message);
    }
}
