// java.io files: File queries and operations, the file streams, FileReader/
// FileWriter, and the exceptions java throws for missing, forbidden and
// invalid files.  Works in a fresh directory under the working directory.
import java.io.*;
import java.util.Arrays;

public class FileIoBasics {
    static File dir;

    static void rmrf(File f) {
        File[] kids = f.listFiles();
        if (kids != null)
            for (File k : kids)
                rmrf(k);
        f.delete();
    }

    interface Io { void run() throws Exception; }

    static void expect(String what, Io io) {
        try {
            io.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            String m = String.valueOf(e.getMessage()).replace(dir.getPath(), "DIR");
            System.out.println(what + ": " + e.getClass().getName() + ": " + m);
        }
    }

    public static void main(String[] args) throws Exception {
        dir = new File(".plinth-tmp-FileIoBasics-" + System.nanoTime());
        System.out.println("mkdir " + dir.mkdir() + " again " + dir.mkdir());
        try {
            run();
        } finally {
            rmrf(dir);
            System.out.println("cleaned " + !dir.exists());
        }
    }

    static void run() throws Exception {
        File a = new File(dir, "a.txt");
        System.out.println("exists " + a.exists() + " isFile " + a.isFile() + " length " + a.length()
                + " lastModified " + a.lastModified());
        System.out.println("createNewFile " + a.createNewFile() + " again " + a.createNewFile());
        System.out.println("exists " + a.exists() + " isFile " + a.isFile() + " isDirectory "
                + a.isDirectory() + " length " + a.length() + " canRead " + a.canRead()
                + " canWrite " + a.canWrite() + " modified>0 " + (a.lastModified() > 0));
        System.out.println("dir isDirectory " + dir.isDirectory() + " isFile " + dir.isFile());
        System.out.println("name " + a.getName() + " parent==dir " + a.getParent().equals(dir.getPath()));
        System.out.println("absolute under user.dir " + new File(new File("").getAbsolutePath(),
                dir.getName() + "/a.txt").exists());

        try (FileOutputStream out = new FileOutputStream(a)) {
            out.write("hello".getBytes());
            out.write(' ');
            out.write("world\n".getBytes(), 0, 6);
        }
        System.out.println("length " + a.length());
        try (FileOutputStream out = new FileOutputStream(a, true)) {
            out.write("more\n".getBytes());
        }
        System.out.println("appended length " + a.length());
        try (FileInputStream in = new FileInputStream(a)) {
            System.out.println("available " + in.available());
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) != -1)
                sb.append((char) c);
            System.out.print("bytewise: " + sb);
            System.out.println("at end " + in.read() + " " + in.read(new byte[4]));
        }
        try (FileInputStream in = new FileInputStream(a.getPath())) {
            System.out.println("skip " + in.skip(6));
            byte[] b = new byte[100];
            int n = in.read(b, 10, 90);
            System.out.print("block " + n + ": " + new String(b, 10, n));
        }
        try (FileInputStream in = new FileInputStream(a)) {
            System.out.print("readAllBytes: " + new String(in.readAllBytes()));
        }

        File w = new File(dir, "w.txt");
        try (PrintWriter pw = new PrintWriter(new BufferedWriter(new FileWriter(w)))) {
            for (int i = 0; i < 5; i++)
                pw.println("line " + i + " \u00e9\u4e2d");
        }
        try (FileWriter fw = new FileWriter(w, true)) {
            fw.write("appended\n");
        }
        try (BufferedReader br = new BufferedReader(new FileReader(w))) {
            String line;
            while ((line = br.readLine()) != null)
                System.out.println("read: " + line);
        }
        System.out.println("utf-8 length " + w.length());

        File sub = new File(dir, "x/y/z");
        System.out.println("mkdir deep " + sub.mkdir() + " mkdirs " + sub.mkdirs() + " again " + sub.mkdirs()
                + " isDirectory " + sub.isDirectory());
        String[] names = dir.list();
        Arrays.sort(names);
        System.out.println("list " + Arrays.toString(names));
        File[] files = dir.listFiles();
        Arrays.sort(files);
        for (File f : files)
            System.out.println("  " + f.getName() + (f.isDirectory() ? "/" : " " + f.length()));
        System.out.println("filtered " + dir.listFiles((d, n) -> n.endsWith(".txt")).length
                + " " + dir.listFiles(File::isDirectory).length);
        System.out.println("list of file " + a.list() + " list of missing " + new File(dir, "nope").list());

        File b = new File(dir, "b.txt");
        System.out.println("renameTo " + a.renameTo(b) + " a " + a.exists() + " b " + b.exists()
                + " missing " + a.renameTo(new File(dir, "c.txt")));
        System.out.println("delete non-empty dir " + new File(dir, "x").delete());
        System.out.println("delete empty dir " + sub.delete() + " file " + b.delete() + " missing " + b.delete());

        expect("open missing", () -> new FileInputStream(new File(dir, "missing")));
        expect("open dir", () -> new FileInputStream(dir));
        expect("write dir", () -> new FileOutputStream(dir));
        expect("write in missing dir", () -> new FileOutputStream(new File(dir, "no/such")));
        expect("reader missing", () -> new FileReader(new File(dir, "missing")));
        expect("NUL in", () -> new FileInputStream(new File(dir, "a\0b")));
        expect("NUL out", () -> new FileOutputStream(dir.getPath() + "/a\0b"));
        expect("NUL create", () -> new File(dir, "a\0b").createNewFile());
        expect("create in missing dir", () -> new File(dir, "no/such").createNewFile());
        expect("long name", () -> new FileOutputStream(new File(dir, "n".repeat(300))));
        System.out.println("NUL queries " + new File(dir, "a\0").exists() + " " + new File(dir, "a\0").mkdir()
                + " " + new File(dir, "a\0").length());
        expect("closed read", () -> {
            FileInputStream in = new FileInputStream(w);
            in.close();
            in.close();
            in.read();
        });
        expect("closed write", () -> {
            FileOutputStream out = new FileOutputStream(new File(dir, "c"));
            out.close();
            out.write(1);
        });
        File t = File.createTempFile("plinth", ".tmp", dir);
        System.out.println("temp " + t.getName().startsWith("plinth") + " " + t.getName().endsWith(".tmp")
                + " " + t.exists() + " " + t.length());
        expect("temp prefix", () -> File.createTempFile("ab", null, dir));
    }
}
