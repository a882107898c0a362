/* IncompatibleClassChangeError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class IncompatibleClassChangeError extends LinkageError {
    public IncompatibleClassChangeError() {
        super();
    }

    public IncompatibleClassChangeError(String message) {
        super(message);
    }
}
