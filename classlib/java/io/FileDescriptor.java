package java.io;

/** An open stream of the platform: 0, 1 and 2 are standard input, output and error. */
public final class FileDescriptor {
    private int fd;

    public FileDescriptor() {
        fd = -1;
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    public static final FileDescriptor in = new FileDescriptor(0);
    public static final FileDescriptor out = new FileDescriptor(1);
    public static final FileDescriptor err = new FileDescriptor(2);

    public boolean valid() {
        return fd != -1;
    }

    public void sync() throws SyncFailedException {
        if (fd == 1 || fd == 2)
            FileOutputStream.flush0(fd);
    }

    int fd() {
        return fd;
    }

    void invalidate() {
        fd = -1;
    }
}
