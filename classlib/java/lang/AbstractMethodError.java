/* AbstractMethodError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class AbstractMethodError extends IncompatibleClassChangeError {
    public AbstractMethodError() {
        super();
    }

    public AbstractMethodError(String message) {
        super(message);
    }
}
