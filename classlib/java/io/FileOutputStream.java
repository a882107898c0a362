package java.io;

import java.util.Objects;

/**
 * Bytes to a platform stream.  Only the standard streams exist for now (the
 * platform has no files yet): opening a file by name fails.
 */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final String path;
    private volatile boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        if (name == null)
            throw new NullPointerException();
        throw new FileNotFoundException(name + " (Read-only file system)");
    }

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
        this.path = null;
    }

    private static native void writeBytes0(int fd, byte[] b, int off, int len) throws IOException;

    static native void flush0(int fd);

    @Override
    public void write(int b) throws IOException {
        writeBytes0(fd.fd(), new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        writeBytes0(fd.fd(), b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed && fd.fd() > 2)
            throw new IOException("Stream Closed");
        writeBytes0(fd.fd(), b, off, len);
    }

    @Override
    public void flush() throws IOException {
        flush0(fd.fd());
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
