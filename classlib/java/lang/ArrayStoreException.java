/* ArrayStoreException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class ArrayStoreException extends RuntimeException {
    public ArrayStoreException() {
        super();
    }

    public ArrayStoreException(String message) {
        super(message);
    }
}
