package java.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Decodes bytes of a charset into chars.  Bytes are read in chunks; a
 * chunk is decoded up to its last complete character (the bytes of a
 * character cut by the chunk's end wait for the next read), so malformed
 * input becomes U+FFFD exactly as decoding the whole input at once would.
 */
public class InputStreamReader extends Reader {
    private static final int BYTE_BUFFER_SIZE = 8192;

    private InputStream in;
    private final Charset cs;
    private final String csName;
    private String decodeAs;           // for UTF-16: the byte order once known
    private final byte[] bytes = new byte[BYTE_BUFFER_SIZE];
    private int nBytes;                // undecoded bytes at the start of bytes
    private char[] chars = new char[0];
    private int nextChar, nChars;
    private boolean eof;

    public InputStreamReader(InputStream in) {
        this(in, Charset.defaultCharset());
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in, lookup(charsetName));
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        this.in = Objects.requireNonNull(in);
        this.cs = Objects.requireNonNull(cs, "charset");
        this.csName = cs.name();
        this.decodeAs = csName.equals("UTF-16") ? null : csName;
    }

    static Charset lookup(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null)
            throw new NullPointerException("charsetName");
        if (!Charset.isSupported(charsetName))
            throw new UnsupportedEncodingException(charsetName);
        return Charset.forName(charsetName);
    }

    /** The JDK's historical name of a charset, as getEncoding reports it. */
    static String historicalName(String name) {
        switch (name) {
        case "UTF-8": return "UTF8";
        case "ISO-8859-1": return "ISO8859_1";
        case "US-ASCII": return "ASCII";
        case "UTF-16BE": return "UnicodeBigUnmarked";
        case "UTF-16LE": return "UnicodeLittleUnmarked";
        default: return name;
        }
    }

    public String getEncoding() {
        return in == null ? null : historicalName(csName);
    }

    private void ensureOpen() throws IOException {
        if (in == null)
            throw new IOException("Stream closed");
    }

    /** How many leading bytes of bytes[0, n) form whole characters. */
    private int completePrefix(int n) {
        if (eof)
            return n;
        if (decodeAs.equals("UTF-8")) {
            for (int i = n - 1; i >= 0 && i >= n - 3; i--) {
                int b = bytes[i] & 0xff;
                if ((b & 0xc0) == 0x80)
                    continue;
                int need = b >= 0xf8 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
                return (n - i < need) ? i : n;
            }
            return n;
        }
        if (decodeAs.startsWith("UTF-16")) {
            int k = n & ~1;
            if (k >= 2) {
                boolean le = decodeAs.equals("UTF-16LE");
                int hi = le ? bytes[k - 1] & 0xff : bytes[k - 2] & 0xff;
                if (hi >= 0xd8 && hi <= 0xdb)
                    k -= 2;    // a high surrogate waits for its pair
            }
            return k;
        }
        return n;
    }

    /** Decodes more chars; false at the end of input. */
    private boolean fill() throws IOException {
        while (!eof) {
            int n = in.read(bytes, nBytes, bytes.length - nBytes);
            if (n < 0)
                eof = true;
            else
                nBytes += n;
            if (decodeAs == null) {
                if (nBytes < 2 && !eof)
                    continue;
                // UTF-16 reads a byte-order mark once, big-endian without one.
                decodeAs = "UTF-16BE";
                int bom = 0;
                if (nBytes >= 2) {
                    int b0 = bytes[0] & 0xff, b1 = bytes[1] & 0xff;
                    if (b0 == 0xfe && b1 == 0xff) {
                        bom = 2;
                    } else if (b0 == 0xff && b1 == 0xfe) {
                        decodeAs = "UTF-16LE";
                        bom = 2;
                    }
                }
                System.arraycopy(bytes, bom, bytes, 0, nBytes - bom);
                nBytes -= bom;
            }
            int k = completePrefix(nBytes);
            if (k > 0) {
                chars = new String(bytes, 0, k, Charset.forName(decodeAs)).toCharArray();
                nextChar = 0;
                nChars = chars.length;
                System.arraycopy(bytes, k, bytes, 0, nBytes - k);
                nBytes -= k;
                if (nChars > 0)
                    return true;
            }
        }
        return false;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (nextChar >= nChars && !fill())
                return -1;
            return chars[nextChar++];
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0)
                return 0;
            if (nextChar >= nChars && !fill())
                return -1;
            int n = Math.min(len, nChars - nextChar);
            System.arraycopy(chars, nextChar, cbuf, off, n);
            nextChar += n;
            return n;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            // Undecoded bytes (a character cut by the last read) count, as in the JDK.
            return nextChar < nChars || nBytes > 0 || in.available() > 0;
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (in == null)
                return;
            try {
                in.close();
            } finally {
                in = null;
            }
        }
    }
}
