package jdk.internal.fs;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The platform's files (jvm/natives_fs.c): what java.io.File, the file
 * streams, RandomAccessFile and java.nio.file stand on.  Errors are the
 * platform's numbers (PLAT_FS_* in jvm/platform.h); message() gives the
 * words java prints for them.
 */
public final class FS {
    private FS() {}

    public static final int NOENT = 1, ACCES = 2, EXIST = 3, NOTDIR = 4, ISDIR = 5,
            NOTEMPTY = 6, INVAL = 7, NAMETOOLONG = 8, LOOP = 9, NOSPC = 10, IO = 11,
            XDEV = 12, MFILE = 13, BADF = 14, NOMEM = 15;

    public static final int O_READ = 1, O_WRITE = 2, O_APPEND = 4, O_CREATE = 8,
            O_TRUNC = 16, O_EXCL = 32;

    public static final int K_NONE = 0, K_FILE = 1, K_DIR = 2, K_OTHER = 3;
    public static final int A_READ = 1, A_WRITE = 2, A_EXEC = 4;

    public static native String message(int err);
    /** A handle (>= 0), or a negated error. */
    public static native long open(String path, int flags);
    public static native int close(long h);
    /** -1 at the end. */
    public static native int read(long h, byte[] b, int off, int len) throws IOException;
    public static native void write(long h, byte[] b, int off, int len) throws IOException;
    public static native void seek(long h, long pos) throws IOException;
    public static native long tell(long h) throws IOException;
    public static native long size(long h) throws IOException;
    public static native void setLength(long h, long len) throws IOException;
    /** out = {kind, access, size, mtime ms}; returns 0 or an error. */
    public static native int stat(String path, long[] out);
    public static native String[] list(String path, int[] err);
    public static native int mkdir(String path);
    public static native int delete(String path);
    public static native int rename(String from, String to);

    /** {kind, access, size, mtime} or null if the path cannot be seen. */
    public static long[] stat(String path) {
        long[] st = new long[4];
        return stat(path, st) == 0 ? st : null;
    }

    /** Opens for java.io: FileNotFoundException "path (why)" as java. */
    public static long openIo(String path, int flags) throws FileNotFoundException {
        long h = open(path, flags);
        if (h < 0)
            throw new FileNotFoundException(path + " (" + message((int) -h) + ")");
        return h;
    }

    /** The exception java.nio.file throws for err on file (and other). */
    public static FileSystemException nio(int err, String file, String other) {
        switch (err) {
        case ACCES: return new AccessDeniedException(file, other, null);
        case NOENT: return new NoSuchFileException(file, other, null);
        case EXIST: return new FileAlreadyExistsException(file, other, null);
        case LOOP:
            return new FileSystemException(file, other,
                    message(err) + " or unable to access attributes of symbolic link");
        default: return new FileSystemException(file, other, message(err));
        }
    }
}
