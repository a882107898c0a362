package java.lang;

import java.util.Arrays;

/**
 * The growable text behind StringBuilder and StringBuffer.  Like String it
 * keeps Latin-1 bytes until a wider char arrives, then inflates to UTF-16
 * pairs; capacities and their growth follow the JDK (programs print them).
 */
abstract class AbstractStringBuilder implements Appendable, CharSequence {
    byte[] value;
    byte coder;
    int count;

    private static final byte[] EMPTY = new byte[0];

    AbstractStringBuilder() {
        value = EMPTY;
    }

    AbstractStringBuilder(int capacity) {
        if (capacity < 0)
            throw new NegativeArraySizeException(Integer.toString(capacity));
        value = new byte[capacity];
    }

    AbstractStringBuilder(String str) {
        this(str.length() + 16);
        append(str);
    }

    AbstractStringBuilder(CharSequence seq) {
        this(seq.length() + 16);
        append(seq);
    }

    int compareTo(AbstractStringBuilder another) {
        if (this == another)
            return 0;
        int n = Math.min(count, another.count);
        for (int i = 0; i < n; i++) {
            char a = getCharAt(i), b = another.getCharAt(i);
            if (a != b)
                return a - b;
        }
        return count - another.count;
    }

    @Override
    public int length() {
        return count;
    }

