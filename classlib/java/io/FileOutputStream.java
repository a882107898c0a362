package java.io;

import java.util.Objects;
import jdk.internal.fs.FS;

/** Bytes to a file (through the platform's files) or a standard stream. */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    private final long handle;          /* a file's; -1 for a standard stream */
    private final Object closeLock = new Object();
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
        if (file.isInvalid())
            throw new FileNotFoundException("Invalid file path");
        this.handle = FS.openIo(name, FS.O_WRITE | FS.O_CREATE
                | (append ? FS.O_APPEND : FS.O_TRUNC));
        this.fd = new FileDescriptor();
    }

    public FileOutputStream(FileDescriptor fdObj) {
        this.fd = Objects.requireNonNull(fdObj);
        this.handle = -1;
    }

    private static native void writeBytes0(int fd, byte[] b, int off, int len) throws IOException;

    static native void flush0(int fd);

    @Override
    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    @Override
    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (handle >= 0) {
            if (closed)
                throw new IOException("Stream Closed");
            FS.write(handle, b, off, len);
            return;
        }
        if (closed && fd.fd() > 2)
            throw new IOException("Stream Closed");
        writeBytes0(fd.fd(), b, off, len);
    }

    @Override
    public void flush() throws IOException {
        if (handle < 0)
            flush0(fd.fd());
    }

    @Override
    public void close() throws IOException {
        synchronized (closeLock) {
            if (closed)
                return;
            closed = true;
        }
        if (handle >= 0) {
            int err = FS.close(handle);
            if (err != 0)
                throw new IOException(FS.message(err));
        }
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }
}
