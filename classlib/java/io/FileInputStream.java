package java.io;

import java.util.Objects;
import jdk.internal.fs.FS;

/** Bytes from a file (through the platform's files) or from standard input. */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    private final long handle;          /* a file's; -1 for a standard stream */
    private final Object closeLock = new Object();
    private volatile boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        if (name == null)
            throw new NullPointerException();
        if (file.isInvalid())
            throw new FileNotFoundException("Invalid file path");
        this.handle = FS.openIo(name, FS.O_READ);
        this.fd = new FileDescriptor();
    }

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
        this.handle = -1;
    }

    /** Reads up to len bytes; -1 at end of input. */
    private static native int readBytes0(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] b = new byte[1];
        int n = read(b, 0, 1);
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
        if (handle >= 0)
            return FS.read(handle, b, off, len);
        return readBytes0(fd.fd(), b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        if (handle < 0)
            return super.skip(n);
        if (closed)
            throw new IOException("Stream Closed");
        long pos = FS.tell(handle);
        long to = n < 0 ? Math.max(0, pos + n) : pos + n;
        FS.seek(handle, to);
        return to - pos;
    }

    @Override
    public int available() throws IOException {
        if (handle < 0)
            return 0;
        if (closed)
            throw new IOException("Stream Closed");
        long left = FS.size(handle) - FS.tell(handle);
        return left <= 0 ? 0 : left > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) left;
    }

    @Override
    public void close() throws IOException {
        synchronized (closeLock) {
            if (closed)
                return;
            closed = true;
        }
        if (handle >= 0)
            FS.close(handle);
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
