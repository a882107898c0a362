package java.util;

import java.io.Closeable;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Splits text into tokens at a delimiter pattern (whitespace by default)
 * and parses them.  The input is read in chunks into buf; a token is only
 * taken once the delimiter after it (or the end of input) is in the buffer,
 * and the regex engine's hitEnd/requireEnd say when more input could
 * change a match, as in the JDK.
 *
 * Numbers are recognised by hand-written checks that accept exactly what
 * the JDK's (US locale) integer and float patterns accept: an optional
 * sign, digits or digits grouped by ',' in threes, a fraction and exponent
 * for floats, NaN and Infinity; mismatches throw InputMismatchException
 * with no message, and parse failures with the NumberFormatException's.
 */
public final class Scanner implements Iterator<String>, Closeable {
    private static final int BUFFER_SIZE = 1024;
    private static final Pattern WHITESPACE_PATTERN = Pattern.compile("\\p{javaWhitespace}+");
    private static final Pattern FIND_ANY_PATTERN = Pattern.compile("(?s).*");
    private static final Pattern BOOLEAN_PATTERN = Pattern.compile("true|false", Pattern.CASE_INSENSITIVE);

    /** What a token must be, besides matching a pattern. */
    private static final int ANY = 0, INTEGER = 1, FLOAT = 2, DECIMAL = 3;

    private final StringBuilder buf;
    private int position;
    private Matcher matcher;
    private Pattern delimPattern;
    private Reader source;
    private boolean sourceClosed;
    private boolean needInput;
    private boolean skipped;
    private int savedPosition = -1;
    private int tokenStart;         // where the last token began (a parse failure goes back there)
    private boolean matchValid;
    private boolean closed;
    private int radix = 10;
    private int defaultRadix = 10;
    private Locale locale = Locale.getDefault();
    private IOException lastException;

    // hasNextX caches the token it found, for the nextX that follows.
    private Object hasNextPattern;
    private String hasNextResult;
    private int hasNextPosition;
    private MatchResult lastMatch;   // null after a token found without the regex engine
    private String lastToken;

    private Scanner(Reader source, CharSequence text) {
        this.source = source;
        this.delimPattern = WHITESPACE_PATTERN;
        if (text != null) {
            buf = new StringBuilder(text);
            sourceClosed = true;
        } else {
            buf = new StringBuilder(BUFFER_SIZE);
        }
        matcher = delimPattern.matcher(buf);
        matcher.useTransparentBounds(true);
        matcher.useAnchoringBounds(false);
    }

    public Scanner(Readable source) {
        this(asReader(Objects.requireNonNull(source, "source")), null);
    }

    private static Reader asReader(Readable source) {
        if (source instanceof Reader)
            return (Reader) source;
        return new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return source.read(java.nio.CharBuffer.wrap(cbuf, off, len));
            }

