/* StackOverflowError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class StackOverflowError extends VirtualMachineError {
    public StackOverflowError() {
        super();
    }

    public StackOverflowError(String message) {
        super(message);
    }
}
