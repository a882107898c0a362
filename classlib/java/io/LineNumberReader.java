package java.io;

/**
 * A BufferedReader that counts lines.  read() turns \r and \r\n into one
 * \n; as in JDK 16+, a last line ended by the end of input counts too.
 */
public class LineNumberReader extends BufferedReader {
    private static final int NONE = 0, CHAR = 1, EOL = 2, EOF = 3;

    private int lineNumber = 0;
    private int markedLineNumber;
    private boolean skipLF;
    private boolean markedSkipLF;
    private int prev = NONE;

    public LineNumberReader(Reader in) {
        super(in);
    }

    public LineNumberReader(Reader in, int sz) {
        super(in, sz);
    }

    public void setLineNumber(int lineNumber) {
        this.lineNumber = lineNumber;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            int c = super.read();
            if (skipLF) {
                if (c == '\n')
                    c = super.read();
                skipLF = false;
            }
            switch (c) {
            case '\r':
                skipLF = true;
                lineNumber++;
                prev = EOL;
                return '\n';
            case '\n':
                lineNumber++;
                prev = EOL;
                return '\n';
            case -1:
                if (prev == CHAR)
                    lineNumber++;
                prev = EOF;
                return -1;
            default:
                prev = CHAR;
                return c;
            }
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            int n = super.read(cbuf, off, len);
            if (n == -1) {
                if (prev == CHAR)
                    lineNumber++;
                prev = EOF;
                return -1;
            }
            for (int i = off; i < off + n; i++) {
                char c = cbuf[i];
                if (skipLF) {
                    skipLF = false;
                    if (c == '\n')
                        continue;
                }
                switch (c) {
                case '\r':
                    skipLF = true;
                    lineNumber++;
                    break;
                case '\n':
                    lineNumber++;
                    break;
                }
            }
            if (n > 0) {
                char last = cbuf[off + n - 1];
                prev = (last == '\n' || last == '\r') ? EOL : CHAR;
            }
            return n;
        }
    }

    @Override
    public String readLine() throws IOException {
        synchronized (lock) {
            boolean[] term = new boolean[1];
            String l = super.readLine(skipLF, term);
            skipLF = false;
            if (l != null) {
                lineNumber++;
                prev = term[0] ? EOL : EOF;
            } else {
                if (prev == CHAR)
                    lineNumber++;
                prev = EOF;
            }
            return l;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        if (n < 0)
            throw new IllegalArgumentException("skip() value is negative");
        int nn = (int) Math.min(n, 8192);
        synchronized (lock) {
            char[] skipBuffer = new char[nn];
            long r = n;
            while (r > 0) {
                int nc = read(skipBuffer, 0, (int) Math.min(r, nn));
                if (nc == -1)
                    break;
                r -= nc;
            }
            if (n - r > 0)
                prev = NONE;
            return n - r;
        }
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        synchronized (lock) {
            if (skipLF)
                readAheadLimit++;
            super.mark(readAheadLimit);
            markedLineNumber = lineNumber;
            markedSkipLF = skipLF;
        }
    }

    @Override
    public void reset() throws IOException {
        synchronized (lock) {
            super.reset();
            lineNumber = markedLineNumber;
            skipLF = markedSkipLF;
        }
    }
}
