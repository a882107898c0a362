package java.nio;

import java.io.IOException;
import java.util.Objects;

/**
 * A char buffer over a heap array (the only kind here).  Enough for
 * Readable/Reader.read(CharBuffer) and programs that wrap, fill, flip and
 * read one.
 */
public class CharBuffer extends Buffer implements Comparable<CharBuffer>, Appendable, CharSequence, Readable {
    final char[] hb;
    final int offset;
    private final boolean readOnly;

    CharBuffer(char[] hb, int mark, int pos, int lim, int cap, int offset, boolean readOnly) {
        super(mark, pos, lim, cap);
        this.hb = hb;
        this.offset = offset;
        this.readOnly = readOnly;
    }

    public static CharBuffer allocate(int capacity) {
        if (capacity < 0)
            throw new IllegalArgumentException("capacity < 0: (" + capacity + " < 0)");
        return new CharBuffer(new char[capacity], -1, 0, capacity, capacity, 0, false);
    }

    public static CharBuffer wrap(char[] array, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, array.length);
        return new CharBuffer(array, -1, offset, offset + length, array.length, 0, false);
    }

    public static CharBuffer wrap(char[] array) {
        return wrap(array, 0, array.length);
    }

    /** A read-only buffer with the chars of csq in [start, end). */
    public static CharBuffer wrap(CharSequence csq, int start, int end) {
        Objects.checkFromToIndex(start, end, csq.length());
        char[] a = csq.toString().toCharArray();
        return new CharBuffer(a, -1, start, end, a.length, 0, true);
    }

    public static CharBuffer wrap(CharSequence csq) {
        return wrap(csq, 0, csq.length());
    }

    @Override
    public int read(CharBuffer target) throws IOException {
        int limit = limit();
        int pos = position();
        int remaining = limit - pos;
        int targetRemaining = target.remaining();
        if (targetRemaining <= 0)
            return -1;
        if (remaining <= 0)
            return -1;
        int n = Math.min(remaining, targetRemaining);
        for (int i = 0; i < n; i++)
            target.put(get());
        return n;
    }

    private void checkWritable() {
        if (readOnly)
            throw new ReadOnlyBufferException();
    }

    public CharBuffer slice() {
        int pos = position(), lim = limit();
        int rem = pos <= lim ? lim - pos : 0;
        return new CharBuffer(hb, -1, 0, rem, rem, offset + pos, readOnly);
    }

    public CharBuffer duplicate() {
        return new CharBuffer(hb, -1, position(), limit(), capacity(), offset, readOnly);
    }

    public CharBuffer asReadOnlyBuffer() {
        return new CharBuffer(hb, -1, position(), limit(), capacity(), offset, true);
    }

    public char get() {
        return hb[offset + nextGetIndex(1)];
    }

    public char get(int index) {
        return hb[offset + checkIndex(index)];
    }

    public CharBuffer get(char[] dst, int off, int length) {
        Objects.checkFromIndexSize(off, length, dst.length);
        if (length > remaining())
            throw new BufferUnderflowException();
        int p = nextGetIndex(length);
        System.arraycopy(hb, offset + p, dst, off, length);
        return this;
    }

    public CharBuffer get(char[] dst) {
        return get(dst, 0, dst.length);
    }

    public CharBuffer put(char c) {
        checkWritable();
        hb[offset + nextPutIndex(1)] = c;
        return this;
    }

    public CharBuffer put(int index, char c) {
        checkWritable();
        hb[offset + checkIndex(index)] = c;
        return this;
    }

    public CharBuffer put(char[] src, int off, int length) {
        checkWritable();
        Objects.checkFromIndexSize(off, length, src.length);
        if (length > remaining())
            throw new BufferOverflowException();
        int p = nextPutIndex(length);
        System.arraycopy(src, off, hb, offset + p, length);
        return this;
    }

    public final CharBuffer put(char[] src) {
        return put(src, 0, src.length);
    }

    public CharBuffer put(CharBuffer src) {
        if (src == this)
            throw new IllegalArgumentException("The source buffer is this buffer");
        checkWritable();
        int n = src.remaining();
        if (n > remaining())
            throw new BufferOverflowException();
        for (int i = 0; i < n; i++)
            put(src.get());
        return this;
    }

    public CharBuffer put(String src, int start, int end) {
        Objects.checkFromToIndex(start, end, src.length());
        checkWritable();
        if (end - start > remaining())
            throw new BufferOverflowException();
        for (int i = start; i < end; i++)
            put(src.charAt(i));
        return this;
    }

    public final CharBuffer put(String src) {
        return put(src, 0, src.length());
    }

    public CharBuffer compact() {
        checkWritable();
        int pos = position(), lim = limit();
        int rem = pos <= lim ? lim - pos : 0;
        System.arraycopy(hb, offset + pos, hb, offset, rem);
        position(rem);
        limit(capacity());
        return this;
    }

    @Override public final boolean hasArray() { return !readOnly; }
    @Override public final boolean isReadOnly() { return readOnly; }
    @Override public final boolean isDirect() { return false; }

    @Override
    public final char[] array() {
        if (readOnly)
            throw new ReadOnlyBufferException();
        return hb;
    }

    @Override
    public final int arrayOffset() {
        if (readOnly)
            throw new ReadOnlyBufferException();
        return offset;
    }

    @Override public CharBuffer position(int newPosition) { super.position(newPosition); return this; }
    @Override public CharBuffer limit(int newLimit) { super.limit(newLimit); return this; }
    @Override public CharBuffer mark() { super.mark(); return this; }
    @Override public CharBuffer reset() { super.reset(); return this; }
    @Override public CharBuffer clear() { super.clear(); return this; }
    @Override public CharBuffer flip() { super.flip(); return this; }
    @Override public CharBuffer rewind() { super.rewind(); return this; }

    @Override
    public int hashCode() {
        int h = 1;
        int p = position();
        for (int i = limit() - 1; i >= p; i--)
            h = 31 * h + (int) get(i);
        return h;
    }

    @Override
    public boolean equals(Object ob) {
        if (this == ob)
            return true;
        if (!(ob instanceof CharBuffer))
            return false;
        return compareTo((CharBuffer) ob) == 0 && remaining() == ((CharBuffer) ob).remaining();
    }

    @Override
    public int compareTo(CharBuffer that) {
        int n = Math.min(remaining(), that.remaining());
        for (int i = 0; i < n; i++) {
            int c = Character.compare(get(position() + i), that.get(that.position() + i));
            if (c != 0)
                return c;
        }
        return remaining() - that.remaining();
    }

    @Override
    public String toString() {
        return new String(hb, offset + position(), remaining());
    }

    @Override
    public final int length() {
        return remaining();
    }

    @Override
    public final boolean isEmpty() {
        return remaining() == 0;
    }

    @Override
    public final char charAt(int index) {
        return get(position() + Objects.checkIndex(index, remaining()));
    }

    @Override
    public CharBuffer subSequence(int start, int end) {
        int pos = position();
        Objects.checkFromToIndex(start, end, remaining());
        return new CharBuffer(hb, -1, pos + start, pos + end, capacity(), offset, readOnly);
    }

    @Override
    public CharBuffer append(CharSequence csq) {
        return put(String.valueOf(csq));
    }

    @Override
    public CharBuffer append(CharSequence csq, int start, int end) {
        CharSequence cs = (csq == null ? "null" : csq);
        return put(cs.subSequence(start, end).toString());
    }

    @Override
    public CharBuffer append(char c) {
        return put(c);
    }
}
