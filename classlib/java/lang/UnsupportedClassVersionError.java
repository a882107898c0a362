/* UnsupportedClassVersionError: part of the VM-coupled java.lang (see docs/jvm.md). */
package java.lang;

public class UnsupportedClassVersionError extends ClassFormatError {
    public UnsupportedClassVersionError() {
        super();
    }

    public UnsupportedClassVersionError(String message) {
        super(message);
    }
}
