/* IllegalMonitorStateException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class IllegalMonitorStateException extends RuntimeException {
    public IllegalMonitorStateException() {
        super();
    }

    public IllegalMonitorStateException(String message) {
        super(message);
    }
}
