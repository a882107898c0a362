package java.io;

/**
 * A path name.  The platform has no file system yet, so only the name
 * operations work; queries on the file itself answer "absent".
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

    public boolean exists() {
        return false;
    }

    public boolean isFile() {
        return false;
    }

    public boolean isDirectory() {
        return false;
    }

    public boolean canRead() {
        return false;
    }

    public boolean canWrite() {
        return false;
    }

    public long length() {
        return 0L;
    }

    public boolean delete() {
        return false;
    }

    public boolean mkdir() {
        return false;
    }

    public boolean mkdirs() {
        return false;
    }

    public String[] list() {
        return null;
    }

    public File[] listFiles() {
        return null;
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
