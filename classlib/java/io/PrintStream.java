package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Prints text as bytes of a charset; never throws IOException (errors set
 * checkError()).  With autoflush, println, a write of a byte array and
 * any print of text holding '\n' flush, as in the JDK.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final boolean autoFlush;
    private boolean trouble = false;
    private final Charset charset;
    private boolean closing = false;

    private static OutputStream requireNonNull(OutputStream out) {
        return Objects.requireNonNull(out, "Null output stream");
    }

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(requireNonNull(out), autoFlush, Charset.defaultCharset());
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        this(requireNonNull(out), autoFlush, toCharset(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(requireNonNull(out));
        this.autoFlush = autoFlush;
        this.charset = Objects.requireNonNull(charset, "charset");
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(new FileOutputStream(fileName), false);
    }

    public PrintStream(String fileName, String csn) throws FileNotFoundException, UnsupportedEncodingException {
        this(new FileOutputStream(fileName), false, toCharset(csn));
    }

    public PrintStream(File file) throws FileNotFoundException {
        this(new FileOutputStream(file), false);
    }

    private static Charset toCharset(String csn) throws UnsupportedEncodingException {
        Objects.requireNonNull(csn, "charsetName");
        if (!Charset.isSupported(csn))
            throw new UnsupportedEncodingException(csn);
        return Charset.forName(csn);
    }

    private void ensureOpen() throws IOException {
        if (out == null)
            throw new IOException("Stream closed");
    }

    @Override
    public void flush() {
        synchronized (this) {
            try {
                ensureOpen();
                out.flush();
            } catch (IOException x) {
                trouble = true;
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!closing) {
                closing = true;
                try {
                    if (out != null)
                        out.close();
                } catch (IOException x) {
                    trouble = true;
                }
                out = null;
            }
        }
    }

    public boolean checkError() {
        if (out != null)
            flush();
        if (out instanceof PrintStream)
            return ((PrintStream) out).checkError();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    @Override
    public void write(int b) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(b);
                if ((b == '\n') && autoFlush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        try {
            synchronized (this) {
                ensureOpen();
                out.write(buf, off, len);
                if (autoFlush)
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    @Override
    public void write(byte[] buf) throws IOException {
        this.write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        this.write(buf, 0, buf.length);
    }

    private void writeText(String s, boolean newLine) {
        try {
            synchronized (this) {
                ensureOpen();
                // concat, not +: Hello's first line then needs no StringBuilder
                // class, ~0.1 ms of a start or of a restored copy's first run.
                byte[] b = (newLine ? s.concat(System.lineSeparator()) : s).getBytes(charset);
                out.write(b, 0, b.length);
                if (autoFlush && (newLine || s.indexOf('\n') >= 0))
                    out.flush();
            }
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void print(boolean b) {
        writeText(String.valueOf(b), false);
    }

    public void print(char c) {
        writeText(String.valueOf(c), false);
    }

    public void print(int i) {
        writeText(String.valueOf(i), false);
    }

    public void print(long l) {
        writeText(String.valueOf(l), false);
    }

    public void print(float f) {
        writeText(String.valueOf(f), false);
    }

    public void print(double d) {
        writeText(String.valueOf(d), false);
    }

    public void print(char[] s) {
        writeText(new String(s), false);
    }

    public void print(String s) {
        writeText(String.valueOf(s), false);
    }

    public void print(Object obj) {
        writeText(String.valueOf(obj), false);
    }

    public void println() {
        writeText("", true);
    }

    public void println(boolean x) {
        writeText(String.valueOf(x), true);
    }

    public void println(char x) {
        writeText(String.valueOf(x), true);
    }

    public void println(int x) {
        writeText(String.valueOf(x), true);
    }

    public void println(long x) {
        writeText(String.valueOf(x), true);
    }

    public void println(float x) {
        writeText(String.valueOf(x), true);
    }

    public void println(double x) {
        writeText(String.valueOf(x), true);
    }

    public void println(char[] x) {
        writeText(new String(x), true);
    }

    public void println(String x) {
        writeText(String.valueOf(x), true);
    }

    public void println(Object x) {
        writeText(String.valueOf(x), true);
    }

    @Override
    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    @Override
    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null)
            csq = "null";
        return append(csq.subSequence(start, end));
    }

    @Override
    public PrintStream append(char c) {
        print(c);
        return this;
    }

    public Charset charset() {
        return charset;
    }
    // ---- formatting: the text goes to this stream piece by piece, as in the JDK ----

    private java.util.Formatter formatter;

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        return format(java.util.Locale.getDefault(), format, args);
    }

    public synchronized PrintStream format(java.util.Locale l, String format, Object... args) {
        if (formatter == null)
            formatter = new java.util.Formatter((Appendable) this);
        formatter.format(l, format, args);
        return this;
    }
}
