package java.io;

import jdk.internal.fs.FS;

/**
 * A path name, and queries and operations on the file it names through the
 * platform's files (jdk.internal.fs.FS).  A name with a NUL is invalid:
 * such a file never exists, as in the JDK.
 */
public class File implements Serializable, Comparable<File> {
    private static final long serialVersionUID = 301077366599181567L;

    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null)
            throw new NullPointerException();
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null)
            throw new NullPointerException();
        this.path = parent == null ? normalize(child) : resolve(normalize(parent), normalize(child));
    }

    public File(File parent, String child) {
        this(parent == null ? null : parent.path, child);
    }

    private static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/')
                continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/')
            sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String resolve(String parent, String child) {
        if (parent.isEmpty())
            return child.startsWith("/") ? child : "/" + child;
        if (child.isEmpty())
            return parent;
        if (child.startsWith("/"))
            child = child.substring(1);
        return parent.equals("/") ? parent + child : parent + "/" + child;
    }

    public String getName() {
        int index = path.lastIndexOf(separatorChar);
        return index < 0 ? path : path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf(separatorChar);
        if (index < 0)
            return null;
        if (index == 0)
            return path.length() > 1 ? "/" : null;
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        if (isAbsolute())
            return path;
        String dir = System.getProperty("user.dir");
        return resolve(dir == null ? "/" : dir, path);
    }

    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    /** A NUL in the name: java treats such a file as absent everywhere. */
    final boolean isInvalid() {
        return path.indexOf('\u0000') >= 0;
    }

    private long[] stat() {
        return isInvalid() ? null : FS.stat(path);
    }

    public boolean exists() {
        return stat() != null;
    }

    public boolean isFile() {
        long[] st = stat();
        return st != null && st[0] == FS.K_FILE;
    }

    public boolean isDirectory() {
        long[] st = stat();
        return st != null && st[0] == FS.K_DIR;
    }

    public boolean isHidden() {
        return getName().startsWith(".");
    }

    public boolean canRead() {
        long[] st = stat();
        return st != null && (st[1] & FS.A_READ) != 0;
    }

    public boolean canWrite() {
        long[] st = stat();
        return st != null && (st[1] & FS.A_WRITE) != 0;
    }

    public boolean canExecute() {
        long[] st = stat();
        return st != null && (st[1] & FS.A_EXEC) != 0;
    }

    public long length() {
        long[] st = stat();
        return st == null ? 0L : st[2];
    }

    public long lastModified() {
        long[] st = stat();
        return st == null ? 0L : st[3];
    }

    public boolean delete() {
        return !isInvalid() && FS.delete(path) == 0;
    }

    public boolean mkdir() {
        return !isInvalid() && FS.mkdir(path) == 0;
    }

    /** As the JDK: the missing parents first, from the canonical name. */
    public boolean mkdirs() {
        if (exists())
            return false;
        if (mkdir())
            return true;
        File canonFile;
        try {
            canonFile = getCanonicalFile();
        } catch (IOException e) {
            return false;
        }
        File parent = canonFile.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canonFile.mkdir();
    }

    public boolean renameTo(File dest) {
        if (dest == null)
            throw new NullPointerException();
        if (isInvalid() || dest.isInvalid())
            return false;
        return FS.rename(path, dest.path) == 0;
    }

    public boolean createNewFile() throws IOException {
        if (isInvalid())
            throw new IOException("Invalid file path");
        long h = FS.open(path, FS.O_WRITE | FS.O_CREATE | FS.O_EXCL);
        if (h == -FS.EXIST)
            return false;
        if (h < 0)
            throw new IOException(FS.message((int) -h));
        FS.close(h);
        return true;
    }

    public String[] list() {
        if (isInvalid())
            return null;
        return FS.list(path, new int[1]);
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null)
            return names;
        java.util.List<String> v = new java.util.ArrayList<>();
        for (String n : names)
            if (filter.accept(this, n))
                v.add(n);
        return v.toArray(new String[0]);
    }

    public File[] listFiles() {
        String[] ss = list();
        if (ss == null)
            return null;
        File[] fs = new File[ss.length];
        for (int i = 0; i < ss.length; i++)
            fs[i] = new File(this, ss[i]);
        return fs;
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] ss = list();
        if (ss == null)
            return null;
        java.util.List<File> files = new java.util.ArrayList<>();
        for (String s : ss)
            if (filter == null || filter.accept(this, s))
                files.add(new File(this, s));
        return files.toArray(new File[0]);
    }

    public File[] listFiles(FileFilter filter) {
        String[] ss = list();
        if (ss == null)
            return null;
        java.util.List<File> files = new java.util.ArrayList<>();
        for (String s : ss) {
            File f = new File(this, s);
            if (filter == null || filter.accept(f))
                files.add(f);
        }
        return files.toArray(new File[0]);
    }

    /** The absolute name with "." and ".." taken out (symbolic links are
     * not followed). */
    public String getCanonicalPath() throws IOException {
        if (isInvalid())
            throw new IOException("Invalid file path");
        String abs = getAbsolutePath();
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        for (String n : abs.split("/")) {
            if (n.isEmpty() || n.equals("."))
                continue;
            if (n.equals("..")) {
                if (!names.isEmpty())
                    names.remove(names.size() - 1);
            } else {
                names.add(n);
            }
        }
        return "/" + String.join("/", names);
    }

    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath());
    }

    public java.nio.file.Path toPath() {
        return java.nio.file.Path.of(path);
    }

    private static final java.util.Random tempRandom = new java.util.Random();

    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3)
            throw new IllegalArgumentException("Prefix string \"" + prefix
                    + "\" too short: length must be at least 3");
        if (suffix == null)
            suffix = ".tmp";
        File dir = directory != null ? directory : new File(System.getProperty("java.io.tmpdir", "/tmp"));
        for (;;) {
            long n = tempRandom.nextLong();
            File f = new File(dir, prefix + Long.toUnsignedString(n) + suffix);
            if (f.createNewFile())
                return f;
        }
    }

    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    @Override
    public int compareTo(File pathname) {
        return path.compareTo(pathname.path);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }

    @Override
    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    @Override
    public String toString() {
        return path;
    }
}
