/* NoSuchFieldError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class NoSuchFieldError extends IncompatibleClassChangeError {
    public NoSuchFieldError() {
        super();
    }

    public NoSuchFieldError(String message) {
        super(message);
    }
}
