package java.io;

import java.util.Enumeration;
import java.util.Objects;
import java.util.Vector;

/** Reads several input streams one after the other, closing each at its end. */
public class SequenceInputStream extends InputStream {
    private final Enumeration<? extends InputStream> e;
    private InputStream in;

    public SequenceInputStream(Enumeration<? extends InputStream> e) {
        this.e = e;
        peekNextStream();
    }

    public SequenceInputStream(InputStream s1, InputStream s2) {
        Vector<InputStream> v = new Vector<>(2);
        v.addElement(s1);
        v.addElement(s2);
        e = v.elements();
        peekNextStream();
    }

    final void nextStream() throws IOException {
        if (in != null)
            in.close();
        peekNextStream();
    }

    private void peekNextStream() {
        if (e.hasMoreElements()) {
            in = e.nextElement();
            if (in == null)
                throw new NullPointerException();
        } else {
            in = null;
        }
    }

    @Override
    public int available() throws IOException {
        if (in == null)
            return 0;
        return in.available();
    }

    @Override
    public int read() throws IOException {
        while (in != null) {
            int c = in.read();
            if (c != -1)
                return c;
            nextStream();
        }
        return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (in == null)
            return -1;
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0)
            return 0;
        do {
            int n = in.read(b, off, len);
            if (n > 0)
                return n;
            nextStream();
        } while (in != null);
        return -1;
    }

    @Override
    public void close() throws IOException {
        IOException ioe = null;
        while (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                if (ioe == null)
                    ioe = e;
                else
                    ioe.addSuppressed(e);
            }
            peekNextStream();
        }
        if (ioe != null)
            throw ioe;
    }
}
