package java.io;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Buffers another Reader and splits lines at \n, \r or \r\n.  A \r seen at
 * the end of a buffer sets skipLF so the \n that may start the next one is
 * dropped.  mark(limit) keeps the marked chars in the buffer (growing it to
 * the limit) until more than limit chars were read past the mark.
 */
public class BufferedReader extends Reader {
    private static final int DEFAULT_CHAR_BUFFER_SIZE = 8192;
    private static final int UNMARKED = -1;
    private static final int INVALIDATED = -2;

    private Reader in;
    private char[] cb;
    private int nChars, nextChar;
    private int markedChar = UNMARKED;
    private int readAheadLimit = 0;
    private boolean skipLF = false;
    private boolean markedSkipLF = false;

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0)
            throw new IllegalArgumentException("Buffer size <= 0");
        this.in = in;
        cb = new char[sz];
        nextChar = nChars = 0;
    }

    public BufferedReader(Reader in) {
        this(in, DEFAULT_CHAR_BUFFER_SIZE);
    }

    private void ensureOpen() throws IOException {
        if (in == null)
            throw new IOException("Stream closed");
    }

    /** Reads more chars, keeping the marked ones if the mark is still valid. */
    private void fill() throws IOException {
        int dst;
        if (markedChar <= UNMARKED) {
            dst = 0;
        } else {
            int delta = nextChar - markedChar;
            if (delta >= readAheadLimit) {
                markedChar = INVALIDATED;
                readAheadLimit = 0;
                dst = 0;
            } else {
                char[] to = readAheadLimit <= cb.length ? cb : new char[readAheadLimit];
                System.arraycopy(cb, markedChar, to, 0, delta);
                cb = to;
                markedChar = 0;
                dst = delta;
                nextChar = nChars = delta;
            }
        }
        int n;
        do {
            n = in.read(cb, dst, cb.length - dst);
        } while (n == 0);
        if (n > 0) {
            nChars = dst + n;
            nextChar = dst;
        }
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            ensureOpen();
            for (;;) {
                if (nextChar >= nChars) {
                    fill();
                    if (nextChar >= nChars)
                        return -1;
                }
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n') {
                        nextChar++;
                        continue;
                    }
                }
                return cb[nextChar++];
            }
        }
    }

    private int read1(char[] cbuf, int off, int len) throws IOException {
        if (nextChar >= nChars) {
            // A large read with no mark to keep goes straight to the source.
            if (len >= cb.length && markedChar <= UNMARKED && !skipLF)
                return in.read(cbuf, off, len);
            fill();
        }
        if (nextChar >= nChars)
            return -1;
        if (skipLF) {
            skipLF = false;
            if (cb[nextChar] == '\n') {
                nextChar++;
                if (nextChar >= nChars)
                    fill();
                if (nextChar >= nChars)
                    return -1;
            }
        }
        int n = Math.min(len, nChars - nextChar);
        System.arraycopy(cb, nextChar, cbuf, off, n);
        nextChar += n;
        return n;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            ensureOpen();
            Objects.checkFromIndexSize(off, len, cbuf.length);
            if (len == 0)
                return 0;
            int n = read1(cbuf, off, len);
            if (n <= 0)
                return n;
            while ((n < len) && in.ready()) {
                int n1 = read1(cbuf, off + n, len - n);
                if (n1 <= 0)
                    break;
                n += n1;
            }
            return n;
        }
    }

    /**
     * The next line, or null at the end.  term[0] (if given) tells whether
     * the line ended with a terminator rather than the end of input.
     */
    String readLine(boolean ignoreLF, boolean[] term) throws IOException {
        StringBuilder s = null;
        synchronized (lock) {
            ensureOpen();
            boolean omitLF = ignoreLF || skipLF;
            if (term != null)
                term[0] = false;
            for (;;) {
                if (nextChar >= nChars)
                    fill();
                if (nextChar >= nChars)
                    return (s != null && s.length() > 0) ? s.toString() : null;
                if (omitLF && cb[nextChar] == '\n')
                    nextChar++;
                skipLF = false;
                omitLF = false;
                int i = nextChar;
                char c = 0;
                boolean eol = false;
                for (; i < nChars; i++) {
                    c = cb[i];
                    if (c == '\n' || c == '\r') {
                        eol = true;
                        break;
                    }
                }
                int start = nextChar;
                nextChar = i;
                if (eol) {
                    String str;
                    if (s == null) {
                        str = new String(cb, start, i - start);
                    } else {
                        s.append(cb, start, i - start);
                        str = s.toString();
                    }
                    nextChar++;
                    if (c == '\r')
                        skipLF = true;
                    if (term != null)
                        term[0] = true;
                    return str;
                }
                if (s == null)
                    s = new StringBuilder(80);
                s.append(cb, start, i - start);
            }
        }
    }

    public String readLine() throws IOException {
        return readLine(false, null);
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0L)
            throw new IllegalArgumentException("skip value is negative");
        synchronized (lock) {
            ensureOpen();
            long r = n;
            while (r > 0) {
                if (nextChar >= nChars)
                    fill();
                if (nextChar >= nChars)
                    break;
                if (skipLF) {
                    skipLF = false;
                    if (cb[nextChar] == '\n')
                        nextChar++;
                }
                long d = nChars - nextChar;
                if (r <= d) {
                    nextChar += (int) r;
                    r = 0;
                    break;
                }
                r -= d;
                nextChar = nChars;
            }
            return n - r;
        }
    }

    @Override
    public boolean ready() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (skipLF) {
                if (nextChar >= nChars && in.ready())
                    fill();
                if (nextChar < nChars) {
                    if (cb[nextChar] == '\n')
                        nextChar++;
                    skipLF = false;
                }
            }
            return (nextChar < nChars) || in.ready();
        }
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        if (readAheadLimit < 0)
            throw new IllegalArgumentException("Read-ahead limit < 0");
        synchronized (lock) {
            ensureOpen();
            this.readAheadLimit = readAheadLimit;
            markedChar = nextChar;
            markedSkipLF = skipLF;
        }
    }

    @Override
    public void reset() throws IOException {
        synchronized (lock) {
            ensureOpen();
            if (markedChar < 0)
                throw new IOException((markedChar == INVALIDATED) ? "Mark invalid" : "Stream not marked");
            nextChar = markedChar;
            skipLF = markedSkipLF;
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
                cb = null;
            }
        }
    }

    /** The remaining lines, read lazily; an IOException becomes UncheckedIOException. */
    public Stream<String> lines() {
        Iterator<String> iter = new Iterator<String>() {
            String nextLine = null;

            @Override
            public boolean hasNext() {
                if (nextLine != null)
                    return true;
                try {
                    nextLine = readLine();
                    return nextLine != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String next() {
                if (nextLine != null || hasNext()) {
                    String line = nextLine;
                    nextLine = null;
                    return line;
                }
                throw new NoSuchElementException();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iter, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
