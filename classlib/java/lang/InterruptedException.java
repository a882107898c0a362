/* InterruptedException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class InterruptedException extends Exception {
    public InterruptedException() {
        super();
    }

    public InterruptedException(String message) {
        super(message);
    }
}
