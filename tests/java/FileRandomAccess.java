// RandomAccessFile: positions, lengths, the data methods, read-only and
// mode errors; and a large file moved in blocks of many sizes, with reads
// that see writes not yet closed (java's streams do not buffer).
import java.io.*;

public class FileRandomAccess {
    static File dir;

    static void rmrf(File f) {
        File[] kids = f.listFiles();
        if (kids != null)
            for (File k : kids)
                rmrf(k);
        f.delete();
    }

    public static void main(String[] args) throws Exception {
        dir = new File(".plinth-tmp-FileRandomAccess-" + System.nanoTime());
        dir.mkdir();
        try {
            run();
            big();
        } finally {
            rmrf(dir);
            System.out.println("cleaned " + !dir.exists());
        }
    }

    static void run() throws Exception {
        File f = new File(dir, "r.bin");
        try (RandomAccessFile raf = new RandomAccessFile(f, "rw")) {
            System.out.println("new length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.writeInt(0x01020304);
            raf.writeLong(-2L);
            raf.writeUTF("h\u00e9llo");
            raf.writeDouble(Math.PI);
            raf.writeBytes("line one\r\nline two\nlast");
            System.out.println("length " + raf.length() + " pointer " + raf.getFilePointer());
            raf.seek(0);
            System.out.println("int " + Integer.toHexString(raf.readInt()) + " long " + raf.readLong()
                    + " utf " + raf.readUTF() + " double " + raf.readDouble());
            System.out.println("lines [" + raf.readLine() + "] [" + raf.readLine() + "] [" + raf.readLine()
                    + "] " + raf.readLine());
            raf.seek(2);
            raf.write(0xff);
            raf.seek(0);
            System.out.println("patched " + Integer.toHexString(raf.readInt()));
            raf.seek(100);
            raf.write(7);
            System.out.println("extended " + raf.length() + " skip " + raf.skipBytes(5));
            raf.seek(90);
            byte[] b = new byte[20];
            System.out.println("read over end " + raf.read(b) + " " + b[0] + " " + b[10] + " then " + raf.read());
            raf.setLength(10);
            System.out.println("truncated " + raf.length() + " pointer " + raf.getFilePointer());
            raf.setLength(50);
            System.out.println("grown " + raf.length());
            try {
                raf.seek(-1);
            } catch (IOException e) {
                System.out.println("seek: " + e.getMessage());
            }
            try {
                raf.seek(48);
                raf.readInt();
            } catch (EOFException e) {
                System.out.println("EOF " + e.getMessage());
            }
        }
        try (RandomAccessFile ro = new RandomAccessFile(f.getPath(), "r")) {
            System.out.println("ro length " + ro.length() + " first " + ro.read());
            ro.write(1);
        } catch (IOException e) {
            System.out.println("ro write: " + e.getMessage());
        }
        try {
            new RandomAccessFile(f, "w");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new RandomAccessFile(new File(dir, "missing"), "r");
        } catch (FileNotFoundException e) {
            System.out.println(e.getMessage().replace(dir.getPath(), "DIR"));
        }
        try {
            new RandomAccessFile(dir, "rw");
        } catch (FileNotFoundException e) {
            System.out.println(e.getMessage().replace(dir.getPath(), "DIR"));
        }
    }

    static void big() throws Exception {
        File f = new File(dir, "big.bin");
        int size = 3 * 1024 * 1024 + 12345;
        long sum = 0;
        try (OutputStream out = new FileOutputStream(f)) {
            int pos = 0, step = 1;
            while (pos < size) {
                int n = Math.min(step, size - pos);
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) ((pos + i) * 31 + ((pos + i) >>> 11));
                    sum += b[i] & 0xff;
                }
                if (n == 1)
                    out.write(b[0]);
                else
                    out.write(b);
                pos += n;
                step = step * 3 + 1;
                if (step > 2_000_000)
                    step = 7;
            }
        }
        System.out.println("big length " + f.length() + " sum " + sum);
        for (int bs : new int[] { 1000, 65536, 65537, 1 << 20, 3 << 20 }) {
            long s = 0, total = 0;
            boolean ok = true;
            try (InputStream in = new FileInputStream(f)) {
                byte[] b = new byte[bs];
                int n;
                while ((n = in.read(b)) > 0) {
                    for (int i = 0; i < n; i++) {
                        long p = total + i;
                        if (b[i] != (byte) (p * 31 + (p >>> 11)))
                            ok = false;
                        s += b[i] & 0xff;
                    }
                    total += n;
                }
            }
            System.out.println("read in " + bs + ": " + total + " " + s + " " + ok);
        }
        try (InputStream in = new BufferedInputStream(new FileInputStream(f))) {
            long s = 0;
            int c;
            while ((c = in.read()) >= 0)
                s += c;
            System.out.println("buffered bytewise sum " + s);
        }
        // a reader sees what a writer wrote before it closed
        File g = new File(dir, "shared.txt");
        try (FileOutputStream out = new FileOutputStream(g);
             FileInputStream in = new FileInputStream(g)) {
            out.write("first ".getBytes());
            byte[] b = new byte[64];
            int n = in.read(b);
            System.out.println("seen " + n + " [" + new String(b, 0, n) + "] length " + g.length());
            out.write("second".getBytes());
            n = in.read(b);
            System.out.println("seen " + n + " [" + new String(b, 0, n) + "] length " + g.length());
            try (RandomAccessFile raf = new RandomAccessFile(g, "rw")) {
                raf.seek(0);
                raf.write('F');
                n = in.read(b);
                System.out.println("at end " + n);
            }
            try (FileInputStream in2 = new FileInputStream(g)) {
                n = in2.read(b);
                System.out.println("again [" + new String(b, 0, n) + "]");
            }
        }
    }
}
