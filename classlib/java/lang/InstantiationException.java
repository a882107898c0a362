/* InstantiationException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class InstantiationException extends ReflectiveOperationException {
    public InstantiationException() {
        super();
    }

    public InstantiationException(String message) {
        super(message);
    }
}
