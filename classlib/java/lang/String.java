package java.lang;

import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Objects;

/**
 * Immutable text, stored compactly as the JDK does since 9: `value` holds
 * Latin-1 bytes (coder 0) when every char fits, else UTF-16 chars as
 * little-endian byte pairs (coder 1).  The form is canonical: a string whose
 * chars all fit in Latin-1 is always stored as Latin-1, so equal strings
 * have equal bytes.  The VM knows the fields value, coder and hash.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    private static final long serialVersionUID = -6849794470754667710L;

    static final byte LATIN1 = 0;
    static final byte UTF16 = 1;

    private final byte[] value;
    private final byte coder;
    private int hash;

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    public String() {
        this.value = new byte[0];
        this.coder = LATIN1;
    }

    public String(String original) {
        this.value = original.value;
        this.coder = original.coder;
        this.hash = original.hash;
    }

    public String(char[] value) {
        this(value, 0, value.length, null);
    }

    public String(char[] value, int offset, int count) {
        this(value, offset, count, rangeCheck(value, offset, count));
    }

    private static Void rangeCheck(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        return null;
    }

    private String(char[] chars, int offset, int count, Void sig) {
        byte[] v = compress(chars, offset, count);
        if (v != null) {
            this.value = v;
            this.coder = LATIN1;
        } else {
            this.value = toBytesUTF16(chars, offset, count);
            this.coder = UTF16;
        }
    }

    /** Each char is hibyte's low byte above a byte of ascii (deprecated in the JDK since 1.1). */
    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte, int offset, int count) {
        checkBoundsOffCount(offset, count, ascii.length);
        char[] chars = new char[count];
        for (int i = 0; i < count; i++)
            chars[i] = (char) (((hibyte & 0xff) << 8) | (ascii[offset + i] & 0xff));
        String s = new String(chars, 0, count, null);
        this.value = s.value;
        this.coder = s.coder;
    }

    @Deprecated(since = "1.1")
    public String(byte[] ascii, int hibyte) {
        this(ascii, hibyte, 0, ascii.length);
    }

    public String(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        int n = 0;
        boolean latin1 = true;
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (cp >>> 8 != 0)
                latin1 = false;
            if (Character.isBmpCodePoint(cp))
                n++;
            else if (Character.isValidCodePoint(cp))
                n += 2;
            else
                throw Character.invalidCodePoint(cp);
        }
        if (latin1) {
            byte[] v = new byte[n];
            for (int i = 0; i < n; i++)
                v[i] = (byte) codePoints[offset + i];
            this.value = v;
            this.coder = LATIN1;
        } else {
            byte[] v = new byte[2 * n];
            int j = 0;
            for (int i = offset; i < offset + count; i++) {
                int cp = codePoints[i];
                if (Character.isBmpCodePoint(cp)) {
                    putChar(v, j++, cp);
                } else {
                    putChar(v, j++, Character.highSurrogate(cp));
                    putChar(v, j++, Character.lowSurrogate(cp));
                }
            }
            this.value = v;
            this.coder = UTF16;
        }
    }

    public String(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public String(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        String s = decode(Charset.defaultCharset().name(), bytes, offset, length);
        this.value = s.value;
        this.coder = s.coder;
    }

    public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {
        this(bytes, 0, bytes.length, charsetName);
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws UnsupportedEncodingException {
        if (charsetName == null)
            throw new NullPointerException("charsetName");
        checkBoundsOffCount(offset, length, bytes.length);
        String s = decode(lookupCharset(charsetName), bytes, offset, length);
        this.value = s.value;
        this.coder = s.coder;
    }

    public String(byte[] bytes, Charset charset) {
        this(bytes, 0, bytes.length, charset);
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
        Objects.requireNonNull(charset);
        checkBoundsOffCount(offset, length, bytes.length);
        String s = decode(charset.name(), bytes, offset, length);
        this.value = s.value;
        this.coder = s.coder;
    }

    public String(StringBuffer buffer) {
        this(buffer.toString());
    }

    public String(StringBuilder builder) {
        this(builder.toString());
    }

    /** Takes ownership of value (no copy); value must be in canonical form. */
    String(byte[] value, byte coder) {
        this.value = value;
        this.coder = coder;
    }

    byte coder() {
        return coder;
    }

    byte[] value() {
        return value;
    }

    boolean isLatin1() {
        return coder == LATIN1;
    }

    // ---- UTF-16 byte pairs ----

    static char getChar(byte[] val, int index) {
        index <<= 1;
        return (char) ((val[index] & 0xff) | ((val[index + 1] & 0xff) << 8));
    }

    static void putChar(byte[] val, int index, int c) {
        index <<= 1;
        val[index] = (byte) c;
        val[index + 1] = (byte) (c >> 8);
    }

    /** Latin-1 bytes of chars[off, off+len), or null if one does not fit. */
    static byte[] compress(char[] chars, int off, int len) {
        byte[] v = new byte[len];
        for (int i = 0; i < len; i++) {
            char c = chars[off + i];
            if (c > 0xFF)
                return null;
            v[i] = (byte) c;
        }
        return v;
    }

    static byte[] toBytesUTF16(char[] chars, int off, int len) {
        byte[] v = new byte[len << 1];
        for (int i = 0; i < len; i++)
            putChar(v, i, chars[off + i]);
        return v;
    }

    /** A string from UTF-16 pairs, compressed to Latin-1 if possible. */
    static String fromUTF16(byte[] utf16, int from, int len) {
        boolean latin1 = true;
        for (int i = 0; i < len; i++) {
            if (getChar(utf16, from + i) > 0xFF) {
                latin1 = false;
                break;
            }
        }
        if (latin1) {
            byte[] v = new byte[len];
            for (int i = 0; i < len; i++)
                v[i] = (byte) getChar(utf16, from + i);
            return new String(v, LATIN1);
        }
        byte[] v = new byte[len << 1];
        System.arraycopy(utf16, from << 1, v, 0, len << 1);
        return new String(v, UTF16);
    }

    static String fromLatin1(byte[] latin1, int from, int len) {
        byte[] v = new byte[len];
        System.arraycopy(latin1, from, v, 0, len);
        return new String(v, LATIN1);
    }

    // ---- bounds checks with the JDK's messages ----

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
    }

    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count)
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count
                    + ", length " + length);
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length)
            throw new StringIndexOutOfBoundsException("begin " + begin + ", end " + end
                    + ", length " + length);
    }

    // ---- basic access ----

    @Override
    public int length() {
        return value.length >> coder;
    }

    @Override
    public boolean isEmpty() {
        return value.length == 0;
    }

    @Override
    public char charAt(int index) {
        if (coder == LATIN1) {
            if (index < 0 || index >= value.length)
                throw new StringIndexOutOfBoundsException("String index out of range: " + index);
            return (char) (value[index] & 0xff);
        }
        if (index < 0 || index >= value.length >> 1)
            throw new StringIndexOutOfBoundsException("String index out of range: " + index);
        return getChar(value, index);
    }

    public int codePointAt(int index) {
        int len = length();
        checkIndex(index, len);
        if (coder == LATIN1)
            return value[index] & 0xff;
        char c1 = getChar(value, index);
        if (Character.isHighSurrogate(c1) && index + 1 < len) {
            char c2 = getChar(value, index + 1);
            if (Character.isLowSurrogate(c2))
                return Character.toCodePoint(c1, c2);
        }
        return c1;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        int len = length();
        if (i < 0 || i >= len)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + len);
        if (coder == LATIN1)
            return value[i] & 0xff;
        char c2 = getChar(value, i);
        if (Character.isLowSurrogate(c2) && i > 0) {
            char c1 = getChar(value, i - 1);
            if (Character.isHighSurrogate(c1))
                return Character.toCodePoint(c1, c2);
        }
        return c2;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        int len = length();
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > len)
            throw new IndexOutOfBoundsException();
        if (coder == LATIN1)
            return endIndex - beginIndex;
        return Character.codePointCount(this, beginIndex, endIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > length())
            throw new IndexOutOfBoundsException();
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        getCharsNoCheck(srcBegin, srcEnd, dst, dstBegin);
    }

    void getCharsNoCheck(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        if (coder == LATIN1) {
            for (int i = srcBegin; i < srcEnd; i++)
                dst[dstBegin++] = (char) (value[i] & 0xff);
        } else {
            for (int i = srcBegin; i < srcEnd; i++)
                dst[dstBegin++] = getChar(value, i);
        }
    }

    @Deprecated(since = "1.1")
    public void getBytes(int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        Objects.requireNonNull(dst);
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++)
            dst[dstBegin++] = (byte) charAt(i);
    }

    public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {
        if (charsetName == null)
            throw new NullPointerException();
        return encode(lookupCharset(charsetName));
    }

    public byte[] getBytes(Charset charset) {
        if (charset == null)
            throw new NullPointerException();
        return encode(charset.name());
    }

    public byte[] getBytes() {
        return encode(Charset.defaultCharset().name());
    }

    public char[] toCharArray() {
        char[] r = new char[length()];
        getCharsNoCheck(0, r.length, r, 0);
        return r;
    }

    // ---- charsets: UTF-8, ISO-8859-1, US-ASCII, UTF-16 ----

    private static String lookupCharset(String name) throws UnsupportedEncodingException {
        if (!Charset.isSupported(name))
            throw new UnsupportedEncodingException(name);
        return Charset.forName(name).name();
    }

    static String decode(String charset, byte[] bytes, int off, int len) {
        switch (charset) {
        case "ISO-8859-1":
            return fromLatin1(bytes, off, len);
        case "US-ASCII": {
            byte[] v = new byte[len];
            boolean ascii = true;
            for (int i = 0; i < len; i++) {
                byte b = bytes[off + i];
                if (b < 0)
                    ascii = false;
                v[i] = b;
            }
            if (ascii)
                return new String(v, LATIN1);
            char[] cs = new char[len];
            for (int i = 0; i < len; i++)
                cs[i] = v[i] < 0 ? '\uFFFD' : (char) v[i];
            return new String(cs);
        }
        case "UTF-16": case "UTF-16BE": case "UTF-16LE": {
            boolean big = !charset.equals("UTF-16LE");
            int i = off, end = off + len;
            if (charset.equals("UTF-16") && len >= 2) {
                int bom = ((bytes[off] & 0xff) << 8) | (bytes[off + 1] & 0xff);
                if (bom == 0xFEFF) {
                    i += 2;
                } else if (bom == 0xFFFE) {
                    big = false;
                    i += 2;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (; i + 1 < end; i += 2) {
                int hi = bytes[i] & 0xff, lo = bytes[i + 1] & 0xff;
                sb.append((char) (big ? (hi << 8) | lo : (lo << 8) | hi));
            }
            if (i < end)
                sb.append('\uFFFD');
            return sb.toString();
        }
        default:
            return decodeUTF8(bytes, off, len);
        }
    }

    byte[] encode(String charset) {
        switch (charset) {
        case "ISO-8859-1":
        case "US-ASCII": {
            int max = charset.equals("US-ASCII") ? 0x7F : 0xFF;
            int len = length();
            byte[] r = new byte[len];
            int j = 0;
            for (int i = 0; i < len; i++) {
                char c = charAt(i);
                if (c <= max) {
                    r[j++] = (byte) c;
                } else {
                    // An unmappable char, or a whole surrogate pair, becomes one '?'.
                    r[j++] = '?';
                    if (Character.isHighSurrogate(c) && i + 1 < len
                            && Character.isLowSurrogate(charAt(i + 1)))
                        i++;
                }
            }
            if (j == len)
                return r;
            byte[] out = new byte[j];
            System.arraycopy(r, 0, out, 0, j);
            return out;
        }
        case "UTF-16": case "UTF-16BE": case "UTF-16LE": {
            boolean bom = charset.equals("UTF-16");
            boolean big = !charset.equals("UTF-16LE");
            int len = length();
            byte[] r = new byte[2 * len + (bom ? 2 : 0)];
            int j = 0;
            if (bom) {
                r[j++] = (byte) 0xFE;
                r[j++] = (byte) 0xFF;
            }
            for (int i = 0; i < len; i++) {
                char c = charAt(i);
                r[j++] = (byte) (big ? c >> 8 : c);
                r[j++] = (byte) (big ? c : c >> 8);
            }
            return r;
        }
        default:
            return encodeUTF8();
        }
    }

    private byte[] encodeUTF8() {
        if (coder == LATIN1) {
            int n = value.length;
            for (byte b : value)
                if (b < 0)
                    n++;
            byte[] r = new byte[n];
            if (n == value.length) {
                System.arraycopy(value, 0, r, 0, n);
                return r;
            }
            int j = 0;
            for (byte b : value) {
                int c = b & 0xff;
                if (c < 0x80) {
                    r[j++] = b;
                } else {
                    r[j++] = (byte) (0xC0 | (c >> 6));
                    r[j++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            return r;
        }
        int len = length();
        byte[] r = new byte[len * 3];
        int j = 0;
        for (int i = 0; i < len; i++) {
            char c = getChar(value, i);
            if (c < 0x80) {
                r[j++] = (byte) c;
            } else if (c < 0x800) {
                r[j++] = (byte) (0xC0 | (c >> 6));
                r[j++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char d;
                if (Character.isHighSurrogate(c) && i + 1 < len
                        && Character.isLowSurrogate(d = getChar(value, i + 1))) {
                    int cp = Character.toCodePoint(c, d);
                    i++;
                    r[j++] = (byte) (0xF0 | (cp >> 18));
                    r[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    r[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    r[j++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    r[j++] = '?';
                }
            } else {
                r[j++] = (byte) (0xE0 | (c >> 12));
                r[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                r[j++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        byte[] out = new byte[j];
        System.arraycopy(r, 0, out, 0, j);
        return out;
    }

    /**
     * UTF-8 to a string, replacing malformed input with U+FFFD exactly where
     * JDK 17's String decoder does (which is not quite Unicode's "maximal
     * subpart" rule): a well-formed three-byte sequence that encodes a
     * surrogate is one U+FFFD; a bad continuation byte is not consumed but
     * decoded again as a lead; a sequence cut by the end of input is one
     * U+FFFD and ends the decoding.
     */
    static String decodeUTF8(byte[] b, int off, int len) {
        int end = off + len;
        boolean ascii = true;
        for (int i = off; i < end; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii)
            return fromLatin1(b, off, len);
        char[] out = new char[len];
        int n = 0;
        int i = off;
        while (i < end) {
            int c = b[i++] & 0xff;
            if (c < 0x80) {
                out[n++] = (char) c;
            } else if (c >= 0xC2 && c <= 0xDF) {
                if (i == end) {
                    out[n++] = '\uFFFD';
                    break;
                }
                int c2 = b[i] & 0xff;
                if (!isContinuation(c2)) {
                    out[n++] = '\uFFFD';
                } else {
                    out[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                    i++;
                }
            } else if (c >= 0xE0 && c <= 0xEF) {
                if (end - i >= 2) {
                    int c2 = b[i] & 0xff, c3 = b[i + 1] & 0xff;
                    if (badSecond3(c, c2)) {
                        out[n++] = '\uFFFD';
                    } else if (!isContinuation(c3)) {
                        out[n++] = '\uFFFD';
                        i++;
                    } else {
                        char ch = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                        out[n++] = Character.isSurrogate(ch) ? '\uFFFD' : ch;
                        i += 2;
                    }
                } else {
                    out[n++] = '\uFFFD';
                    if (i == end || !badSecond3(c, b[i] & 0xff))
                        break;
                }
            } else if (c >= 0xF0 && c <= 0xF7) {
                if (end - i >= 3) {
                    int c2 = b[i] & 0xff, c3 = b[i + 1] & 0xff, c4 = b[i + 2] & 0xff;
                    int cp = ((c & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F);
                    if (isContinuation(c2) && isContinuation(c3) && isContinuation(c4)
                            && cp >= 0x10000 && cp <= 0x10FFFF) {
                        out[n++] = Character.highSurrogate(cp);
                        out[n++] = Character.lowSurrogate(cp);
                        i += 3;
                    } else {
                        out[n++] = '\uFFFD';
                        if (!badSecond4(c, c2))
                            i += isContinuation(c3) ? 2 : 1;
                    }
                } else {
                    out[n++] = '\uFFFD';
                    if (c > 0xF4 || (i < end && badSecond4(c, b[i] & 0xff)))
                        continue;
                    // A good start cut by the end: one U+FFFD for it and its
                    // second byte; a bad third byte is decoded again, else stop.
                    i++;
                    if (i < end && !isContinuation(b[i] & 0xff))
                        continue;
                    break;
                }
            } else {
                out[n++] = '\uFFFD';
            }
        }
        return new String(out, 0, n, null);
    }

    private static boolean isContinuation(int c) {
        return (c & 0xC0) == 0x80;
    }

    /** The second byte c2 cannot follow lead c of a three-byte sequence (overlong or not a continuation). */
    private static boolean badSecond3(int c, int c2) {
        return (c == 0xE0 && (c2 & 0xE0) == 0x80) || !isContinuation(c2);
    }

    /** The second byte c2 cannot follow lead c of a four-byte sequence. */
    private static boolean badSecond4(int c, int c2) {
        return c > 0xF4 || (c == 0xF0 && (c2 < 0x90 || c2 > 0xBF))
                || (c == 0xF4 && (c2 & 0xF0) != 0x80) || !isContinuation(c2);
    }

    // ---- comparison ----

    @Override
    public boolean equals(Object anObject) {
        if (this == anObject)
            return true;
        if (anObject instanceof String) {
            String s = (String) anObject;
            if (coder != s.coder)
                return false;
            byte[] a = value, b = s.value;
            if (a.length != b.length)
                return false;
            for (int i = 0; i < a.length; i++)
                if (a[i] != b[i])
                    return false;
            return true;
        }
        return false;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean contentEquals(CharSequence cs) {
        if (cs instanceof String)
            return equals(cs);
        int n = length();
        if (n != cs.length())
            return false;
        for (int i = 0; i < n; i++)
            if (charAt(i) != cs.charAt(i))
                return false;
        return true;
    }

    public boolean equalsIgnoreCase(String anotherString) {
        return (this == anotherString) ? true
                : (anotherString != null) && (anotherString.length() == length())
                        && regionMatches(true, 0, anotherString, 0, length());
    }

    @Override
    public int compareTo(String anotherString) {
        int len1 = length(), len2 = anotherString.length();
        int lim = Math.min(len1, len2);
        if (coder == LATIN1 && anotherString.coder == LATIN1) {
            byte[] a = value, b = anotherString.value;
            for (int k = 0; k < lim; k++) {
                if (a[k] != b[k])
                    return (a[k] & 0xff) - (b[k] & 0xff);
            }
            return len1 - len2;
        }
        for (int k = 0; k < lim; k++) {
            char c1 = charAt(k), c2 = anotherString.charAt(k);
            if (c1 != c2)
                return c1 - c2;
        }
        return len1 - len2;
    }

    private static final class CaseInsensitiveComparator
            implements Comparator<String>, java.io.Serializable {
        private static final long serialVersionUID = 8575799808933029326L;

        @Override
        public int compare(String s1, String s2) {
            int n1 = s1.length(), n2 = s2.length();
            if (s1.coder == UTF16 && s2.coder == UTF16)
                return compareUTF16(s1, s2, n1, n2);
            // A Latin-1 side has no surrogates: the JDK compares chars.
            int min = Math.min(n1, n2);
            for (int i = 0; i < min; i++) {
                int d = compareCI(s1.charAt(i), s2.charAt(i));
                if (d != 0)
                    return d;
            }
            return n1 - n2;
        }

        /** Two UTF-16 strings compare by code point where chars differ (JDK 16+). */
        private static int compareUTF16(String s1, String s2, int n1, int n2) {
            for (int k1 = 0, k2 = 0; k1 < n1 && k2 < n2; k1++, k2++) {
                int c1 = s1.charAt(k1), c2 = s2.charAt(k2);
                if (c1 == c2 || compareCI(c1, c2) == 0)
                    continue;
                int cp1 = s1.codePointIncluding(k1, 0, n1);
                if (cp1 < 0) {
                    k1++;
                    cp1 = -cp1;
                }
                int cp2 = s2.codePointIncluding(k2, 0, n2);
                if (cp2 < 0) {
                    k2++;
                    cp2 = -cp2;
                }
                int d = compareCI(cp1, cp2);
                if (d != 0)
                    return d;
            }
            return n1 - n2;
        }
    }

    /** 0 if the code points are equal ignoring case (upper, then lower of upper), else their order. */
    static int compareCI(int cp1, int cp2) {
        if (cp1 == cp2)
            return 0;
        cp1 = Character.toUpperCase(cp1);
        cp2 = Character.toUpperCase(cp2);
        if (cp1 == cp2)
            return 0;
        return Character.toLowerCase(cp1) - Character.toLowerCase(cp2);
    }

    /**
     * The code point that the char at i belongs to, within [start, end): a
     * low surrogate after a high one gives their pair; a high surrogate
     * before a low one gives the pair negated (the caller then skips the
     * low one); any other char is itself.
     */
    private int codePointIncluding(int i, int start, int end) {
        char c = charAt(i);
        if (Character.isLowSurrogate(c)) {
            if (i > start && Character.isHighSurrogate(charAt(i - 1)))
                return Character.toCodePoint(charAt(i - 1), c);
        } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < end && Character.isLowSurrogate(charAt(i + 1)))
                return -Character.toCodePoint(c, charAt(i + 1));
        }
        return c;
    }

    public int compareToIgnoreCase(String str) {
        return CASE_INSENSITIVE_ORDER.compare(this, str);
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) length() - len)
                || (ooffset > (long) other.length() - len))
            return false;
        for (int i = 0; i < len; i++)
            if (charAt(toffset + i) != other.charAt(ooffset + i))
                return false;
        return true;
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (!ignoreCase)
            return regionMatches(toffset, other, ooffset, len);
        if ((ooffset < 0) || (toffset < 0) || (toffset > (long) length() - len)
                || (ooffset > (long) other.length() - len))
            return false;
        if (coder == UTF16 && other.coder == UTF16) {
            int tlast = toffset + len, olast = ooffset + len;
            for (int i = toffset, j = ooffset; i < tlast; i++, j++) {
                int c1 = charAt(i), c2 = other.charAt(j);
                if (c1 == c2 || compareCI(c1, c2) == 0)
                    continue;
                int cp1 = codePointIncluding(i, toffset, tlast);
                if (cp1 < 0) {
                    i++;
                    cp1 = -cp1;
                }
                int cp2 = other.codePointIncluding(j, ooffset, olast);
                if (cp2 < 0) {
                    j++;
                    cp2 = -cp2;
                }
                if (compareCI(cp1, cp2) != 0)
                    return false;
            }
            return true;
        }
        for (int i = 0; i < len; i++) {
            char c1 = charAt(toffset + i), c2 = other.charAt(ooffset + i);
            if (compareCI(c1, c2) != 0)
                return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        if (toffset < 0 || toffset > length() - prefix.length())
            return false;
        if (coder == prefix.coder) {
            int shift = coder;
            byte[] p = prefix.value;
            int off = toffset << shift;
            for (int i = 0; i < p.length; i++)
                if (value[off + i] != p[i])
                    return false;
            return true;
        }
        if (coder == LATIN1)
            return false; // a UTF-16 prefix has a char that Latin-1 text cannot hold
        int n = prefix.length();
        for (int i = 0; i < n; i++)
            if (charAt(toffset + i) != prefix.charAt(i))
                return false;
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, length() - suffix.length());
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && value.length > 0) {
            if (coder == LATIN1) {
                for (byte b : value)
                    h = 31 * h + (b & 0xff);
            } else {
                int n = value.length >> 1;
                for (int i = 0; i < n; i++)
                    h = 31 * h + getChar(value, i);
            }
            hash = h;
        }
        return h;
    }

    // ---- searching ----

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int len = length();
        if (fromIndex < 0)
            fromIndex = 0;
        if (coder == LATIN1) {
            if (ch >>> 8 != 0)
                return -1;
            byte b = (byte) ch;
            for (int i = fromIndex; i < len; i++)
                if (value[i] == b)
                    return i;
            return -1;
        }
        if (Character.isBmpCodePoint(ch)) {
            for (int i = fromIndex; i < len; i++)
                if (getChar(value, i) == ch)
                    return i;
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
            for (int i = fromIndex; i < len - 1; i++)
                if (getChar(value, i) == hi && getChar(value, i + 1) == lo)
                    return i;
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, length() - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        int i = Math.min(fromIndex, length() - 1);
        if (coder == LATIN1) {
            if (ch >>> 8 != 0)
                return -1;
            byte b = (byte) ch;
            for (; i >= 0; i--)
                if (value[i] == b)
                    return i;
            return -1;
        }
        if (Character.isBmpCodePoint(ch)) {
            for (; i >= 0; i--)
                if (getChar(value, i) == ch)
                    return i;
            return -1;
        }
        if (Character.isValidCodePoint(ch)) {
            char hi = Character.highSurrogate(ch), lo = Character.lowSurrogate(ch);
            int len = length();
            for (i = Math.min(fromIndex, len - 2); i >= 0; i--)
                if (getChar(value, i) == hi && getChar(value, i + 1) == lo)
                    return i;
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return indexOf(this, str, fromIndex);
    }

    /** Shared with AbstractStringBuilder: first index of str in src at or after fromIndex. */
    static int indexOf(CharSequence src, String str, int fromIndex) {
        int n = src.length(), m = str.length();
        if (fromIndex < 0)
            fromIndex = 0;
        if (fromIndex >= n)
            return (m == 0) ? n : -1;
        if (m == 0)
            return fromIndex;
        char first = str.charAt(0);
        int max = n - m;
        for (int i = fromIndex; i <= max; i++) {
            if (src.charAt(i) != first)
                continue;
            int j = 1;
            while (j < m && src.charAt(i + j) == str.charAt(j))
                j++;
            if (j == m)
                return i;
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, length());
    }

    public int lastIndexOf(String str, int fromIndex) {
        return lastIndexOf(this, str, fromIndex);
    }

    static int lastIndexOf(CharSequence src, String str, int fromIndex) {
        int n = src.length(), m = str.length();
        int right = n - m;
        if (fromIndex > right)
            fromIndex = right;
        if (fromIndex < 0)
            return -1;
        for (int i = fromIndex; i >= 0; i--) {
            int j = 0;
            while (j < m && src.charAt(i + j) == str.charAt(j))
                j++;
            if (j == m)
                return i;
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- new strings ----

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    public String substring(int beginIndex, int endIndex) {
        int length = length();
        checkBoundsBeginEnd(beginIndex, endIndex, length);
        if (beginIndex == 0 && endIndex == length)
            return this;
        int n = endIndex - beginIndex;
        if (coder == LATIN1)
            return fromLatin1(value, beginIndex, n);
        return fromUTF16(value, beginIndex, n);
    }

    @Override
    public CharSequence subSequence(int beginIndex, int endIndex) {
        return this.substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty())
            return this;
        if (isEmpty())
            return str;
        if (coder == str.coder) {
            byte[] v = new byte[value.length + str.value.length];
            System.arraycopy(value, 0, v, 0, value.length);
            System.arraycopy(str.value, 0, v, value.length, str.value.length);
            return new String(v, coder);
        }
        return new StringBuilder(length() + str.length()).append(this).append(str).toString();
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar)
            return this;
        int i = indexOf(oldChar);
        if (i < 0)
            return this;
        char[] cs = toCharArray();
        for (; i < cs.length; i++)
            if (cs[i] == oldChar)
                cs[i] = newChar;
        return new String(cs);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String trgtStr = target.toString();
        String replStr = replacement.toString();
        int thisLen = length();
        int trgtLen = trgtStr.length();
        int j = indexOf(trgtStr);
        if (j < 0)
            return this;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        if (trgtLen == 0) {
            // Insert the replacement before every char and at the end.
            for (; i < thisLen; i++)
                sb.append(replStr).append(charAt(i));
            return sb.append(replStr).toString();
        }
        do {
            sb.append(this, i, j).append(replStr);
            i = j + trgtLen;
        } while (j < thisLen && (j = indexOf(trgtStr, i)) > 0);
        return sb.append(this, i, thisLen).toString();
    }

    public String[] split(String regex, int limit) {
        // As the JDK: a one-char non-meta regex (or an escaped non-alphanumeric) splits without regex.
        char ch = 0;
        if (((regex.length() == 1 && ".$|()[{^?*+\\".indexOf(ch = regex.charAt(0)) == -1)
                || (regex.length() == 2 && regex.charAt(0) == '\\'
                        && ((ch = regex.charAt(1)) - '0' | '9' - ch) < 0
                        && (ch - 'a' | 'z' - ch) < 0 && (ch - 'A' | 'Z' - ch) < 0))
                && (ch < Character.MIN_HIGH_SURROGATE || ch > Character.MAX_LOW_SURROGATE)) {
            int off = 0;
            int next;
            boolean limited = limit > 0;
            ArrayList<String> list = new ArrayList<>();
            while ((next = indexOf(ch, off)) != -1) {
                if (!limited || list.size() < limit - 1) {
                    list.add(substring(off, next));
                    off = next + 1;
                } else {
                    int last = length();
                    list.add(substring(off, last));
                    off = last;
                    break;
                }
            }
            if (off == 0)
                return new String[] { this };
            if (!limited || list.size() < limit)
                list.add(substring(off, length()));
            int resultSize = list.size();
            if (limit == 0) {
                while (resultSize > 0 && list.get(resultSize - 1).isEmpty())
                    resultSize--;
            }
            String[] result = new String[resultSize];
            return list.subList(0, resultSize).toArray(result);
        }
        return java.util.regex.Pattern.compile(regex).split(this, limit);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0)
                sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        Objects.requireNonNull(delimiter);
        Objects.requireNonNull(elements);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first)
                sb.append(delimiter);
            sb.append(cs);
            first = false;
        }
        return sb.toString();
    }

    // ---- case mapping (every locale maps as ROOT does) ----

    /** The index of cp in CharacterData.Special.UPPER_SPECIAL_CP (ß -> SS, ŉ -> ʼN...), or -1. */
    private static int specialUpper(int cp) {
        // ß is the only one in Latin-1: most text never loads the tables.
        if (cp < 0x100)
            return cp == 0xDF ? special(CharacterData.Special.UPPER_SPECIAL_CP, cp) : -1;
        return special(CharacterData.Special.UPPER_SPECIAL_CP, cp);
    }

    /** The index of cp in CharacterData.Special.LOWER_SPECIAL_CP (İ -> i̇), or -1. */
    private static int specialLower(int cp) {
        return cp < 0x100 ? -1 : special(CharacterData.Special.LOWER_SPECIAL_CP, cp);
    }

    /** The index of cp in a sorted table of code points with special case mappings, or -1. */
    private static int special(int[] table, int cp) {
        int lo = 0, hi = table.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (table[mid] < cp)
                lo = mid + 1;
            else if (table[mid] > cp)
                hi = mid - 1;
            else
                return mid;
        }
        return -1;
    }

    public String toLowerCase() {
        if (coder == LATIN1) {
            String s = caseLatin1(false);
            if (s != null)
                return s;
        }
        int len = length();
        int first = 0;
        while (first < len) {
            int cp = codePointAt(first);
            if (Character.toLowerCase(cp) != cp || specialLower(cp) >= 0)
                break;
            first += Character.charCount(cp);
        }
        if (first == len)
            return this;
        StringBuilder sb = new StringBuilder(len);
        sb.append(this, 0, first);
        for (int i = first; i < len; ) {
            int cp = codePointAt(i);
            int k = specialLower(cp);
            if (k >= 0)
                sb.append(CharacterData.Special.LOWER_SPECIAL[k]);
            else if (cp == 0x3A3)
                sb.append(isFinalSigma(i) ? '\u03C2' : '\u03C3');
            else
                sb.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * Unicode's Final_Sigma: a cased letter comes before the sigma in its
     * word, and none after it.  Words are runs of letters, digits, marks,
     * and format chars, with ' . - inside (the JDK asks its word BreakIterator).
     */
    private boolean isFinalSigma(int i) {
        boolean casedBefore = false;
        for (int j = i; j > 0; ) {
            int cp = codePointBefore(j);
            if (!inWord(j - Character.charCount(cp), cp))
                break;
            if (isCased(cp)) {
                casedBefore = true;
                break;
            }
            j -= Character.charCount(cp);
        }
        if (!casedBefore)
            return false;
        for (int j = i + 1; j < length(); ) {
            int cp = codePointAt(j);
            if (!inWord(j, cp))
                break;
            if (isCased(cp))
                return false;
            j += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Whether cp at index i belongs to the word around it: a word char; a
     * dash, connector, soft hyphen, quote or period between a letter (and
     * its marks) and a letter, format chars aside; a quote, comma or period between digits (as
     * the JDK's word BreakIterator has it).
     */
    private boolean inWord(int i, int cp) {
        if (isWordChar(cp))
            return true;
        int after = i + 1;
        if (i == 0 || after >= length())
            return false;
        if ("\"',.\u066B".indexOf(cp) >= 0 && Character.isDigit(codePointBefore(i))
                && Character.isDigit(codePointAt(after)))
            return true;
        int t = Character.getType(cp);
        if (t != Character.DASH_PUNCTUATION && t != Character.CONNECTOR_PUNCTUATION
                && "\u00AD\"'.\u2027".indexOf(cp) < 0)
            return false;
        int before = i;
        while (before > 0 && (isMark(codePointBefore(before)) || isFormat(codePointBefore(before))))
            before -= Character.charCount(codePointBefore(before));
        while (after < length() && isFormat(codePointAt(after)))
            after += Character.charCount(codePointAt(after));
        return before > 0 && after < length() && Character.isLetter(codePointBefore(before))
                && Character.isLetter(codePointAt(after));
    }

    /** A format char other than the soft hyphen: invisible to word breaks. */
    private static boolean isFormat(int cp) {
        return cp != 0xAD && Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** Letters (but ideographs, each a word of its own), digits, marks and format chars (but the soft hyphen). */
    private static boolean isWordChar(int cp) {
        if (cp == 0xAD)
            return false;
        if (Character.isLetterOrDigit(cp))
            return !Character.isIdeographic(cp);
        switch (Character.getType(cp)) {
        case Character.NON_SPACING_MARK: case Character.ENCLOSING_MARK: case Character.COMBINING_SPACING_MARK:
        case Character.FORMAT: case Character.LETTER_NUMBER: case Character.OTHER_NUMBER:
            return true;
        default:
            return false;
        }
    }

    public String toUpperCase() {
        if (coder == LATIN1) {
            String s = caseLatin1(true);
            if (s != null)
                return s;
        }
        int len = length();
        int first = 0;
        while (first < len) {
            int cp = codePointAt(first);
            if (Character.toUpperCase(cp) != cp || specialUpper(cp) >= 0)
                break;
            first += Character.charCount(cp);
        }
        if (first == len)
            return this;
        StringBuilder sb = new StringBuilder(len);
        sb.append(this, 0, first);
        for (int i = first; i < len; ) {
            int cp = codePointAt(i);
            int k = specialUpper(cp);
            if (k >= 0)
                sb.append(CharacterData.Special.UPPER_SPECIAL[k]);
            else
                sb.appendCodePoint(Character.toUpperCase(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * toUpperCase/toLowerCase of a Latin-1 string as a loop over its bytes,
     * as the JDK does; null when some char's mapping leaves Latin-1 or
     * expands (upper case of µ, ÿ, ß), for the general path.  It only
     * reads Character's small Latin-1 tables, never the Unicode ones.
     */
    private String caseLatin1(boolean upper) {
        byte[] v = value;
        int len = v.length;
        int first = 0, m = 0;
        while (first < len) {
            int ch = v[first] & 0xFF;
            m = upper ? upperLatin1(ch) : lowerLatin1(ch);
            if (m != ch)
                break;
            first++;
        }
        if (first == len)
            return this;
        if (m < 0)
            return null;
        byte[] out = new byte[len];
        System.arraycopy(v, 0, out, 0, first);
        for (int i = first; i < len; i++) {
            m = upper ? upperLatin1(v[i] & 0xFF) : lowerLatin1(v[i] & 0xFF);
            if (m < 0)
                return null;
            out[i] = (byte) m;
        }
        return new String(out, LATIN1);
    }

    /** The upper case of a Latin-1 char, or -1 if it is not one Latin-1 char. */
    private static int upperLatin1(int ch) {
        if (ch < 0x80)
            return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
        if (ch == 0xDF)
            return -1; // ß -> SS
        int u = Character.toUpperCase(ch);
        return u > 0xFF ? -1 : u;
    }

    /** The lower case of a Latin-1 char, or -1 if it is not one Latin-1 char (none is, today). */
    private static int lowerLatin1(int ch) {
        if (ch < 0x80)
            return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
        int l = Character.toLowerCase(ch);
        return l > 0xFF ? -1 : l;
    }

    // ---- whitespace ----

    public String trim() {
        int len = length();
        int st = 0;
        while (st < len && charAt(st) <= ' ')
            st++;
        while (st < len && charAt(len - 1) <= ' ')
            len--;
        return (st > 0 || len < length()) ? substring(st, len) : this;
    }

    private int firstNonWhitespace() {
        int len = length();
        int i = 0;
        while (i < len) {
            int cp = codePointAt(i);
            if (!Character.isWhitespace(cp))
                break;
            i += Character.charCount(cp);
        }
        return i;
    }

    private int lastNonWhitespace() {
        int i = length();
        while (i > 0) {
            int cp = codePointBefore(i);
            if (!Character.isWhitespace(cp))
                break;
            i -= Character.charCount(cp);
        }
        return i;
    }

    public String strip() {
        int left = firstNonWhitespace();
        if (left == length())
            return "";
        int right = lastNonWhitespace();
        return substring(left, right);
    }

    public String stripLeading() {
        return substring(firstNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, lastNonWhitespace());
    }

    public boolean isBlank() {
        return firstNonWhitespace() == length();
    }

    /** Each line shifted right by n spaces, or left by up to -n whitespace chars; every line ends with \n. */
    public String indent(int n) {
        if (isEmpty())
            return "";
        StringBuilder sb = new StringBuilder();
        String spaces = n > 0 ? " ".repeat(n) : "";
        for (String line : lineList()) {
            if (n > 0)
                sb.append(spaces).append(line);
            else if (n == Integer.MIN_VALUE)
                sb.append(line.stripLeading());
            else
                sb.append(line, Math.min(-n, line.leadingWhitespace()), line.length());
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The text block rule: remove the indentation common to the non-blank
     * lines (and a blank last line), and trailing white space.  A string that
     * ends with a line terminator keeps its indentation (its last, empty line
     * has none) and ends with \n.
     */
    public String stripIndent() {
        int len = length();
        if (len == 0)
            return "";
        char last = charAt(len - 1);
        boolean optOut = last == '\n' || last == '\r';
        ArrayList<String> lines = lineList();
        int outdent = 0;
        if (!optOut) {
            outdent = Integer.MAX_VALUE;
            for (String line : lines) {
                int lead = line.leadingWhitespace();
                if (lead != line.length())
                    outdent = Math.min(outdent, lead);
            }
            String lastLine = lines.get(lines.size() - 1);
            if (lastLine.isBlank())
                outdent = Math.min(outdent, lastLine.length());
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0)
                sb.append('\n');
            int first = line.leadingWhitespace(), end = line.lastNonWhitespace();
            if (first < end)
                sb.append(line, Math.min(outdent, first), end);
        }
        if (optOut)
            sb.append('\n');
        return sb.toString();
    }

    /** How many leading chars are white space (Character.isWhitespace, by char as the JDK). */
    private int leadingWhitespace() {
        int len = length(), i = 0;
        while (i < len && Character.isWhitespace(charAt(i)))
            i++;
        return i;
    }

    public String translateEscapes() {
        StringBuilder sb = new StringBuilder();
        int len = length();
        for (int i = 0; i < len; i++) {
            char c = charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            // A backslash at the end escapes NUL, which is invalid (as the JDK).
            c = ++i < len ? charAt(i) : '\0';
            switch (c) {
            case 'b': sb.append('\b'); break;
            case 'f': sb.append('\f'); break;
            case 'n': sb.append('\n'); break;
            case 'r': sb.append('\r'); break;
            case 's': sb.append(' '); break;
            case 't': sb.append('\t'); break;
            case '\'': case '\"': case '\\': sb.append(c); break;
            case '\n': break;
            case '\r':
                if (i + 1 < len && charAt(i + 1) == '\n')
                    i++;
                break;
            default:
                if (c >= '0' && c <= '7') {
                    int limit = Math.min(i + (c <= '3' ? 3 : 2), len);
                    int code = 0;
                    while (i < limit && charAt(i) >= '0' && charAt(i) <= '7')
                        code = (code << 3) | (charAt(i++) - '0');
                    i--;
                    sb.append((char) code);
                } else {
                    throw new IllegalArgumentException("Invalid escape sequence: \\" + c
                            + " \\\\u" + Integer.toHexString(c | 0x10000).substring(1).toUpperCase());
                }
            }
        }
        return sb.toString();
    }

    public <R> R transform(java.util.function.Function<? super String, ? extends R> f) {
        return f.apply(this);
    }

    @Override
    public String toString() {
        return this;
    }

    // ---- valueOf ----

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return new String(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return new String(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        if (c <= 0xFF)
            return new String(new byte[] { (byte) c }, LATIN1);
        byte[] v = new byte[2];
        putChar(v, 0, c);
        return new String(v, UTF16);
    }

    static String valueOfCodePoint(int codePoint) {
        if (codePoint >>> 16 == 0)
            return valueOf((char) codePoint);
        return new String(Character.toChars(codePoint));
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }

    public native String intern();

    public String repeat(int count) {
        if (count < 0)
            throw new IllegalArgumentException("count is negative: " + count);
        if (count == 1)
            return this;
        int len = value.length;
        if (len == 0 || count == 0)
            return "";
        if ((long) len * count > Integer.MAX_VALUE - 8)
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        byte[] v = new byte[len * count];
        System.arraycopy(value, 0, v, 0, len);
        int copied = len;
        for (; copied < v.length - copied; copied <<= 1)
            System.arraycopy(v, 0, v, copied, copied);
        System.arraycopy(v, 0, v, copied, v.length - copied);
        return new String(v, coder);
    }
    // ---- formatting (java.util.Formatter) ----

    public static String format(String format, Object... args) {
        return new java.util.Formatter().format(format, args).toString();
    }

    public static String format(java.util.Locale l, String format, Object... args) {
        return new java.util.Formatter(l).format(format, args).toString();
    }

    public String formatted(Object... args) {
        return new java.util.Formatter().format(this, args).toString();
    }

    /** Locale data is not kept: every locale maps case as ROOT does. */
    public String toLowerCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toLowerCase();
    }

    public String toUpperCase(java.util.Locale locale) {
        java.util.Objects.requireNonNull(locale);
        return toUpperCase();
    }
    // ---- regular expressions (java.util.regex) ----

    public boolean matches(String regex) {
        return java.util.regex.Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return java.util.regex.Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }
    /** The lines, split at \n, \r and \r\n; no empty last line after a final terminator. */
    public java.util.stream.Stream<String> lines() {
        return lineList().stream();
    }

    private ArrayList<String> lineList() {
        ArrayList<String> list = new ArrayList<>();
        int len = length();
        int start = 0;
        for (int i = 0; i < len; i++) {
            char c = charAt(i);
            if (c == '\n' || c == '\r') {
                list.add(substring(start, i));
                if (c == '\r' && i + 1 < len && charAt(i + 1) == '\n')
                    i++;
                start = i + 1;
            }
        }
        if (start < len)
            list.add(substring(start, len));
        return list;
    }
}
