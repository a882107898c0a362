package java.nio.file;

public class NoSuchFileException extends FileSystemException {
    private static final long serialVersionUID = -1485339037489954785L;

    public NoSuchFileException(String file) {
        super(file);
    }

    public NoSuchFileException(String file, String other, String reason) {
        super(file, other, reason);
    }
}
