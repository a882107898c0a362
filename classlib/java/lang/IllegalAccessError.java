/* IllegalAccessError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class IllegalAccessError extends IncompatibleClassChangeError {
    public IllegalAccessError() {
        super();
    }

    public IllegalAccessError(String message) {
        super(message);
    }
}
