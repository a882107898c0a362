// java.nio.file: Path names, Files' reads and writes, directories, copy and
// move, and the exceptions java throws (NoSuchFile, FileAlreadyExists,
// DirectoryNotEmpty, NotDirectory, InvalidPath, IllegalArgument).
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

public class FileNio {
    static Path dir;

    interface Io { void run() throws Exception; }

    static void expect(String what, Io io) {
        try {
            io.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            String m = String.valueOf(e.getMessage()).replace(dir.toString(), "DIR");
            System.out.println(what + ": " + e.getClass().getName() + ": " + m);
        }
    }

    static void rmrf(Path p) throws IOException {
        if (Files.isDirectory(p))
            try (Stream<Path> s = Files.list(p)) {
                for (Path k : s.collect(Collectors.toList()))
                    rmrf(k);
            }
        Files.deleteIfExists(p);
    }

    static String rel(Path p) {
        return dir.relativize(p).toString();
    }

    public static void main(String[] args) throws Exception {
        names();
        dir = Paths.get(".plinth-tmp-FileNio-" + System.nanoTime());
        System.out.println("created " + Files.createDirectory(dir).equals(dir));
        try {
            run();
        } finally {
            rmrf(dir);
            System.out.println("cleaned " + Files.notExists(dir));
        }
    }

    static void names() {
        Path p = Path.of("a//b/", "c", "", "d.txt");
        System.out.println(p + " " + p.getFileName() + " " + p.getParent() + " " + p.getNameCount() + " "
                + p.getName(1) + " " + p.subpath(1, 3) + " " + p.isAbsolute() + " " + p.getRoot());
        Path q = Paths.get("/x/./y/../z");
        System.out.println(q + " " + q.normalize() + " " + q.getRoot() + " " + q.getParent() + " "
                + Path.of("/").getParent() + " " + Path.of("/").getFileName() + " [" + Path.of("").getFileName() + "]");
        System.out.println(Path.of("a/b").resolve("c") + " " + Path.of("a/b").resolve("/c") + " "
                + Path.of("a/b").resolveSibling("e") + " " + Path.of("/a/b").relativize(Path.of("/a/c/d")) + " "
                + Path.of("a").relativize(Path.of("a/b/c")) + " " + Path.of("../../a/./b/..").normalize());
        System.out.println(p.startsWith("a/b") + " " + p.startsWith("a/bc") + " " + p.endsWith("c/d.txt") + " "
                + p.endsWith("d") + " " + Path.of("a").equals(Path.of("a/")) + " " + Path.of("b").compareTo(Path.of("a")));
        List<String> it = new ArrayList<>();
        for (Path n : Path.of("/u/v/w"))
            it.add(n.toString());
        System.out.println(it + " " + Path.of("rel").toAbsolutePath().isAbsolute() + " "
                + Path.of("f").toFile().getPath() + " " + new File("g/h").toPath());
        try {
            Path.of("a\0b");
        } catch (InvalidPathException e) {
            System.out.println("InvalidPathException " + e.getReason() + " " + e.getIndex());
        }
        try {
            Path.of("/a").relativize(Path.of("b"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }

    static void run() throws Exception {
        Path f = dir.resolve("f.txt");
        System.out.println("exists " + Files.exists(f) + " notExists " + Files.notExists(f));
        Files.writeString(f, "alpha\nbeta\n\u00e9t\u00e9\n");
        System.out.println("size " + Files.size(f) + " regular " + Files.isRegularFile(f) + " dir "
                + Files.isDirectory(f) + " readable " + Files.isReadable(f) + " writable " + Files.isWritable(f));
        System.out.print("readString " + Files.readString(f));
        System.out.println("readAllLines " + Files.readAllLines(f));
        try (Stream<String> lines = Files.lines(f)) {
            System.out.println("lines " + lines.map(String::toUpperCase).collect(Collectors.joining(",")));
        }
        Files.write(f, List.of("gamma", "delta"), StandardOpenOption.APPEND);
        System.out.println("appended " + Files.readAllLines(f, StandardCharsets.UTF_8));
        Files.write(f, "short".getBytes());
        System.out.println("rewritten " + new String(Files.readAllBytes(f)) + " " + Files.size(f));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("w.txt"))) {
            for (int i = 0; i < 1000; i++) {
                w.write("row " + i);
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("w.txt"))) {
            long n = r.lines().filter(s -> s.endsWith("7")).count();
            System.out.println("rows ending in 7: " + n);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("o.bin"));
             InputStream in0 = new ByteArrayInputStream(new byte[] { 1, 2, 3 })) {
            in0.transferTo(out);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("o.bin"))) {
            System.out.println("stream " + Arrays.toString(in.readAllBytes()));
        }

