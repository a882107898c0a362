package java.io;

import jdk.internal.fs.FS;

/** A file read and written at any position (through the platform's files). */
public class RandomAccessFile implements DataOutput, DataInput, Closeable {
    private final FileDescriptor fd = new FileDescriptor();
    private final long handle;
    private final boolean rw;
    private final Object closeLock = new Object();
    private volatile boolean closed;

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = (file != null ? file.getPath() : null);
        boolean write;
        if (mode.equals("r"))
            write = false;
        else if (mode.equals("rw") || mode.equals("rws") || mode.equals("rwd"))
            write = true;
        else
            throw new IllegalArgumentException("Illegal mode \"" + mode
                    + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        if (name == null)
            throw new NullPointerException();
        if (file.isInvalid())
            throw new FileNotFoundException("Invalid file path");
        this.rw = write;
        this.handle = FS.openIo(name, write ? FS.O_READ | FS.O_WRITE | FS.O_CREATE : FS.O_READ);
    }

    public final FileDescriptor getFD() throws IOException {
        return fd;
    }

    private void ensureOpen() throws IOException {
        if (closed)
            throw new IOException("Stream Closed");
    }

    public int read() throws IOException {
        byte[] b = new byte[1];
        return read(b, 0, 1) <= 0 ? -1 : b[0] & 0xff;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        return len == 0 ? 0 : FS.read(handle, b, off, len);
    }

    public int read(byte[] b) throws IOException {
        return read(b, 0, b.length);
    }

    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0)
                throw new EOFException();
            n += count;
        }
    }

    public int skipBytes(int n) throws IOException {
        if (n <= 0)
            return 0;
        long pos = getFilePointer(), len = length();
        long newpos = Math.min(pos + n, len);
        seek(newpos);
        return (int) (newpos - pos);
    }

    public void write(int b) throws IOException {
        write(new byte[] { (byte) b }, 0, 1);
    }

    public void write(byte[] b) throws IOException {
        write(b, 0, b.length);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (!rw)
            throw new IOException("Bad file descriptor");
        FS.write(handle, b, off, len);
    }

    public long getFilePointer() throws IOException {
        ensureOpen();
        return FS.tell(handle);
    }

    public void seek(long pos) throws IOException {
        if (pos < 0)
            throw new IOException("Negative seek offset");
        ensureOpen();
        FS.seek(handle, pos);
    }

    public long length() throws IOException {
        ensureOpen();
        return FS.size(handle);
    }

    public void setLength(long newLength) throws IOException {
        ensureOpen();
        if (newLength < 0)
            throw new IOException("Invalid argument");
        if (!rw)
            throw new IOException("Invalid argument");
        FS.setLength(handle, newLength);
    }

    public void close() throws IOException {
        synchronized (closeLock) {
            if (closed)
                return;
            closed = true;
        }
        int err = FS.close(handle);
        if (err != 0)
            throw new IOException(FS.message(err));
    }

    /* ---- DataInput ---- */

    public final boolean readBoolean() throws IOException {
        return readUnsignedByte() != 0;
    }

    public final byte readByte() throws IOException {
        return (byte) readUnsignedByte();
    }

    public final int readUnsignedByte() throws IOException {
        int ch = read();
        if (ch < 0)
            throw new EOFException();
        return ch;
    }

    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    public final int readUnsignedShort() throws IOException {
        byte[] b = new byte[2];
        readFully(b);
        return ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    }

    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    public final int readInt() throws IOException {
        byte[] b = new byte[4];
        readFully(b);
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    public final long readLong() throws IOException {
        return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
    }

    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** As the JDK: bytes as Latin-1 up to "\n", "\r" or "\r\n". */
    public final String readLine() throws IOException {
        StringBuilder input = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read()) {
            case -1:
            case '\n':
                eol = true;
                break;
            case '\r':
                eol = true;
                long cur = getFilePointer();
                if (read() != '\n')
                    seek(cur);
                break;
            default:
                input.append((char) c);
                break;
            }
        }
        if (c == -1 && input.length() == 0)
            return null;
        return input.toString();
    }

    public final String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }

    /* ---- DataOutput ---- */

    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    public final void writeByte(int v) throws IOException {
        write(v);
    }

    public final void writeShort(int v) throws IOException {
        write(new byte[] { (byte) (v >>> 8), (byte) v }, 0, 2);
    }

    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    public final void writeInt(int v) throws IOException {
        write(new byte[] { (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v }, 0, 4);
    }

    public final void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    public final void writeBytes(String s) throws IOException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++)
            b[i] = (byte) s.charAt(i);
        write(b, 0, b.length);
    }

    public final void writeChars(String s) throws IOException {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >>> 8);
            b[2 * i + 1] = (byte) c;
        }
        write(b, 0, b.length);
    }

    public final void writeUTF(String str) throws IOException {
        DataOutputStream.writeUTF(str, this);
    }
}
