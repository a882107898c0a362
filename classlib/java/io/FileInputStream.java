package java.io;

import java.util.Objects;

/** Bytes from a platform stream; standard input only for now (no files yet). */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private volatile boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        if (name == null)
            throw new NullPointerException();
        throw new FileNotFoundException(name + " (No such file or directory)");
    }

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
    }

    /** Reads up to len bytes; -1 at end of input. */
    private static native int readBytes0(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = readBytes0(fd.fd(), b, 0, 1);
        return n <= 0 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0)
            return 0;
        if (closed)
            throw new IOException("Stream Closed");
        return readBytes0(fd.fd(), b, off, len);
    }

    @Override
    public int available() throws IOException {
        return 0;
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
