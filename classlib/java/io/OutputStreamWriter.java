package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Encodes chars into bytes of a charset, buffering up to 8 KiB of bytes
 * before it writes them to the stream (as the JDK does: nothing reaches
 * the stream before a flush or a full buffer).  A high surrogate at the
 * end of a write waits for its low half.
 */
public class OutputStreamWriter extends Writer {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private OutputStream out;
    private final Charset cs;
    private final String csName;
    private final Charset encodeAs;
    private boolean bomPending;
    private byte[] bb = new byte[BYTE_BUFFER_SIZE];
    private int nBytes;
    private char pendingHigh;       // 0 when none

    public OutputStreamWriter(OutputStream out) {
        this(out, Charset.defaultCharset());
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        this(out, InputStreamReader.lookup(charsetName));
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        this.out = Objects.requireNonNull(out);
        this.cs = Objects.requireNonNull(cs, "charset");
        this.csName = cs.name();
        // UTF-16 writes its byte-order mark once, then big-endian units.
        this.bomPending = csName.equals("UTF-16");
        this.encodeAs = bomPending ? Charset.forName("UTF-16BE") : cs;
    }

    public String getEncoding() {
        return out == null ? null : InputStreamReader.historicalName(csName);
    }

    private void ensureOpen() throws IOException {
        if (out == null)
            throw new IOException("Stream closed");
    }

    private void put(byte[] b) throws IOException {
        if (nBytes + b.length > bb.length) {
            flushBuffer();
            if (b.length > bb.length) {
                out.write(b, 0, b.length);
                return;
            }
        }
        System.arraycopy(b, 0, bb, nBytes, b.length);
        nBytes += b.length;
    }

    private void encode(String s) throws IOException {
        if (s.isEmpty())
            return;
        if (bomPending) {
            bomPending = false;
            put(new byte[] { (byte) 0xfe, (byte) 0xff });
        }
        put(s.getBytes(encodeAs));
    }

    private void writeChars(String s) throws IOException {
        if (pendingHigh != 0) {
            s = pendingHigh + s;
            pendingHigh = 0;
        }
        int n = s.length();
        if (n > 0 && Character.isHighSurrogate(s.charAt(n - 1))) {
            pendingHigh = s.charAt(n - 1);
            s = s.substring(0, n - 1);
        }
        encode(s);
    }

    void flushBuffer() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (nBytes > 0) {
                out.write(bb, 0, nBytes);
                nBytes = 0;
            }
        }
    }

    @Override
    public void write(int c) throws IOException {
        synchronized (lock) {
            ensureOpen();
            writeChars(String.valueOf((char) c));
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0)
                return;
            writeChars(new String(cbuf, off, len));
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, str.length());
            if (len == 0)
                return;
            writeChars(str.substring(off, off + len));
        }
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        if (csq == null)
            csq = "null";
        return append(csq.subSequence(start, end));
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            flushBuffer();
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (out == null)
                return;
            try (OutputStream o = out) {
                if (pendingHigh != 0) {
                    String s = String.valueOf(pendingHigh);
                    pendingHigh = 0;
                    encode(s);
                }
                flushBuffer();
                o.flush();
            } finally {
                out = null;
                bb = null;
            }
        }
    }
}
