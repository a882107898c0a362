/* ClassCircularityError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class ClassCircularityError extends LinkageError {
    public ClassCircularityError() {
        super();
    }

    public ClassCircularityError(String message) {
        super(message);
    }
}
