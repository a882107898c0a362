package jdk.internal.fs;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * java.nio.file.Path on the platform's file system: a normalized string
 * ("//" collapsed, no trailing "/") and its names, as the JDK's UnixPath.
 */
public final class UnixPath implements Path {
    private final String path;
    private String[] names;     /* lazily */

    private UnixPath(String path) {
        this.path = path;
    }

    public static UnixPath parse(String input) {
        if (input.indexOf('\u0000') >= 0)
            throw new InvalidPathException(input, "Nul character not allowed");
        StringBuilder sb = new StringBuilder(input.length());
        char prev = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '/' && prev == '/')
                continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/')
            sb.setLength(sb.length() - 1);
        return new UnixPath(sb.toString());
    }

    private String[] names() {
        if (names == null) {
            if (path.isEmpty()) {
                names = new String[] { "" };
            } else {
                List<String> l = new ArrayList<>();
                for (String n : path.split("/"))
                    if (!n.isEmpty())
                        l.add(n);
                names = l.toArray(new String[0]);
            }
        }
        return names;
    }

    private static UnixPath of(boolean absolute, String[] names, int from, int to) {
        StringBuilder sb = new StringBuilder();
        if (absolute)
            sb.append('/');
        for (int i = from; i < to; i++) {
            if (i > from)
                sb.append('/');
            sb.append(names[i]);
        }
        return new UnixPath(sb.toString());
    }

    private static UnixPath check(Path p) {
        if (p == null)
            throw new NullPointerException();
        if (!(p instanceof UnixPath))
            throw new java.nio.file.ProviderMismatchException();
        return (UnixPath) p;
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? new UnixPath("/") : null;
    }

    @Override
    public Path getFileName() {
        String[] n = names();
        if (n.length == 0)
            return null;
        if (n.length == 1 && !isAbsolute())
            return this;
        return new UnixPath(n[n.length - 1]);
    }

    @Override
    public Path getParent() {
        String[] n = names();
        if (n.length == 0 || (n.length == 1 && !isAbsolute()))
            return null;
        if (n.length == 1)
            return new UnixPath("/");
        return of(isAbsolute(), n, 0, n.length - 1);
    }

    @Override
    public int getNameCount() {
        return names().length;
    }

    @Override
    public Path getName(int index) {
        String[] n = names();
        if (index < 0 || index >= n.length)
            throw new IllegalArgumentException();
        return new UnixPath(n[index]);
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        String[] n = names();
        if (beginIndex < 0 || beginIndex >= n.length || endIndex > n.length || beginIndex >= endIndex)
            throw new IllegalArgumentException();
        return of(false, n, beginIndex, endIndex);
    }

    @Override
    public boolean startsWith(Path other) {
        UnixPath o = check(other);
        if (o.isAbsolute() != isAbsolute())
            return false;
        if (o.path.isEmpty())
            return path.isEmpty();
        String[] a = names(), b = o.names();
        if (b.length > a.length)
            return false;
        for (int i = 0; i < b.length; i++)
            if (!a[i].equals(b[i]))
                return false;
        return true;
    }

    @Override
    public boolean endsWith(Path other) {
        UnixPath o = check(other);
        if (o.isAbsolute())
            return o.path.equals(path);
        if (o.path.isEmpty())
            return path.isEmpty();
        String[] a = names(), b = o.names();
        if (b.length > a.length)
            return false;
        for (int i = 0; i < b.length; i++)
            if (!a[a.length - b.length + i].equals(b[i]))
                return false;
        return true;
    }

    @Override
    public Path normalize() {
        String[] n = names();
        List<String> out = new ArrayList<>();
        for (String s : n) {
            if (s.equals("."))
                continue;
            if (s.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                    out.remove(out.size() - 1);
                    continue;
                }
                if (isAbsolute())
                    continue;
            }
            out.add(s);
        }
        if (path.isEmpty())
            return this;
        return of(isAbsolute(), out.toArray(new String[0]), 0, out.size());
    }

    @Override
    public Path resolve(Path other) {
        UnixPath o = check(other);
        if (o.isAbsolute())
            return o;
        if (o.path.isEmpty())
            return this;
        if (path.isEmpty())
            return o;
        return new UnixPath(path.equals("/") ? "/" + o.path : path + "/" + o.path);
    }

    @Override
    public Path relativize(Path other) {
        UnixPath o = check(other);
        if (o.equals(this))
            return new UnixPath("");
        if (isAbsolute() != o.isAbsolute())
            throw new IllegalArgumentException("'other' is different type of Path");
        if (path.isEmpty())
            return o;
        String[] a = names(), b = o.names();
        int common = 0;
        while (common < a.length && common < b.length && a[common].equals(b[common]))
            common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < a.length; i++) {
            if (sb.length() > 0)
                sb.append('/');
            sb.append("..");
        }
        for (int i = common; i < b.length; i++) {
            if (sb.length() > 0)
                sb.append('/');
            sb.append(b[i]);
        }
        return new UnixPath(sb.toString());
    }

    @Override
    public Path toAbsolutePath() {
        if (isAbsolute())
            return this;
        return parse(System.getProperty("user.dir", "/")).resolve(this);
    }

    @Override
    public Path toRealPath(LinkOption... options) throws IOException {
        Path abs = toAbsolutePath().normalize();
        if (FS.stat(abs.toString()) == null)
            throw new NoSuchFileException(path);
        return abs;
    }

    @Override
    public int compareTo(Path other) {
        return path.compareTo(((UnixPath) other).path);
    }

    @Override
    public boolean equals(Object ob) {
        return ob instanceof UnixPath && ((UnixPath) ob).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
