/* OutOfMemoryError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class OutOfMemoryError extends VirtualMachineError {
    public OutOfMemoryError() {
        super();
    }

    public OutOfMemoryError(String message) {
        super(message);
    }
}
