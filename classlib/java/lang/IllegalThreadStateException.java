/* IllegalThreadStateException: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class IllegalThreadStateException extends IllegalArgumentException {
    public IllegalThreadStateException() {
        super();
    }

    public IllegalThreadStateException(String s) {
        super(s);
    }
}
