// I/O failures: reading closed readers and streams ("Stream closed"), writing a
// closed StringWriter (allowed), EOFException, UncheckedIOException from
// BufferedReader.lines, try-with-resources closing in reverse order with suppressed
// exceptions, and IOException subclasses' messages and causes.
import java.io.*;
import java.util.*;

public class IoExceptions {
    static final class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; System.out.println("open " + name); }
        @Override public void close() throws IOException {
            System.out.println("close " + name);
            if (failClose) throw new IOException("close failed: " + name);
        }
    }

    static final class FailingReader extends Reader {
        int n;
        @Override public int read(char[] b, int off, int len) throws IOException {
            if (n++ > 0) throw new IOException("disk on fire");
            b[off] = 'x'; b[off + 1] = '\n';
            return 2;
        }
        @Override public void close() { }
    }

    public static void main(String[] args) throws Exception {
        StringReader sr = new StringReader("abc");
        sr.close();
        try { sr.read(); } catch (IOException e) { System.out.println("StringReader: " + e.getMessage()); }
        BufferedReader br = new BufferedReader(new StringReader("x"));
        br.close();
        try { br.readLine(); } catch (IOException e) { System.out.println("BufferedReader: " + e.getMessage()); }
        StringWriter sw = new StringWriter();
        sw.close();
        sw.write("still ok");
        System.out.println("StringWriter after close: " + sw);
        try { new DataInputStream(new ByteArrayInputStream(new byte[2])).readLong(); } catch (EOFException e) { System.out.println("EOFException: " + e.getMessage()); }
        try { new BufferedReader(new FailingReader()).lines().forEach(l -> System.out.println("line " + l)); }
        catch (UncheckedIOException e) { System.out.println("UncheckedIOException: " + e.getMessage() + " / cause: " + e.getCause().getMessage()); }
        try (Res a = new Res("a", false); Res b = new Res("b", true); Res c = new Res("c", true)) {
            System.out.println("body");
            throw new IllegalStateException("body failed");
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " suppressed " + Arrays.stream(e.getSuppressed()).map(Throwable::getMessage).toList());
        }
        try (Res a = new Res("only", true)) {
            System.out.println("body ok");
        } catch (IOException e) {
            System.out.println("from close: " + e.getMessage() + " suppressed " + e.getSuppressed().length);
        }
        IOException chained = new IOException("outer", new FileNotFoundException("inner.txt (No such file or directory)"));
        System.out.println(chained + " | " + chained.getCause() + " | " + new UncheckedIOException(chained).getMessage() + " | " + new IOException(new EOFException()).getMessage());
        ByteArrayInputStream in = new ByteArrayInputStream(new byte[3]);
        in.close();
        System.out.println("BAIS after close reads: " + in.read());
    }
}