            @Override
            public void close() throws IOException {
                if (source instanceof Closeable)
                    ((Closeable) source).close();
            }
        };
    }

    public Scanner(InputStream source) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source")), null);
    }

    public Scanner(InputStream source, String charsetName) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), toCharset(charsetName)), null);
    }

    public Scanner(InputStream source, Charset charset) {
        this(new InputStreamReader(Objects.requireNonNull(source, "source"), Objects.requireNonNull(charset, "charset")), null);
    }

    public Scanner(File source) throws FileNotFoundException {
        this(new InputStreamReader(new FileInputStream(source)), null);
    }

    public Scanner(String source) {
        this((Reader) null, Objects.requireNonNull(source, "source"));
    }

    private static Charset toCharset(String csn) {
        Objects.requireNonNull(csn, "charsetName");
        try {
            return Charset.forName(csn);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e);
        }
    }

    // ---- state ----

    private void ensureOpen() {
        if (closed)
            throw new IllegalStateException("Scanner closed");
    }

    private void saveState() {
        savedPosition = position;
    }

    private boolean revertState(boolean b) {
        position = savedPosition;
        savedPosition = -1;
        skipped = false;
        return b;
    }

    private void clearCaches() {
        hasNextPattern = null;
    }

    private void cacheResult(Object pattern, String result, int end) {
        hasNextResult = result;
        hasNextPosition = end;
        hasNextPattern = pattern;
    }

    private String getCachedResult(Object pattern) {
        if (hasNextPattern == null || !hasNextPattern.equals(pattern))
            return null;
        position = hasNextPosition;
        hasNextPattern = null;
        matchValid = true;
        return hasNextResult;
    }

    private void throwFor() {
        skipped = false;
        if (sourceClosed && position == buf.length())
            throw new NoSuchElementException();
        throw new InputMismatchException();
    }

    /** Reads one more chunk, dropping what was consumed before. */
    private void readInput() {
        int keep = savedPosition == -1 ? position : savedPosition;
        if (keep > BUFFER_SIZE && keep > buf.length() / 2) {
            buf.delete(0, keep);
            position -= keep;
            if (savedPosition != -1)
                savedPosition -= keep;
            hasNextPattern = null;
        }
        char[] chunk = new char[BUFFER_SIZE];
        int n;
        try {
            n = source.read(chunk, 0, chunk.length);
        } catch (IOException ioe) {
            lastException = ioe;
            n = -1;
        }
        if (n == -1) {
            sourceClosed = true;
            needInput = false;
        }
        if (n > 0) {
            buf.append(chunk, 0, n);
            needInput = false;
        }
        matcher.reset(buf);
    }

    private Matcher use(Pattern p, int from, int to) {
        matcher.usePattern(p);
        matcher.region(from, to);
        return matcher;
    }

    // ---- tokens ----

    /** Skips delimiters; false if the buffer holds no token start (yet). */
    private boolean hasTokenInBuffer() {
        matchValid = false;
        Matcher m = use(delimPattern, position, buf.length());
        if (m.lookingAt()) {
            if (m.hitEnd() && !sourceClosed) {
                needInput = true;
                return false;
            }
            position = m.end();
        }
        return position != buf.length();
    }

    /**
     * The next complete token if it matches pattern and kind; null if more
     * input is needed (needInput is set) or the token does not match.
     */
    private String getCompleteTokenInBuffer(Pattern pattern, int kind) {
        if (delimPattern == WHITESPACE_PATTERN && pattern == null)
            return getWhitespaceDelimitedToken(kind);
        matchValid = false;
        Matcher m = use(delimPattern, position, buf.length());
        if (!skipped) {
            if (m.lookingAt()) {
                if (m.hitEnd() && !sourceClosed) {
                    needInput = true;
                    return null;
                }
                skipped = true;
                position = m.end();
            }
        }
        if (position == buf.length()) {
            if (!sourceClosed)
                needInput = true;
            return null;
        }
        m = use(delimPattern, position, buf.length());
        boolean found = m.find();
        if (found && m.end() == position)
            found = m.find();   // a zero-length delimiter at the token's start
        int tokenEnd;
        if (found) {
            if (m.requireEnd() && !sourceClosed) {
                needInput = true;
                return null;
            }
            tokenEnd = m.start();
        } else if (sourceClosed) {
            tokenEnd = buf.length();
        } else {
            needInput = true;
            return null;
        }
        m = use(pattern == null ? FIND_ANY_PATTERN : pattern, position, tokenEnd);
        if (!m.matches())
            return null;
        String s = m.group();
        if (!kindMatches(kind, s))
            return null;
        lastMatch = m.toMatchResult();
        tokenStart = position;
        position = m.end();
        return s;
    }

    /**
     * getCompleteTokenInBuffer for the default delimiter and no pattern,
     * without the regex engine: the same answers (javaWhitespace is
     * Character.isWhitespace), several times faster.
     */
    private String getWhitespaceDelimitedToken(int kind) {
        matchValid = false;
        int len = buf.length();
        if (!skipped) {
            int p = position;
            while (p < len && Character.isWhitespace(buf.charAt(p)))
                p++;
            if (p > position) {
                if (p == len && !sourceClosed) {
                    needInput = true;
                    return null;
                }
                skipped = true;
                position = p;
            }
        }
        if (position == len) {
            if (!sourceClosed)
                needInput = true;
            return null;
        }
        int e = position;
        while (e < len && !Character.isWhitespace(buf.charAt(e)))
            e++;
        if (e == len && !sourceClosed) {
            needInput = true;
            return null;
        }
        String s = buf.substring(position, e);
        if (!kindMatches(kind, s))
            return null;
        lastMatch = null;
        lastToken = s;
        tokenStart = position;
        position = e;
        return s;
    }

    private boolean kindMatches(int kind, String s) {
        switch (kind) {
        case INTEGER: return isInteger(s, radix);
        case FLOAT: return isFloat(s, true);
        case DECIMAL: return isFloat(s, false);
        default: return true;
        }
    }

    private String nextToken(Pattern pattern, int kind) {
        ensureOpen();
        String cached = getCachedResult(kind == ANY ? (Object) pattern : kindKey(kind));
        if (cached != null)
            return cached;
        clearCaches();
        for (;;) {
            String token = getCompleteTokenInBuffer(pattern, kind);
            if (token != null) {
                matchValid = true;
                skipped = false;
                return token;
            }
            if (needInput)
                readInput();
            else
                throwFor();
        }
    }

    private boolean hasNextToken(Pattern pattern, int kind) {
        ensureOpen();
        hasNextPattern = null;
        saveState();
        for (;;) {
            String token = getCompleteTokenInBuffer(pattern, kind);
            if (token != null) {
                matchValid = true;
                cacheResult(kind == ANY ? (Object) pattern : kindKey(kind), token, position);
                return revertState(true);
            }
            if (needInput)
                readInput();
            else
                return revertState(false);
        }
    }

    /** The cache key of a typed token: its kind and the radix it used. */
    private Object kindKey(int kind) {
        return kind * 100 + radix;
    }

    @Override
    public boolean hasNext() {
        ensureOpen();
        saveState();
        while (!sourceClosed) {
            if (hasTokenInBuffer())
                return revertState(true);
            readInput();
        }
        return revertState(hasTokenInBuffer());
    }

    @Override
    public String next() {
        return nextToken(null, ANY);
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException();
    }

    public boolean hasNext(String pattern) {
        return hasNext(Pattern.compile(pattern));
    }

    public String next(String pattern) {
        return next(Pattern.compile(pattern));
    }

    public boolean hasNext(Pattern pattern) {
        return hasNextToken(Objects.requireNonNull(pattern), ANY);
    }

    public String next(Pattern pattern) {
        return nextToken(Objects.requireNonNull(pattern), ANY);
    }

    // ---- lines and searches ----

    private static boolean isLineSeparator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** End of the line starting at position (before its separator), or -1 to read more. */
    private int lineEnd() {
        for (int i = position; i < buf.length(); i++) {
            char c = buf.charAt(i);
            if (isLineSeparator(c)) {
                if (c == '\r' && i + 1 == buf.length() && !sourceClosed)
                    return -1;   // a \n may follow
                return i;
            }
        }
        return sourceClosed ? buf.length() : -1;
    }

    public boolean hasNextLine() {
        ensureOpen();
        for (;;) {
            int end = lineEnd();
            if (end >= 0)
                return end > position || end < buf.length();
            readInput();
        }
    }

    public String nextLine() {
        ensureOpen();
        clearCaches();
        for (;;) {
            int end = lineEnd();
            if (end < 0) {
                readInput();
                continue;
            }
            if (end == position && end == buf.length())
                throw new NoSuchElementException("No line found");
            String line = buf.substring(position, end);
            int next = end;
            if (end < buf.length()) {
                next++;
                if (buf.charAt(end) == '\r' && next < buf.length() && buf.charAt(next) == '\n')
                    next++;
            }
            lastMatch = Pattern.compile("(?s).*").matcher(buf.substring(position, next)).toMatchResult();
            matchValid = true;
            position = next;
            return line;
        }
    }

    private boolean findPatternInBuffer(Pattern pattern, int horizon) {
        matchValid = false;
        int bufferLimit = buf.length();
        int horizonLimit = -1;
        int searchLimit = bufferLimit;
        if (horizon > 0) {
            horizonLimit = position + horizon;
            if (horizonLimit < bufferLimit)
                searchLimit = horizonLimit;
        }
        Matcher m = use(pattern, position, searchLimit);
        if (m.find()) {
            if (m.hitEnd() && !sourceClosed) {
                if (searchLimit != horizonLimit || m.requireEnd()) {
                    needInput = true;
                    return false;
                }
            }
            position = m.end();
            return true;
        }
        if (sourceClosed)
            return false;
        if (horizon == 0 || searchLimit != horizonLimit)
            needInput = true;
        return false;
    }

    public String findInLine(String pattern) {
        return findInLine(Pattern.compile(pattern));
    }

    public String findInLine(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        clearCaches();
        int endPosition;
        saveState();
        for (;;) {
            int end = lineEnd();
            if (end >= 0) {
                endPosition = end;
                break;
            }
            readInput();
        }
        revertState(false);
        int horizonForLine = endPosition - position;
        if (horizonForLine == 0)
            return null;
        return findWithinHorizon(pattern, horizonForLine);
    }

    public String findWithinHorizon(String pattern, int horizon) {
        return findWithinHorizon(Pattern.compile(pattern), horizon);
    }

    public String findWithinHorizon(Pattern pattern, int horizon) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        if (horizon < 0)
            throw new IllegalArgumentException("horizon < 0");
        clearCaches();
        for (;;) {
            if (findPatternInBuffer(pattern, horizon)) {
                matchValid = true;
                lastMatch = matcher.toMatchResult();
                return matcher.group();
            }
            if (needInput)
                readInput();
            else
                break;
        }
        return null;
    }

    public Scanner skip(String pattern) {
        return skip(Pattern.compile(pattern));
    }

    public Scanner skip(Pattern pattern) {
        ensureOpen();
        Objects.requireNonNull(pattern);
        clearCaches();
        for (;;) {
            Matcher m = use(pattern, position, buf.length());
            if (m.lookingAt()) {
                if (m.hitEnd() && !sourceClosed) {
                    needInput = true;
                } else {
                    matchValid = true;
                    lastMatch = m.toMatchResult();
                    position = m.end();
                    return this;
                }
            } else if (!sourceClosed && m.hitEnd()) {
                needInput = true;
            } else {
                needInput = false;
            }
            if (needInput)
                readInput();
            else
                throw new NoSuchElementException();
        }
    }

    public MatchResult match() {
        if (!matchValid)
            throw new IllegalStateException("No match result available");
        if (lastMatch == null) {
            Matcher m = FIND_ANY_PATTERN.matcher(lastToken);
            m.matches();
            lastMatch = m.toMatchResult();
        }
        return lastMatch;
    }

    // ---- configuration ----

    public Pattern delimiter() {
        return delimPattern;
    }

    public Scanner useDelimiter(Pattern pattern) {
        delimPattern = Objects.requireNonNull(pattern);
        return this;
    }

    public Scanner useDelimiter(String pattern) {
        delimPattern = Pattern.compile(pattern);
        return this;
    }

    public Locale locale() {
        return locale;
    }

    public Scanner useLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        return this;
    }

    public int radix() {
        return defaultRadix;
    }

    public Scanner useRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            throw new IllegalArgumentException("radix:" + radix);
        this.defaultRadix = radix;
        return this;
    }

    public Scanner reset() {
        delimPattern = WHITESPACE_PATTERN;
        useLocale(Locale.getDefault());
        useRadix(10);
        clearCaches();
        return this;
    }

    public IOException ioException() {
        return lastException;
    }

    @Override
    public void close() {
        if (closed)
            return;
        if (source != null) {
            try {
                source.close();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
        sourceClosed = true;
        source = null;
        closed = true;
    }

    @Override
    public String toString() {
        return "java.util.Scanner" + "[delimiters=" + delimPattern + "]" + "[position=" + position + "]"
                + "[match valid=" + matchValid + "]" + "[need input=" + needInput + "]"
                + "[source closed=" + sourceClosed + "]" + "[skipped=" + skipped + "]"
                + "[group separator=\\x{2c}]" + "[decimal separator=\\x{2e}]"
                + "[positive prefix=]" + "[negative prefix=\\Q-\\E]"
                + "[positive suffix=]" + "[negative suffix=]"
                + "[NaN string=\\QNaN\\E]" + "[infinity string=\\Q\u221E\\E]";
    }

    // ---- typed tokens ----

    private static boolean isDigit(char c, int radix) {
        return Character.digit(c, radix) >= 0 || Character.isDigit(c);
    }

    /** digits++ or a grouped numeral (1-3 digits, not starting with 0, then ",ddd"...). */
    private static boolean isNumeral(String s, int from, int to, int radix) {
        if (from >= to)
            return false;
        boolean plain = true;
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i), radix)) {
                plain = false;
                break;
            }
        }
        if (plain)
            return true;
        char first = s.charAt(from);
        if (!Character.isDigit(first) || first == '0')
            return false;
        int i = from + 1;
        int lead = 1;
        while (i < to && lead < 3 && isDigit(s.charAt(i), radix)) {
            i++;
            lead++;
        }
        int groups = 0;
        while (i < to) {
            if (s.charAt(i) != ',' || i + 4 > to)
                return false;
            for (int k = 1; k <= 3; k++)
                if (!isDigit(s.charAt(i + k), radix))
                    return false;
            i += 4;
            groups++;
        }
        return groups > 0;
    }

    private static boolean isInteger(String s, int radix) {
        int from = (s.startsWith("-") || s.startsWith("+")) ? 1 : 0;
        return isNumeral(s, from, s.length(), radix);
    }

    private static boolean isDecimalDigits(String s, int from, int to) {
        for (int i = from; i < to; i++)
            if (!Character.isDigit(s.charAt(i)))
                return false;
        return true;
    }

    /** A decimal float token; with nonNumbers, also hex floats, NaN and Infinity. */
    private static boolean isFloat(String s, boolean nonNumbers) {
        int n = s.length();
        int from = (s.startsWith("-") || s.startsWith("+")) ? 1 : 0;
        if (nonNumbers) {
            String rest = s.substring(from);
            if (rest.equals("NaN") || rest.equals("Infinity") || rest.equals("\u221E"))
                return true;
            if (isHexFloat(s, from))
                return true;
        }
        int end = n;
        int e = Math.max(s.indexOf('e', from), s.indexOf('E', from));
        if (e >= 0) {
            int d = e + 1;
            if (d < n && (s.charAt(d) == '+' || s.charAt(d) == '-'))
                d++;
            if (d >= n || !isDecimalDigits(s, d, n))
                return false;
            end = e;
        }
        int dot = s.indexOf('.', from);
        if (dot >= end)
            dot = -1;
        if (dot < 0)
            return isNumeral(s, from, end, 10);
        if (dot == from)
            return dot + 1 < end && isDecimalDigits(s, dot + 1, end);
        return isNumeral(s, from, dot, 10) && isDecimalDigits(s, dot + 1, end);
    }

    private static boolean isHexFloat(String s, int from) {
        int n = s.length();
        if (n - from < 4 || s.charAt(from) != '0' || (s.charAt(from + 1) | 0x20) != 'x')
            return false;
        int i = from + 2;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128)
            i++;
        if (i >= n || s.charAt(i) != '.')
            return false;
        int start = ++i;
        while (i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128)
            i++;
        if (i == start)
            return false;
        if (i == n)
            return true;
        if ((s.charAt(i) | 0x20) != 'p')
            return false;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-'))
            i++;
        return i < n && isAsciiDigits(s, i, n);
    }

    private static boolean isAsciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++)
            if (s.charAt(i) < '0' || s.charAt(i) > '9')
                return false;
        return from < to;
    }

    /** Drops group separators and turns non-ASCII digits into ASCII ones. */
    private static String processNumber(String s) {
        int n = s.length();
        int k = 0;
        while (k < n && s.charAt(k) < 128 && s.charAt(k) != ',')
            k++;
        if (k == n)
            return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',')
                continue;
            if (c >= 128 && Character.isDigit(c))
                c = (char) ('0' + Character.digit(c, 10));
            sb.append(c);
        }
        String r = sb.toString();
        int from = (r.startsWith("-") || r.startsWith("+")) ? 1 : 0;
        if (r.startsWith("\u221E", from))
            r = r.substring(0, from) + "Infinity";
        return r;
    }

    private void setRadix(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            throw new IllegalArgumentException("radix:" + radix);
        this.radix = radix;
    }

    private String hasNextTyped(int kind) {
        return hasNextToken(null, kind) ? processNumber(hasNextResult) : null;
    }

    private String nextTyped(int kind) {
        return processNumber(nextToken(null, kind));
    }

    private InputMismatchException mismatch(NumberFormatException nfe) {
        position = tokenStart;
        return new InputMismatchException(nfe.getMessage());
    }

    public boolean hasNextBoolean() {
        return hasNext(BOOLEAN_PATTERN);
    }

    public boolean nextBoolean() {
        return Boolean.parseBoolean(next(BOOLEAN_PATTERN));
    }

    public boolean hasNextByte() { return hasNextByte(defaultRadix); }
    public boolean hasNextShort() { return hasNextShort(defaultRadix); }
    public boolean hasNextInt() { return hasNextInt(defaultRadix); }
    public boolean hasNextLong() { return hasNextLong(defaultRadix); }
    public byte nextByte() { return nextByte(defaultRadix); }
    public short nextShort() { return nextShort(defaultRadix); }
    public int nextInt() { return nextInt(defaultRadix); }
    public long nextLong() { return nextLong(defaultRadix); }
    public boolean hasNextBigInteger() { return hasNextBigInteger(defaultRadix); }
    public BigInteger nextBigInteger() { return nextBigInteger(defaultRadix); }

    /** Parses an integer token of the current radix; may throw NumberFormatException. */
    private interface IntParser {
        Object parse(String s, int radix);
    }

    private boolean hasNextInteger(int radix, IntParser p) {
        setRadix(radix);
        String s = hasNextTyped(INTEGER);
        if (s == null)
            return false;
        try {
            p.parse(s, radix);
            return true;
        } catch (NumberFormatException nfe) {
            hasNextPattern = null;
            return false;
        }
    }

    private Object nextInteger(int radix, IntParser p) {
        setRadix(radix);
        String s = nextTyped(INTEGER);
        try {
            return p.parse(s, radix);
        } catch (NumberFormatException nfe) {
            throw mismatch(nfe);
        }
    }

    public boolean hasNextByte(int radix) {
        return hasNextInteger(radix, Byte::parseByte);
    }

    public byte nextByte(int radix) {
        return (Byte) nextInteger(radix, Byte::parseByte);
    }

    public boolean hasNextShort(int radix) {
        return hasNextInteger(radix, Short::parseShort);
    }

    public short nextShort(int radix) {
        return (Short) nextInteger(radix, Short::parseShort);
    }

    public boolean hasNextInt(int radix) {
        return hasNextInteger(radix, Integer::parseInt);
    }

    public int nextInt(int radix) {
        return (Integer) nextInteger(radix, Integer::parseInt);
    }

    public boolean hasNextLong(int radix) {
        return hasNextInteger(radix, Long::parseLong);
    }

    public long nextLong(int radix) {
        return (Long) nextInteger(radix, Long::parseLong);
    }

    public boolean hasNextBigInteger(int radix) {
        return hasNextInteger(radix, BigInteger::new);
    }

    public BigInteger nextBigInteger(int radix) {
        return (BigInteger) nextInteger(radix, BigInteger::new);
    }

    public boolean hasNextBigDecimal() {
        String s = hasNextTyped(DECIMAL);
        if (s == null)
            return false;
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException nfe) {
            hasNextPattern = null;
            return false;
        }
    }

    public BigDecimal nextBigDecimal() {
        String s = nextTyped(DECIMAL);
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException nfe) {
            throw mismatch(nfe);
        }
    }

    public boolean hasNextFloat() {
        String s = hasNextTyped(FLOAT);
        if (s == null)
            return false;
        try {
            Float.parseFloat(s);
            return true;
        } catch (NumberFormatException nfe) {
            hasNextPattern = null;
            return false;
        }
    }

    public float nextFloat() {
        String s = nextTyped(FLOAT);
        try {
            return Float.parseFloat(s);
        } catch (NumberFormatException nfe) {
            throw mismatch(nfe);
        }
    }

    public boolean hasNextDouble() {
        String s = hasNextTyped(FLOAT);
        if (s == null)
            return false;
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException nfe) {
            hasNextPattern = null;
            return false;
        }
    }

    public double nextDouble() {
        String s = nextTyped(FLOAT);
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException nfe) {
            throw mismatch(nfe);
        }
    }

    // ---- streams ----

    /** The remaining tokens, as next() would return them. */
    public Stream<String> tokens() {
        ensureOpen();
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public Stream<MatchResult> findAll(String patString) {
        return findAll(Pattern.compile(patString));
    }

    /** Every match of pattern in the rest of the input, as findWithinHorizon(pattern, 0) finds them. */
    public Stream<MatchResult> findAll(Pattern pattern) {
        Objects.requireNonNull(pattern);
        ensureOpen();
        Iterator<MatchResult> it = new Iterator<MatchResult>() {
            MatchResult next;

            @Override
            public boolean hasNext() {
                if (next == null && findWithinHorizon(pattern, 0) != null)
                    next = lastMatch;
                return next != null;
            }

            @Override
            public MatchResult next() {
                if (!hasNext())
                    throw new NoSuchElementException();
                MatchResult r = next;
                next = null;
                return r;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
