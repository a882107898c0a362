/* CloneNotSupportedException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class CloneNotSupportedException extends Exception {
    public CloneNotSupportedException() {
        super();
    }

    public CloneNotSupportedException(String message) {
        super(message);
    }
}
