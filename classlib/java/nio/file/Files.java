package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import jdk.internal.fs.FS;

/**
 * Files by Path on the platform's files (jdk.internal.fs.FS), with the
 * JDK's exceptions: NoSuchFileException, FileAlreadyExistsException,
 * AccessDeniedException, DirectoryNotEmptyException, NotDirectoryException
 * and FileSystemException with the system's words for the rest.
 */
public final class Files {
    private Files() {}

    private static final int BUFFER_SIZE = 8192;
    private static final java.util.Random random = new java.util.Random();

    /* ---- streams on a handle ---- */

    private static final class HandleInput extends InputStream {
        private final long h;
        private boolean closed;

        HandleInput(long h) {
            this.h = h;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) <= 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed)
                throw new java.nio.channels.ClosedChannelException();
            return len == 0 ? 0 : FS.read(h, b, off, len);
        }

        @Override
        public int available() throws IOException {
            long left = FS.size(h) - FS.tell(h);
            return left <= 0 ? 0 : (int) Math.min(left, Integer.MAX_VALUE);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                FS.close(h);
            }
        }
    }

    private static final class HandleOutput extends OutputStream {
        private final long h;
        private boolean closed;

        HandleOutput(long h) {
            this.h = h;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed)
                throw new java.nio.channels.ClosedChannelException();
            FS.write(h, b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                int err = FS.close(h);
                if (err != 0)
                    throw new IOException(FS.message(err));
            }
        }
    }

    private static String name(Path p) {
        return Objects.requireNonNull(p).toString();
    }

    private static long open(Path path, int flags) throws IOException {
        long h = FS.open(name(path), flags);
        if (h < 0) {
            int err = (int) -h;
            /* java opens a directory and fails on the first read */
            if (err == FS.ISDIR && (flags & (FS.O_WRITE | FS.O_APPEND)) == 0)
                throw new IOException(FS.message(err));
            throw FS.nio(err, name(path), null);
        }
        return h;
    }

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption opt : options)
            if (opt == StandardOpenOption.APPEND || opt == StandardOpenOption.WRITE)
                throw new UnsupportedOperationException("'" + opt + "' not allowed");
        return new HandleInput(open(path, FS.O_READ));
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        int flags = FS.O_WRITE;
        if (options.length == 0) {
            flags |= FS.O_CREATE | FS.O_TRUNC;
        } else {
            boolean append = false, trunc = false;
            for (OpenOption opt : options) {
                if (opt == StandardOpenOption.READ)
                    throw new IllegalArgumentException("READ not allowed");
                if (opt == StandardOpenOption.APPEND)
                    append = true;
                else if (opt == StandardOpenOption.TRUNCATE_EXISTING)
                    trunc = true;
                else if (opt == StandardOpenOption.CREATE)
                    flags |= FS.O_CREATE;
                else if (opt == StandardOpenOption.CREATE_NEW)
                    flags |= FS.O_CREATE | FS.O_EXCL;
                else if (opt == null)
                    throw new NullPointerException();
            }
            if (append && trunc)
                throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
            if (append)
                flags |= FS.O_APPEND;
            if (trunc)
                flags |= FS.O_TRUNC;
        }
        return new HandleOutput(open(path, flags));
    }

    /* ---- whole files ---- */

    public static byte[] readAllBytes(Path path) throws IOException {
        try (InputStream in = newInputStream(path)) {
            byte[] buf = new byte[BUFFER_SIZE];
            int n = 0;
            for (;;) {
                if (n == buf.length)
                    buf = Arrays.copyOf(buf, buf.length * 2);
                int r = in.read(buf, n, buf.length - n);
                if (r < 0)
                    break;
                n += r;
            }
            return n == buf.length ? buf : Arrays.copyOf(buf, n);
        }
    }

    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    public static String readString(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        return new String(readAllBytes(path), cs);
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        try (BufferedReader reader = newBufferedReader(path, cs)) {
            List<String> result = new ArrayList<>();
            for (;;) {
                String line = reader.readLine();
                if (line == null)
                    break;
                result.add(line);
            }
            return result;
        }
    }

    public static Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        BufferedReader br = newBufferedReader(path, cs);
        return br.lines().onClose(() -> {
            try {
                br.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        Objects.requireNonNull(cs);
        return new BufferedReader(new InputStreamReader(newInputStream(path), cs));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(cs);
        return new BufferedWriter(new OutputStreamWriter(newOutputStream(path, options), cs));
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        Objects.requireNonNull(bytes);
        try (OutputStream out = newOutputStream(path, options)) {
            out.write(bytes, 0, bytes.length);
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs,
                             OpenOption... options) throws IOException {
        Objects.requireNonNull(lines);
        Objects.requireNonNull(cs);
        try (BufferedWriter writer = newBufferedWriter(path, cs, options)) {
            for (CharSequence line : lines) {
                writer.append(line);
                writer.newLine();
            }
        }
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options)
            throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options)
            throws IOException {
        Objects.requireNonNull(csq);
        Objects.requireNonNull(cs);
        return write(path, csq.toString().getBytes(cs), options);
    }

    /* ---- attributes ---- */

    private static long[] stat(Path path) {
        return FS.stat(name(path));
    }

    private static long[] statOrThrow(Path path) throws IOException {
        long[] st = new long[4];
        int err = FS.stat(name(path), st);
        if (err != 0)
            throw FS.nio(err, name(path), null);
        return st;
    }

    public static boolean exists(Path path, LinkOption... options) {
        return stat(path) != null;
    }

    public static boolean notExists(Path path, LinkOption... options) {
        return FS.stat(name(path), new long[4]) == FS.NOENT;
    }

    public static boolean isDirectory(Path path, LinkOption... options) {
        long[] st = stat(path);
        return st != null && st[0] == FS.K_DIR;
    }

    public static boolean isRegularFile(Path path, LinkOption... options) {
        long[] st = stat(path);
        return st != null && st[0] == FS.K_FILE;
    }

    public static boolean isSymbolicLink(Path path) {
        return false;
    }

    public static boolean isReadable(Path path) {
        long[] st = stat(path);
        return st != null && (st[1] & FS.A_READ) != 0;
    }

    public static boolean isWritable(Path path) {
        long[] st = stat(path);
        return st != null && (st[1] & FS.A_WRITE) != 0;
    }

    public static boolean isExecutable(Path path) {
        long[] st = stat(path);
        return st != null && (st[1] & FS.A_EXEC) != 0;
    }

    public static boolean isHidden(Path path) throws IOException {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    public static long size(Path path) throws IOException {
        return statOrThrow(path)[2];
    }

    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2))
            return true;
        statOrThrow(path);
        statOrThrow(path2);
        return path.toAbsolutePath().normalize().equals(path2.toAbsolutePath().normalize());
    }

    /* ---- creating, deleting, moving ---- */

    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        int err = FS.mkdir(name(dir));
        if (err != 0)
            throw FS.nio(err, name(dir), null);
        return dir;
    }

    private static void createAndCheckIsDirectory(Path dir) throws IOException {
        try {
            createDirectory(dir);
        } catch (FileAlreadyExistsException x) {
            if (!isDirectory(dir))
                throw x;
        }
    }

    /** As the JDK: from the nearest existing ancestor down. */
    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            createAndCheckIsDirectory(dir);
            return dir;
        } catch (FileAlreadyExistsException x) {
            throw x;
        } catch (IOException x) {
            /* a parent may not exist */
        }
        dir = dir.toAbsolutePath();
        Path parent = dir.getParent();
        while (parent != null) {
            int err = FS.stat(name(parent), new long[4]);
            if (err == 0)
                break;
            if (err != FS.NOENT)
                throw FS.nio(err, name(parent), null);
            parent = parent.getParent();
        }
        if (parent == null)
            throw new FileSystemException(dir.toString(), null,
                    "Unable to determine if root directory exists");
        Path child = parent;
        for (Path n : parent.relativize(dir)) {
            child = child.resolve(n);
            createAndCheckIsDirectory(child);
        }
        return dir;
    }

    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        long h = open(path, FS.O_WRITE | FS.O_CREATE | FS.O_EXCL);
        FS.close(h);
        return path;
    }

    private static String tempName(String prefix, String suffix) {
        return (prefix == null ? "" : prefix) + Long.toUnsignedString(random.nextLong())
                + (suffix == null ? ".tmp" : suffix);
    }

    private static Path tmpdir() {
        return Path.of(System.getProperty("java.io.tmpdir", "/tmp"));
    }

    public static Path createTempFile(Path dir, String prefix, String suffix, FileAttribute<?>... attrs)
            throws IOException {
        for (;;) {
            try {
                return createFile(dir.resolve(tempName(prefix, suffix)));
            } catch (FileAlreadyExistsException e) {
                /* try another name */
            }
        }
    }

    public static Path createTempFile(String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return createTempFile(tmpdir(), prefix, suffix);
    }

    public static Path createTempDirectory(Path dir, String prefix, FileAttribute<?>... attrs) throws IOException {
        for (;;) {
            try {
                return createDirectory(dir.resolve(tempName(prefix, "")));
            } catch (FileAlreadyExistsException e) {
                /* try another name */
            }
        }
    }

    public static Path createTempDirectory(String prefix, FileAttribute<?>... attrs) throws IOException {
        return createTempDirectory(tmpdir(), prefix);
    }

    public static void delete(Path path) throws IOException {
        int err = FS.delete(name(path));
        if (err == FS.NOTEMPTY || (err == FS.EXIST && isDirectory(path)))
            throw new DirectoryNotEmptyException(name(path));
        if (err != 0)
            throw FS.nio(err, name(path), null);
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        try {
            delete(path);
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean has(CopyOption[] options, CopyOption o) {
        for (CopyOption c : options)
            if (c == o)
                return true;
        return false;
    }

    private static void copyBytes(Path source, Path target, boolean replace) throws IOException {
        try (InputStream in = newInputStream(source);
             OutputStream out = newOutputStream(target, StandardOpenOption.WRITE,
                     replace ? StandardOpenOption.CREATE : StandardOpenOption.CREATE_NEW,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            in.transferTo(out);
        }
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        long[] st = statOrThrow(source);
        boolean replace = has(options, StandardCopyOption.REPLACE_EXISTING);
        if (stat(target) != null) {
            if (isSameFile(source, target))
                return target;
            if (!replace)
                throw new FileAlreadyExistsException(name(target));
            delete(target);
        }
        if (st[0] == FS.K_DIR)
            createDirectory(target);
        else
            copyBytes(source, target, replace);
        return target;
    }

    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        Objects.requireNonNull(in);
        boolean replace = has(options, StandardCopyOption.REPLACE_EXISTING);
        if (replace)
            deleteIfExists(target);
        try (OutputStream out = newOutputStream(target, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            return in.transferTo(out);
        }
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        Objects.requireNonNull(out);
        try (InputStream in = newInputStream(source)) {
            return in.transferTo(out);
        }
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        statOrThrow(source);
        boolean replace = has(options, StandardCopyOption.REPLACE_EXISTING);
        if (stat(target) != null) {
            if (isSameFile(source, target))
                return target;
            if (!replace)
                throw new FileAlreadyExistsException(name(target));
            if (isDirectory(target))
                delete(target);
        }
        int err = FS.rename(name(source), name(target));
        if (err == FS.XDEV) {
            copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            delete(source);
            return target;
        }
        if (err != 0)
            throw FS.nio(err, name(source), name(target));
        return target;
    }

    /* ---- directories ---- */

    private static String[] names(Path dir) throws IOException {
        int[] err = new int[1];
        String[] names = FS.list(name(dir), err);
        if (names == null) {
            if (err[0] == FS.NOTDIR)
                throw new NotDirectoryException(name(dir));
            throw FS.nio(err[0], name(dir), null);
        }
        return names;
    }

    public static Stream<Path> list(Path dir) throws IOException {
        String[] names = names(dir);
        List<Path> paths = new ArrayList<>(names.length);
        for (String n : names)
            paths.add(dir.resolve(n));
        return paths.stream();
    }

    public static Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    /** Depth first, each directory before what it holds, in the
     * directory's own order, as the JDK walks. */
    public static Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options)
            throws IOException {
        if (maxDepth < 0)
            throw new IllegalArgumentException("'maxDepth' is negative");
        statOrThrow(start);
        List<Path> out = new ArrayList<>();
        walkInto(start, 0, maxDepth, out);
        return out.stream();
    }

    private static void walkInto(Path p, int depth, int maxDepth, List<Path> out) throws IOException {
        out.add(p);
        if (depth >= maxDepth || !isDirectory(p))
            return;
        for (String n : names(p))
            walkInto(p.resolve(n), depth + 1, maxDepth, out);
    }
}
