/* VerifyError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class VerifyError extends LinkageError {
    public VerifyError() {
        super();
    }

    public VerifyError(String message) {
        super(message);
    }
}
