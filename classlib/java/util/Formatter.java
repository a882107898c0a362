package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;

/**
 * printf-style formatting, as the JDK's Formatter with the US/ROOT locale:
 * the same parse (every specifier is checked before anything is printed),
 * the same exceptions and messages, and the same digits. Floating-point
 * conversions round the shortest decimal digits of the double (those of
 * Double.toString) half-up, as the JDK's FormattedFloatingDecimal does.
 * BigInteger and BigDecimal are recognised by class name and read through
 * their toString, so this file compiles without java.math.
 * Date/time conversions (%t) are printed by FormatterDateTime.
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private IOException lastException;
    private final Locale locale;

    public Formatter() {
        this(new StringBuilder(), Locale.US);
    }

    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, Locale.US);
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.locale = l;
    }

    public Formatter(PrintStream ps) {
        this((Appendable) Objects.requireNonNull(ps), Locale.US);
    }

    public Locale locale() {
        ensureOpen();
        return locale;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    @Override
    public String toString() {
        ensureOpen();
        return a.toString();
    }

    @Override
    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException x) {
                lastException = x;
            }
        }
    }

    @Override
    public void close() {
        if (a == null)
            return;
        try {
            if (a instanceof Closeable)
                ((Closeable) a).close();
        } catch (IOException x) {
            lastException = x;
        } finally {
            a = null;
        }
    }

    public IOException ioException() {
        return lastException;
    }

    private void ensureOpen() {
        if (a == null)
            throw new FormatterClosedException();
    }

    public Formatter format(String format, Object... args) {
        return format(locale, format, args);
    }

    /** Only the US/ROOT conventions are implemented: l is recorded, not used. */
    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        int last = -1;      // index of the last argument used
        int lasto = -1;     // last ordinary (unindexed) index
        for (Spec fs : parse(format)) {
            int index = fs.index;
            try {
                if (fs.fixed != null) {
                    a.append(fs.fixed);
                } else if (index == -2) {
                    fs.print(this, null);
                } else if (index == -1) {
                    if (last < 0 || (args != null && last > args.length - 1))
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[last]);
                } else if (index == 0) {
                    lasto++;
                    last = lasto;
                    if (args != null && lasto > args.length - 1)
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[lasto]);
                } else {
                    last = index - 1;
                    if (args != null && last > args.length - 1)
                        throw new MissingFormatArgumentException(fs.toString());
                    fs.print(this, args == null ? null : args[last]);
                }
            } catch (IOException x) {
                lastException = x;
            }
        }
        return this;
    }

    // ---- parsing ----

    /**
     * Splits a format into fixed text and specifiers. The specifier syntax is
     * the JDK's %(\d+\$)?([-#+ 0,(\<]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%]),
     * matched by hand; the only backtracking it needs is an index group
     * whose digits are not followed by '$', which are then the width.
     */
    private static List<Spec> parse(String s) {
        ArrayList<Spec> al = new ArrayList<>();
        int i = 0;
        int max = s.length();
        while (i < max) {
            int n = s.indexOf('%', i);
            if (n < 0) {
                al.add(new Spec(s.substring(i)));
                break;
            }
            if (i != n)
                al.add(new Spec(s.substring(i, n)));
            i = n + 1;
            if (i >= max)
                throw new UnknownFormatConversionException("%");
            char c = s.charAt(i);
            if (isValidConversion(c)) {
                al.add(new Spec(c));
                i++;
            } else {
                int end = parseSpec(s, i, al);
                if (end < 0)
                    throw new UnknownFormatConversionException(String.valueOf(c));
                i = end;
            }
        }
        return al;
    }

    /** Parses the specifier after the '%' at start-1; returns its end, or -1 if none matches. */
    private static int parseSpec(String s, int start, List<Spec> out) {
        int max = s.length();
        int p = start;
        int idxStart = -1, idxEnd = -1;
        int d = digitsEnd(s, p);
        if (d > p && d < max && s.charAt(d) == '$') {
            idxStart = p;
            idxEnd = d + 1;
            p = d + 1;
        }
        int flagStart = p;
        while (p < max && "-#+ 0,(<".indexOf(s.charAt(p)) >= 0)
            p++;
        int flagEnd = p;
        int widthStart = -1, widthEnd = -1;
        d = digitsEnd(s, p);
        if (d > p) {
            widthStart = p;
            widthEnd = d;
            p = d;
        }
        int precStart = -1, precEnd = -1;
        if (p < max && s.charAt(p) == '.') {
            d = digitsEnd(s, p + 1);
            if (d > p + 1) {
                precStart = p;
                precEnd = d;
                p = d;
            }
        }
        boolean dt = false;
        boolean dtUpper = false;
        if (p < max && (s.charAt(p) == 't' || s.charAt(p) == 'T')) {
            dt = true;
            dtUpper = s.charAt(p) == 'T';
            p++;
        }
        if (p >= max)
            return -1;
        char conv = s.charAt(p);
        if (!(conv >= 'a' && conv <= 'z' || conv >= 'A' && conv <= 'Z' || conv == '%')) {
            if (dt) {
                // ([tT])? gives back its letter, which is then the conversion
                dt = false;
                p--;
                conv = s.charAt(p);
            } else {
                return -1;
            }
        }
        out.add(new Spec(s, idxStart, idxEnd, flagStart, flagEnd, widthStart, widthEnd,
                         precStart, precEnd, dt, dtUpper, conv));
        return p + 1;
    }

    private static int digitsEnd(String s, int p) {
        while (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9')
            p++;
        return p;
    }

    static boolean isValidConversion(char c) {
        switch (c) {
            case 'b': case 'B': case 'h': case 'H': case 's': case 'S':
            case 'c': case 'C': case 'd': case 'o': case 'x': case 'X':
            case 'e': case 'E': case 'g': case 'G': case 'f': case 'a': case 'A':
            case 'n': case '%':
                return true;
            default:
                return false;
        }
    }

    private static boolean isDateTime(char c) {
        return "HIklMSLNpzZsQBbhAaCYyjmdeRTrDFc".indexOf(c) >= 0;
    }

    // ---- flags ----

    static final int LEFT_JUSTIFY = 1 << 0;     // '-'
    static final int UPPERCASE = 1 << 1;        // '^'
    static final int ALTERNATE = 1 << 2;        // '#'
    static final int PLUS = 1 << 3;             // '+'
    static final int LEADING_SPACE = 1 << 4;    // ' '
    static final int ZERO_PAD = 1 << 5;         // '0'
    static final int GROUP = 1 << 6;            // ','
    static final int PARENTHESES = 1 << 7;      // '('
    static final int PREVIOUS = 1 << 8;         // '<'

    private static int flagOf(char c) {
        switch (c) {
            case '-': return LEFT_JUSTIFY;
            case '#': return ALTERNATE;
            case '+': return PLUS;
            case ' ': return LEADING_SPACE;
            case '0': return ZERO_PAD;
            case ',': return GROUP;
            case '(': return PARENTHESES;
            case '<': return PREVIOUS;
            default: throw new UnknownFormatFlagsException(String.valueOf(c));
        }
    }

    static String flagsToString(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & LEFT_JUSTIFY) != 0) sb.append('-');
        if ((f & UPPERCASE) != 0) sb.append('^');
        if ((f & ALTERNATE) != 0) sb.append('#');
        if ((f & PLUS) != 0) sb.append('+');
        if ((f & LEADING_SPACE) != 0) sb.append(' ');
        if ((f & ZERO_PAD) != 0) sb.append('0');
        if ((f & GROUP) != 0) sb.append(',');
        if ((f & PARENTHESES) != 0) sb.append('(');
        if ((f & PREVIOUS) != 0) sb.append('<');
        return sb.toString();
    }

    // ---- one piece of a format: fixed text or a specifier ----

    private static final class Spec {
        final String fixed;     // fixed text, or null for a specifier
        int index;              // -2 no argument, -1 previous, 0 next, n explicit
        int f;
        int width = -1;
        int precision = -1;
        boolean dt;
        char c;
        Appendable a;           // the output while printing

        Spec(String fixed) {
            this.fixed = fixed;
            this.index = -2;
        }

        /** The fast path: '%' directly followed by a conversion. */
        Spec(char conv) {
            fixed = null;
            c = conv;
            if (Character.isUpperCase(conv)) {
                f = UPPERCASE;
                c = Character.toLowerCase(conv);
            }
            if (conv == '%' || conv == 'n')
                index = -2;
        }

        Spec(String s, int idxStart, int idxEnd, int flagStart, int flagEnd, int widthStart,
             int widthEnd, int precStart, int precEnd, boolean dt, boolean dtUpper, char conv) {
            fixed = null;
            if (idxStart >= 0) {
                try {
                    index = Integer.parseInt(s, idxStart, idxEnd - 1, 10);
                    if (index <= 0)
                        throw new IllegalFormatArgumentIndexException(index);
                } catch (NumberFormatException x) {
                    throw new IllegalFormatArgumentIndexException(Integer.MIN_VALUE);
                }
            }
            for (int i = flagStart; i < flagEnd; i++) {
                int v = flagOf(s.charAt(i));
                if ((f & v) != 0)
                    throw new DuplicateFormatFlagsException(flagsToString(v));
                f |= v;
            }
            if ((f & PREVIOUS) != 0)
                index = -1;
            if (widthStart >= 0) {
                try {
                    width = Integer.parseInt(s, widthStart, widthEnd, 10);
                } catch (NumberFormatException x) {
                    throw new IllegalFormatWidthException(Integer.MIN_VALUE);
                }
            }
            if (precStart >= 0) {
                try {
                    precision = Integer.parseInt(s, precStart + 1, precEnd, 10);
                } catch (NumberFormatException x) {
                    throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
                }
            }
            this.dt = dt;
            if (dt && dtUpper)
                f |= UPPERCASE;
            c = conv;
            if (!dt) {
                if (!isValidConversion(c))
                    throw new UnknownFormatConversionException(String.valueOf(c));
                if (Character.isUpperCase(c)) {
                    f |= UPPERCASE;
                    c = Character.toLowerCase(c);
                }
                if (c == '%' || c == 'n')
                    index = -2;
            }
            if (dt)
                checkDateTime();
            else if (c == 'b' || c == 'h' || c == 's')
                checkGeneral();
            else if (c == 'c')
                checkCharacter();
            else if (c == 'd' || c == 'o' || c == 'x')
                checkInteger();
            else if (c == 'e' || c == 'f' || c == 'g' || c == 'a')
                checkFloat();
            else
                checkText();
        }

        private boolean has(int flag) {
            return (f & flag) != 0;
        }

        private void checkBadFlags(int... bad) {
            for (int b : bad)
                if (has(b))
                    throw new FormatFlagsConversionMismatchException(flagsToString(b), c);
        }

        private void checkGeneral() {
            if ((c == 'b' || c == 'h') && has(ALTERNATE))
                checkBadFlags(ALTERNATE);
            if (width == -1 && has(LEFT_JUSTIFY))
                throw new MissingFormatWidthException(toString());
            checkBadFlags(PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
        }

        private void checkDateTime() {
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            if (!isDateTime(c))
                throw new UnknownFormatConversionException("t" + c);
            checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
            if (width == -1 && has(LEFT_JUSTIFY))
                throw new MissingFormatWidthException(toString());
        }

        private void checkCharacter() {
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            checkBadFlags(ALTERNATE, PLUS, LEADING_SPACE, ZERO_PAD, GROUP, PARENTHESES);
            if (width == -1 && has(LEFT_JUSTIFY))
                throw new MissingFormatWidthException(toString());
        }

        private void checkInteger() {
            checkNumeric();
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            if (c == 'd')
                checkBadFlags(ALTERNATE);
            else
                checkBadFlags(GROUP);
        }

        private void checkFloat() {
            checkNumeric();
            if (c == 'a')
                checkBadFlags(PARENTHESES, GROUP);
            else if (c == 'e')
                checkBadFlags(GROUP);
            else if (c == 'g')
                checkBadFlags(ALTERNATE);
        }

        private void checkNumeric() {
            if (width == -1 && (has(LEFT_JUSTIFY) || has(ZERO_PAD)))
                throw new MissingFormatWidthException(toString());
            if ((has(PLUS) && has(LEADING_SPACE)) || (has(LEFT_JUSTIFY) && has(ZERO_PAD)))
                throw new IllegalFormatFlagsException(flagsToString(f));
        }

        private void checkText() {
            if (precision != -1)
                throw new IllegalFormatPrecisionException(precision);
            if (c == '%') {
                if (f != LEFT_JUSTIFY && f != 0)
                    throw new IllegalFormatFlagsException(flagsToString(f));
                if (width == -1 && has(LEFT_JUSTIFY))
                    throw new MissingFormatWidthException(toString());
            } else {
                if (width != -1)
                    throw new IllegalFormatWidthException(width);
                if (f != 0)
                    throw new IllegalFormatFlagsException(flagsToString(f));
            }
        }

        /** The specifier as the JDK rebuilds it for messages: flags before the index. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("%");
            sb.append(flagsToString(f & ~UPPERCASE));
            if (index > 0)
                sb.append(index).append('$');
            if (width != -1)
                sb.append(width);
            if (precision != -1)
                sb.append('.').append(precision);
            if (dt)
                sb.append(has(UPPERCASE) ? 'T' : 't');
            sb.append(has(UPPERCASE) ? Character.toUpperCase(c) : c);
            return sb.toString();
        }

        // ---- printing ----

        void print(Formatter fmt, Object arg) throws IOException {
            a = fmt.a;
            try {
                if (dt) {
                    printDateTime(arg);
                    return;
                }
                switch (c) {
                    case 'd': case 'o': case 'x': printInteger(arg); break;
                    case 'e': case 'g': case 'f': case 'a': printFloat(arg); break;
                    case 'c': printCharacter(arg); break;
                    case 'b': printString(arg == null ? "false"
                                          : arg instanceof Boolean ? arg.toString() : "true"); break;
                    case 'h': printString(arg == null ? "null" : Integer.toHexString(arg.hashCode())); break;
                    case 's': printObject(fmt, arg); break;
                    case 'n': a.append(System.lineSeparator()); break;
                    default: printString("%"); break;
                }
            } finally {
                a = null;
            }
        }

        private void failConversion(Object arg) {
            throw new IllegalFormatConversionException(c, arg.getClass());
        }

        private void printDateTime(Object arg) throws IOException {
            if (arg == null) {
                printString("null");
                return;
            }
            String text = FormatterDateTime.format(arg, c);
            if (text == null)
                failConversion(arg);
            printString(text);
        }

        private void printObject(Formatter fmt, Object arg) throws IOException {
            if (arg instanceof Formattable) {
                ((Formattable) arg).formatTo(fmt, f, width, precision);
            } else {
                if (has(ALTERNATE))
                    checkBadFlags(ALTERNATE);
                printString(arg == null ? "null" : arg.toString());
            }
        }

        private void printString(String s) throws IOException {
            if (precision != -1 && precision < s.length())
                s = s.substring(0, precision);
            if (has(UPPERCASE))
                s = s.toUpperCase();
            appendJustified(s);
        }

        private void appendJustified(CharSequence cs) throws IOException {
            if (width == -1) {
                a.append(cs);
                return;
            }
            boolean padRight = has(LEFT_JUSTIFY);
            if (padRight)
                a.append(cs);
            for (int i = cs.length(); i < width; i++)
                a.append(' ');
            if (!padRight)
                a.append(cs);
        }

        private void printCharacter(Object arg) throws IOException {
            if (arg == null) {
                printString("null");
                return;
            }
            int cp;
            if (arg instanceof Character) {
                printString(arg.toString());
                return;
            } else if (arg instanceof Byte) {
                cp = (Byte) arg;
            } else if (arg instanceof Short) {
                cp = (Short) arg;
            } else if (arg instanceof Integer) {
                cp = (Integer) arg;
            } else {
                failConversion(arg);
                return;
            }
            if (!Character.isValidCodePoint(cp))
                throw new IllegalFormatCodePointException(cp);
            printString(new String(Character.toChars(cp)));
        }

        // ---- integers ----

        private void printInteger(Object arg) throws IOException {
            if (arg == null)
                printString("null");
            else if (arg instanceof Byte)
                printLong((Byte) arg, 1L << 8);
            else if (arg instanceof Short)
                printLong((Short) arg, 1L << 16);
            else if (arg instanceof Integer)
                printLong((Integer) arg, 1L << 32);
            else if (arg instanceof Long)
                printLong((Long) arg, 0);
            else if (arg.getClass().getName().equals("java.math.BigInteger"))
                printBigInteger(arg.toString());
            else
                failConversion(arg);
        }

        /** range: 2^bits of the argument's type, added to negatives for %o and %x. */
        private void printLong(long value, long range) throws IOException {
            StringBuilder sb = new StringBuilder();
            if (c == 'd') {
                boolean neg = value < 0;
                leadingSign(sb, neg);
                localizedMagnitude(sb, Long.toString(value), neg ? 1 : 0, adjustWidth(width, neg));
                trailingSign(sb, neg);
            } else {
                checkBadFlags(PARENTHESES, LEADING_SPACE, PLUS);
                if (value < 0 && range != 0)
                    value += range;
                String s = c == 'o' ? Long.toOctalString(value) : Long.toHexString(value);
                String prefix = !has(ALTERNATE) ? "" : c == 'o' ? "0" : has(UPPERCASE) ? "0X" : "0x";
                sb.append(prefix);
                if (has(ZERO_PAD))
                    zeros(sb, width - s.length() - prefix.length());
                sb.append(has(UPPERCASE) ? s.toUpperCase() : s);
            }
            appendJustified(sb);
        }

        /** A BigInteger by its decimal digits; %o and %x of the magnitude, signed. */
        private void printBigInteger(String dec) throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean neg = dec.startsWith("-");
            String mag = neg ? dec.substring(1) : dec;
            leadingSign(sb, neg);
            if (c == 'd') {
                localizedMagnitude(sb, mag, 0, adjustWidth(width, neg));
            } else {
                String s = toRadix(mag, c == 'o' ? 8 : 16);
                int len = s.length() + sb.length();
                if (neg && has(PARENTHESES))
                    len++;
                if (has(ALTERNATE)) {
                    String prefix = c == 'o' ? "0" : has(UPPERCASE) ? "0X" : "0x";
                    len += prefix.length();
                    sb.append(prefix);
                }
                if (has(ZERO_PAD))
                    zeros(sb, width - len);
                sb.append(has(UPPERCASE) ? s.toUpperCase() : s);
            }
            trailingSign(sb, neg);
            appendJustified(sb);
        }

        /** Decimal digits to another radix, by repeated long division. */
        private static String toRadix(String dec, int radix) {
            int[] d = new int[dec.length()];
            for (int i = 0; i < d.length; i++)
                d[i] = dec.charAt(i) - '0';
            StringBuilder out = new StringBuilder();
            int start = 0;
            while (start < d.length) {
                int rem = 0;
                for (int i = start; i < d.length; i++) {
                    int cur = rem * 10 + d[i];
                    d[i] = cur / radix;
                    rem = cur % radix;
                }
                out.append(Character.forDigit(rem, radix));
                while (start < d.length && d[start] == 0)
                    start++;
            }
            if (out.length() == 0)
                out.append('0');
            return out.reverse().toString();
        }

        private void leadingSign(StringBuilder sb, boolean neg) {
            if (!neg) {
                if (has(PLUS))
                    sb.append('+');
                else if (has(LEADING_SPACE))
                    sb.append(' ');
            } else {
                sb.append(has(PARENTHESES) ? '(' : '-');
            }
        }

        private void trailingSign(StringBuilder sb, boolean neg) {
            if (neg && has(PARENTHESES))
                sb.append(')');
        }

        private int adjustWidth(int w, boolean neg) {
            return (w != -1 && neg && has(PARENTHESES)) ? w - 1 : w;
        }

        private static void zeros(StringBuilder sb, int n) {
            for (int i = 0; i < n; i++)
                sb.append('0');
        }

        /**
         * Appends the digits value[offset..] (with at most one '.'), grouping
         * the integer part by three for ',', then zero-pads after what sb
         * held before (the sign) up to width if '0' is set.
         */
        private void localizedMagnitude(StringBuilder sb, CharSequence value, int offset, int w) {
            int begin = sb.length();
            int len = value.length();
            int dot = len;
            for (int j = offset; j < len; j++) {
                if (value.charAt(j) == '.') {
                    dot = j;
                    break;
                }
            }
            boolean group = has(GROUP);
            for (int j = offset; j < len; j++) {
                char ch = value.charAt(j);
                sb.append(ch);
                if (j == dot)
                    group = false;
                else if (group && j < dot - 1 && (dot - j) % 3 == 1)
                    sb.append(',');
            }
            if (w != -1 && has(ZERO_PAD))
                for (int k = sb.length(); k < w; k++)
                    sb.insert(begin, '0');
        }

        // ---- floating point ----

        private void printFloat(Object arg) throws IOException {
            if (arg == null)
                printString("null");
            else if (arg instanceof Float)
                printDouble((Float) arg);
            else if (arg instanceof Double)
                printDouble((Double) arg);
            else if (arg.getClass().getName().equals("java.math.BigDecimal"))
                printBigDecimal(arg);
            else
                failConversion(arg);
        }

        private void printDouble(double value) throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean neg = Double.compare(value, 0.0) == -1;
            if (!Double.isNaN(value)) {
                double v = Math.abs(value);
                leadingSign(sb, neg);
                if (!Double.isInfinite(v)) {
                    if (c == 'a')
                        printHex(sb, v, neg);
                    else
                        printDecimal(sb, Decimal.of(v), neg, true);
                } else {
                    sb.append(has(UPPERCASE) ? "INFINITY" : "Infinity");
                }
                trailingSign(sb, neg);
            } else {
                sb.append(has(UPPERCASE) ? "NAN" : "NaN");
            }
            appendJustified(sb);
        }

        private void printBigDecimal(Object arg) throws IOException {
            if (c == 'a')
                failConversion(arg);
            String s = arg.toString();
            StringBuilder sb = new StringBuilder();
            boolean neg = s.startsWith("-");
            leadingSign(sb, neg);
            printDecimal(sb, Decimal.parse(neg ? s.substring(1) : s), neg, false);
            trailingSign(sb, neg);
            appendJustified(sb);
        }

        /** %e, %f and %g of a non-negative decimal value. */
        private void printDecimal(StringBuilder sb, Decimal d, boolean neg, boolean isDouble)
                throws IOException {
            boolean zero = d.isZero();
            if (c == 'e') {
                int prec = precision == -1 ? 6 : precision;
                int e = d.round(prec + 1);
                StringBuilder mant = d.scientific(prec);
                if (has(ALTERNATE) && prec == 0)
                    mant.append('.');
                int exp = zero ? 0 : e - 1;
                String es = expString(exp);
                int newW = width == -1 ? -1 : adjustWidth(width - es.length() - 1, neg);
                localizedMagnitude(sb, mant, 0, newW);
                sb.append(has(UPPERCASE) ? 'E' : 'e').append(es);
            } else if (c == 'f') {
                int prec = precision == -1 ? 6 : precision;
                d.round(d.decExp + prec);
                StringBuilder mant = d.plain(prec);
                if (has(ALTERNATE) && prec == 0)
                    mant.append('.');
                localizedMagnitude(sb, mant, 0, width == -1 ? -1 : adjustWidth(width, neg));
            } else {
                int prec = precision == -1 ? 6 : precision == 0 ? 1 : precision;
                StringBuilder mant;
                String es = null;
                if (zero) {
                    mant = new StringBuilder("0");
                    if (prec > 1)
                        mant.append('.');
                    zeros(mant, prec - 1);
                } else {
                    int e = d.round(prec);
                    int exp = e - 1;
                    if (exp < -4 || exp >= prec) {
                        mant = d.scientific(prec - 1);
                        es = expString(exp);
                    } else {
                        mant = d.plain(prec - e);
                    }
                }
                int newW = width == -1 ? -1
                        : adjustWidth(es == null ? width : width - es.length() - 1, neg);
                localizedMagnitude(sb, mant, 0, newW);
                if (es != null)
                    sb.append(has(UPPERCASE) ? 'E' : 'e').append(es);
            }
        }

        private static String expString(int exp) {
            StringBuilder sb = new StringBuilder();
            sb.append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10)
                sb.append('0');
            return sb.append(e).toString();
        }

        /** %a: Double.toHexString's digits, rounded half-even to precision hex digits. */
        private void printHex(StringBuilder sb, double v, boolean neg) {
            int prec = precision == -1 ? 0 : precision == 0 ? 1 : precision;
            String s = hexDouble(v, prec);
            boolean upper = has(UPPERCASE);
            sb.append(upper ? "0X" : "0x");
            if (has(ZERO_PAD)) {
                int lead = (has(LEADING_SPACE) || has(PLUS) || neg) ? 3 : 2;
                zeros(sb, width - s.length() - lead);
            }
            int idx = s.indexOf('p');
            StringBuilder va = new StringBuilder(upper ? s.substring(0, idx).toUpperCase() : s.substring(0, idx));
            if (prec != 0) {
                int dot = va.indexOf(".");
                int have = dot < 0 ? 0 : va.length() - dot - 1;
                if (dot < 0 && have < prec)
                    va.append('.');
                zeros(va, prec - have);
            }
            sb.append(va).append(upper ? 'P' : 'p').append(s, idx + 1, s.length());
        }

        private static String hexDouble(double d, int prec) {
            if (d == 0.0 || prec == 0 || prec >= 13)
                return Double.toHexString(d).substring(2);
            int exponent = Math.getExponent(d);
            boolean subnormal = exponent == Double.MIN_EXPONENT - 1;
            if (subnormal)
                d *= 0x1p54;    // normalise, then take 54 off the exponent again
            int shift = 53 - (1 + prec * 4);
            long bits = Double.doubleToLongBits(d);
            long signif = (bits & 0x7fffffffffffffffL) >> shift;
            long rounding = bits & ~(~0L << shift);
            boolean leastZero = (signif & 1L) == 0L;
            boolean round = ((1L << (shift - 1)) & rounding) != 0L;
            boolean sticky = shift > 1 && (~(1L << (shift - 1)) & rounding) != 0;
            if ((leastZero && round && sticky) || (!leastZero && round))
                signif++;
            double result = Double.longBitsToDouble(signif << shift);
            if (Double.isInfinite(result))
                return "1.0p1024";
            String res = Double.toHexString(result).substring(2);
            if (!subnormal)
                return res;
            int idx = res.indexOf('p');
            return res.substring(0, idx) + "p" + (Integer.parseInt(res.substring(idx + 1)) - 54);
        }
    }

    /**
     * A non-negative decimal 0.d1d2...dn x 10^decExp, rounded half-up in
     * place as the JDK's FormattedFloatingDecimal.applyPrecision does.
     */
    static final class Decimal {
        char[] digits;
        int n;
        int decExp;

        Decimal(char[] digits, int n, int decExp) {
            this.digits = digits;
            this.n = n;
            this.decExp = decExp;
        }

        boolean isZero() {
            for (int i = 0; i < n; i++)
                if (digits[i] != '0')
                    return false;
            return true;
        }

        /** The shortest digits of v > 0, read back from Double.toString. */
        static Decimal of(double v) {
            return v == 0.0 ? new Decimal(new char[] {'0'}, 1, 0) : parse(Double.toString(v));
        }

        /** Digits of "123.45", "1.5E-7" or "1E+3" (Double and BigDecimal toString forms). */
        static Decimal parse(String s) {
            int e = s.indexOf('E');
            int exp10 = 0;
            if (e >= 0) {
                int start = s.charAt(e + 1) == '+' ? e + 2 : e + 1;
                exp10 = Integer.parseInt(s.substring(start));
                s = s.substring(0, e);
            }
            int dot = s.indexOf('.');
            char[] d = new char[s.length()];
            int n = 0;
            for (int i = 0; i < s.length(); i++)
                if (s.charAt(i) != '.')
                    d[n++] = s.charAt(i);
            int decExp = (dot < 0 ? s.length() : dot) + exp10;
            int lead = 0;
            while (lead < n - 1 && d[lead] == '0')
                lead++;
            if (lead == n - 1 && d[lead] == '0')
                return new Decimal(new char[] {'0'}, 1, 0);
            char[] out = new char[n - lead];
            System.arraycopy(d, lead, out, 0, n - lead);
            n -= lead;
            while (n > 1 && out[n - 1] == '0')
                n--;
            return new Decimal(out, n, decExp - lead);
        }

        /** Rounds to prec significant digits; returns the (possibly raised) decExp. */
        int round(int prec) {
            if (prec >= n || prec < 0)
                return decExp;
            if (prec == 0) {
                if (digits[0] >= '5') {
                    digits[0] = '1';
                    Arrays.fill(digits, 1, n, '0');
                    return ++decExp;
                }
                Arrays.fill(digits, 0, n, '0');
                return decExp;
            }
            if (digits[prec] >= '5') {
                int i = prec - 1;
                while (i >= 0 && digits[i] == '9')
                    i--;
                if (i < 0) {
                    digits[0] = '1';
                    Arrays.fill(digits, 1, n, '0');
                    return ++decExp;
                }
                digits[i]++;
                Arrays.fill(digits, i + 1, n, '0');
            } else {
                Arrays.fill(digits, prec, n, '0');
            }
            return decExp;
        }

        private char digitAt(int i) {
            return i >= 0 && i < n ? digits[i] : '0';
        }

        /** d.ddd with frac digits after the point (none and no point if frac is 0). */
        StringBuilder scientific(int frac) {
            StringBuilder sb = new StringBuilder();
            sb.append(digits[0]);
            if (frac > 0) {
                sb.append('.');
                for (int i = 1; i <= frac; i++)
                    sb.append(digitAt(i));
            }
            return sb;
        }

        /** ddd.ddd with frac digits after the point. */
        StringBuilder plain(int frac) {
            StringBuilder sb = new StringBuilder();
            if (decExp > 0) {
                for (int i = 0; i < decExp; i++)
                    sb.append(digitAt(i));
            } else {
                sb.append('0');
            }
            if (frac > 0) {
                sb.append('.');
                for (int i = 0; i < frac; i++)
                    sb.append(digitAt(decExp + i));
            }
            return sb;
        }
    }
}