        Path deep = dir.resolve("p/q/r");
        System.out.println("createDirectories " + Files.createDirectories(deep).endsWith("p/q/r") + " "
                + Files.isDirectory(deep));
        Files.createDirectories(deep);
        Files.createFile(deep.resolve("leaf"));
        Files.writeString(dir.resolve("p/mid.txt"), "mid");
        try (Stream<Path> s = Files.list(dir)) {
            System.out.println("list " + s.map(FileNio::rel).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(dir)) {
            System.out.println("walk " + s.map(FileNio::rel).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(dir, 1)) {
            System.out.println("walk 1 " + s.count());
        }

        Path c = dir.resolve("copy.txt");
        System.out.println("copy " + rel(Files.copy(f, c)) + " " + Files.readString(c));
        Files.writeString(f, "changed");
        Files.copy(f, c, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("replaced " + Files.readString(c));
        Path m = dir.resolve("p/moved.txt");
        System.out.println("move " + rel(Files.move(c, m)) + " " + Files.exists(c) + " " + Files.readString(m));
        System.out.println("deleteIfExists " + Files.deleteIfExists(m) + " " + Files.deleteIfExists(m));
        long copied;
        try (InputStream in = new ByteArrayInputStream("from stream".getBytes())) {
            copied = Files.copy(in, dir.resolve("s.txt"));
        }
        System.out.println("copied " + copied + " " + Files.readString(dir.resolve("s.txt")));

        expect("read missing", () -> Files.readAllBytes(dir.resolve("missing")));
        expect("read dir", () -> Files.readString(dir));
        expect("size missing", () -> Files.size(dir.resolve("missing")));
        expect("delete missing", () -> Files.delete(dir.resolve("missing")));
        expect("delete non-empty", () -> Files.delete(dir.resolve("p")));
        expect("createDirectory exists", () -> Files.createDirectory(deep));
        expect("createDirectory no parent", () -> Files.createDirectory(dir.resolve("no/such")));
        expect("createDirectories over file", () -> Files.createDirectories(f));
        expect("createFile exists", () -> Files.createFile(f));
        expect("list file", () -> Files.list(f));
        expect("list missing", () -> Files.list(dir.resolve("missing")));
        expect("walk missing", () -> Files.walk(dir.resolve("missing")));
        expect("copy exists", () -> Files.copy(dir.resolve("s.txt"), f));
        expect("copy missing", () -> Files.copy(dir.resolve("missing"), dir.resolve("x")));
        expect("move exists", () -> Files.move(dir.resolve("s.txt"), f));
        expect("CREATE_NEW exists", () -> Files.newBufferedWriter(f, StandardOpenOption.CREATE_NEW));
        expect("WRITE missing", () -> Files.newOutputStream(dir.resolve("nf"), StandardOpenOption.WRITE));
        expect("READ for output", () -> Files.newOutputStream(f, StandardOpenOption.READ));
        expect("APPEND+TRUNCATE", () -> Files.newOutputStream(f, StandardOpenOption.APPEND,
                StandardOpenOption.TRUNCATE_EXISTING));
        expect("write dir", () -> Files.write(dir, new byte[1]));
        expect("write no parent", () -> Files.writeString(dir.resolve("no/such"), "x"));
        expect("long name", () -> Files.writeString(dir.resolve("n".repeat(300)), "x"));
        expect("NUL", () -> Files.exists(Paths.get(dir.toString(), "a\0")));
        Path t = Files.createTempFile(dir, "pre", ".suf");
        Path td = Files.createTempDirectory(dir, "tdir");
        System.out.println("temp " + t.getFileName().toString().startsWith("pre") + " " + Files.isRegularFile(t)
                + " " + Files.isDirectory(td));
    }
}