    public int capacity() {
        return value.length >> coder;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > 0)
            ensureCapacityInternal(minimumCapacity);
    }

    private void ensureCapacityInternal(int minimumCapacity) {
        int oldCapacity = value.length >> coder;
        if (minimumCapacity - oldCapacity > 0) {
            int newCapacity = Math.max(minimumCapacity, (oldCapacity << 1) + 2);
            if (newCapacity < 0 || newCapacity > (Integer.MAX_VALUE - 8) >> coder) {
                if (minimumCapacity < 0 || minimumCapacity > (Integer.MAX_VALUE - 8) >> coder)
                    throw new OutOfMemoryError("Requested array size exceeds VM limit");
                newCapacity = minimumCapacity;
            }
            value = Arrays.copyOf(value, newCapacity << coder);
        }
    }

    /** Switch to UTF-16 pairs, keeping the capacity. */
    private void inflate() {
        if (coder == String.UTF16)
            return;
        byte[] v = new byte[value.length << 1];
        for (int i = 0; i < count; i++)
            String.putChar(v, i, value[i] & 0xff);
        value = v;
        coder = String.UTF16;
    }

    public void trimToSize() {
        int length = count << coder;
        if (length < value.length)
            value = Arrays.copyOf(value, length);
    }

    public void setLength(int newLength) {
        if (newLength < 0)
            throw new StringIndexOutOfBoundsException("String index out of range: " + newLength);
        ensureCapacityInternal(newLength);
        if (count < newLength)
            Arrays.fill(value, count << coder, newLength << coder, (byte) 0);
        count = newLength;
    }

    char getCharAt(int i) {
        return coder == String.LATIN1 ? (char) (value[i] & 0xff) : String.getChar(value, i);
    }

    private void putCharAt(int i, char c) {
        if (coder == String.LATIN1)
            value[i] = (byte) c;
        else
            String.putChar(value, i, c);
    }

    @Override
    public char charAt(int index) {
        String.checkIndex(index, count);
        return getCharAt(index);
    }

    public int codePointAt(int index) {
        String.checkIndex(index, count);
        char c1 = getCharAt(index);
        if (Character.isHighSurrogate(c1) && index + 1 < count) {
            char c2 = getCharAt(index + 1);
            if (Character.isLowSurrogate(c2))
                return Character.toCodePoint(c1, c2);
        }
        return c1;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= count)
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        return Character.codePointBefore(this, index);
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex)
            throw new IndexOutOfBoundsException();
        return Character.codePointCount(this, beginIndex, endIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        if (index < 0 || index > count)
            throw new IndexOutOfBoundsException();
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkRangeSIOOBE(srcBegin, srcEnd, count);
        int n = srcEnd - srcBegin;
        if (dstBegin < 0 || n > dst.length - dstBegin)
            throw new IndexOutOfBoundsException("start " + dstBegin + ", end " + (dstBegin + n)
                    + ", length " + dst.length);
        for (int i = srcBegin; i < srcEnd; i++)
            dst[dstBegin++] = getCharAt(i);
    }

    public void setCharAt(int index, char ch) {
        String.checkIndex(index, count);
        if (ch > 0xFF)
            inflate();
        putCharAt(index, ch);
    }

    // ---- append ----

    public AbstractStringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public AbstractStringBuilder append(String str) {
        if (str == null)
            return appendNull();
        int len = str.length();
        ensureCapacityInternal(count + len);
        if (str.coder() == String.UTF16)
            inflate();
        if (str.coder() == coder) {
            System.arraycopy(str.value(), 0, value, count << coder, len << coder);
        } else {
            // Latin-1 text into UTF-16 pairs.
            byte[] v = str.value();
            for (int i = 0; i < len; i++)
                String.putChar(value, count + i, v[i] & 0xff);
        }
        count += len;
        return this;
    }

    public AbstractStringBuilder append(StringBuffer sb) {
        return append((CharSequence) sb);
    }

    AbstractStringBuilder append(AbstractStringBuilder asb) {
        if (asb == null)
            return appendNull();
        int len = asb.length();
        ensureCapacityInternal(count + len);
        if (asb.coder == String.UTF16)
            inflate();
        for (int i = 0; i < len; i++)
            putCharAt(count + i, asb.getCharAt(i));
        count += len;
        return this;
    }

    @Override
    public AbstractStringBuilder append(CharSequence s) {
        if (s == null)
            return appendNull();
        if (s instanceof String)
            return this.append((String) s);
        if (s instanceof AbstractStringBuilder)
            return this.append((AbstractStringBuilder) s);
        return this.append(s, 0, s.length());
    }

    private AbstractStringBuilder appendNull() {
        ensureCapacityInternal(count + 4);
        appendChars("null");
        return this;
    }

    private void appendChars(String s) {
        for (int i = 0; i < s.length(); i++)
            putCharAt(count++, s.charAt(i));
    }

    @Override
    public AbstractStringBuilder append(CharSequence s, int start, int end) {
        if (s == null)
            s = "null";
        if (start < 0 || start > end || end > s.length())
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        int len = end - start;
        ensureCapacityInternal(count + len);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c > 0xFF)
                inflate();
            putCharAt(count++, c);
        }
        return this;
    }

    public AbstractStringBuilder append(char[] str) {
        return append(str, 0, str.length);
    }

    public AbstractStringBuilder append(char[] str, int offset, int len) {
        int end = offset + len;
        if (offset < 0 || offset > end || end > str.length)
            throw new IndexOutOfBoundsException("start " + offset + ", end " + end + ", length " + str.length);
        ensureCapacityInternal(count + len);
        for (int i = offset; i < end; i++) {
            char c = str[i];
            if (c > 0xFF)
                inflate();
            putCharAt(count++, c);
        }
        return this;
    }

    public AbstractStringBuilder append(boolean b) {
        ensureCapacityInternal(count + (b ? 4 : 5));
        appendChars(b ? "true" : "false");
        return this;
    }

    @Override
    public AbstractStringBuilder append(char c) {
        ensureCapacityInternal(count + 1);
        if (c > 0xFF)
            inflate();
        putCharAt(count++, c);
        return this;
    }

    public AbstractStringBuilder append(int i) {
        int n = Integer.stringSize(i);
        ensureCapacityInternal(count + n);
        if (coder == String.LATIN1) {
            Integer.getChars(i, count + n, value);
        } else {
            String s = Integer.toString(i);
            for (int k = 0; k < n; k++)
                String.putChar(value, count + k, s.charAt(k));
        }
        count += n;
        return this;
    }

    public AbstractStringBuilder append(long l) {
        int n = Long.stringSize(l);
        ensureCapacityInternal(count + n);
        if (coder == String.LATIN1) {
            Long.getChars(l, count + n, value);
        } else {
            String s = Long.toString(l);
            for (int k = 0; k < n; k++)
                String.putChar(value, count + k, s.charAt(k));
        }
        count += n;
        return this;
    }

    public AbstractStringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public AbstractStringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public AbstractStringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint))
            return append((char) codePoint);
        if (!Character.isValidCodePoint(codePoint))
            throw Character.invalidCodePoint(codePoint);
        ensureCapacityInternal(count + 2);
        inflate();
        putCharAt(count++, Character.highSurrogate(codePoint));
        putCharAt(count++, Character.lowSurrogate(codePoint));
        return this;
    }

    // ---- delete, replace, insert ----

    static void checkRangeSIOOBE(int start, int end, int len) {
        if (start < 0 || start > end || end > len)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + len);
    }

    private void shift(int offset, int n) {
        System.arraycopy(value, offset << coder, value, (offset + n) << coder, (count - offset) << coder);
    }

    public AbstractStringBuilder delete(int start, int end) {
        if (end > count)
            end = count;
        checkRangeSIOOBE(start, end, count);
        int len = end - start;
        if (len > 0) {
            shift(end, -len);
            count -= len;
        }
        return this;
    }

    public AbstractStringBuilder deleteCharAt(int index) {
        String.checkIndex(index, count);
        shift(index + 1, -1);
        count--;
        return this;
    }

    public AbstractStringBuilder replace(int start, int end, String str) {
        if (end > count)
            end = count;
        checkRangeSIOOBE(start, end, count);
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacityInternal(newCount);
        if (str.coder() == String.UTF16)
            inflate();
        shift(end, newCount - count);
        count = newCount;
        for (int i = 0; i < len; i++)
            putCharAt(start + i, str.charAt(i));
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        checkRangeSIOOBE(start, end, count);
        if (coder == String.LATIN1)
            return String.fromLatin1(value, start, end - start);
        return String.fromUTF16(value, start, end - start);
    }

    public AbstractStringBuilder insert(int index, char[] str, int offset, int len) {
        String.checkOffset(index, count);
        checkRangeSIOOBE(offset, offset + len, str.length);
        return insert(index, new String(str, offset, len));
    }

    public AbstractStringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public AbstractStringBuilder insert(int offset, String str) {
        String.checkOffset(offset, count);
        if (str == null)
            str = "null";
        int len = str.length();
        ensureCapacityInternal(count + len);
        if (str.coder() == String.UTF16)
            inflate();
        shift(offset, len);
        count += len;
        for (int i = 0; i < len; i++)
            putCharAt(offset + i, str.charAt(i));
        return this;
    }

    public AbstractStringBuilder insert(int offset, char[] str) {
        String.checkOffset(offset, count);
        return insert(offset, new String(str));
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null)
            s = "null";
        return insert(dstOffset, s.toString());
    }

    public AbstractStringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null)
            s = "null";
        String.checkOffset(dstOffset, count);
        if (start < 0 || start > end || end > s.length())
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        return insert(dstOffset, s.subSequence(start, end).toString());
    }

    public AbstractStringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public AbstractStringBuilder insert(int offset, char c) {
        return insert(offset, String.valueOf(c));
    }

    public AbstractStringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public AbstractStringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public AbstractStringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public AbstractStringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    // ---- search ----

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        return String.indexOf(this, str, fromIndex);
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        return String.lastIndexOf(this, str, fromIndex);
    }

    public AbstractStringBuilder reverse() {
        int n = count - 1;
        boolean hasSurrogates = false;
        for (int j = (n - 1) >> 1; j >= 0; j--) {
            int k = n - j;
            char cj = getCharAt(j), ck = getCharAt(k);
            putCharAt(j, ck);
            putCharAt(k, cj);
            if (Character.isSurrogate(cj) || Character.isSurrogate(ck))
                hasSurrogates = true;
        }
        if (hasSurrogates) {
            // Pairs came out low-high: swap each back.
            for (int i = 0; i < count - 1; i++) {
                char c2 = getCharAt(i);
                if (Character.isLowSurrogate(c2)) {
                    char c1 = getCharAt(i + 1);
                    if (Character.isHighSurrogate(c1)) {
                        putCharAt(i++, c1);
                        putCharAt(i, c2);
                    }
                }
            }
        }
        return this;
    }

    @Override
    public abstract String toString();

    /** The canonical string of the current contents. */
    String newString() {
        if (coder == String.LATIN1)
            return String.fromLatin1(value, 0, count);
        return String.fromUTF16(value, 0, count);
    }
}
