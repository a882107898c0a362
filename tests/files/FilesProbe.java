// The files suite's probe (tests/suites/files): each argument is OP:PATH
// (or OP:PATH:PATH2); the word NUL in a path stands for the character.
// Prints one line per argument: the result, or the exception as java
// prints it.
import java.io.*;
import java.nio.file.*;
import java.util.Arrays;

public class FilesProbe {
    public static void main(String[] args) {
        System.out.println("user.dir " + System.getProperty("user.dir"));
        for (String a : args) {
            String[] p = a.split(":", 3);
            String path = p[1].replace("NUL", "\0");
            try {
                System.out.println(a + " -> " + run(p[0], path, p.length > 2 ? p[2] : null));
            } catch (Exception e) {
                System.out.println(a + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }

    static String run(String op, String path, String path2) throws Exception {
        File f = new File(path);
        switch (op) {
        case "read":
            try (InputStream in = new FileInputStream(f)) {
                return new String(in.readAllBytes());
            }
        case "write":
            try (OutputStream out = new FileOutputStream(f)) {
                out.write("written".getBytes());
            }
            return "ok";
        case "append":
            try (OutputStream out = new FileOutputStream(f, true)) {
                out.write("appended".getBytes());
            }
            return "ok";
        case "raf":
            try (RandomAccessFile r = new RandomAccessFile(f, "rw")) {
                return "length " + r.length();
            }
        case "nread":
            return Files.readString(Path.of(path));
        case "nwrite":
            Files.writeString(Path.of(path), "written");
            return "ok";
        case "exists":
            return f.exists() + " " + f.isDirectory() + " " + f.length();
        case "list": {
            String[] names = f.list();
            if (names != null)
                Arrays.sort(names);
            return Arrays.toString(names);
        }
        case "nlist":
            return Arrays.toString(Files.list(Path.of(path)).map(Path::toString).sorted().toArray());
        case "mkdir":
            return String.valueOf(f.mkdir());
        case "nmkdir":
            Files.createDirectory(Path.of(path));
            return "ok";
        case "delete":
            return String.valueOf(f.delete());
        case "ndelete":
            Files.delete(Path.of(path));
            return "ok";
        case "rename":
            return String.valueOf(f.renameTo(new File(path2)));
        case "nmove":
            Files.move(Path.of(path), Path.of(path2));
            return "ok";
        default:
            return "unknown op " + op;
        }
    }
}
