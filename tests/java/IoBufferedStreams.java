// BufferedInputStream/BufferedOutputStream with tiny buffers: data passes through
// unchanged, output reaches the sink only on flush or when the buffer fills, mark/reset
// within the read limit, skipNBytes, available, close propagation.
import java.io.*;
import java.util.Arrays;

public class IoBufferedStreams {
    static final class CountingSink extends OutputStream {
        int writes, bytes;
        @Override public void write(int b) { writes++; bytes++; }
        @Override public void write(byte[] b, int off, int len) { writes++; bytes += len; }
        @Override public void close() { System.out.println("sink closed after " + bytes + " bytes"); }
    }

    public static void main(String[] args) throws IOException {
        CountingSink sink = new CountingSink();
        BufferedOutputStream bo = new BufferedOutputStream(sink, 4);
        bo.write(1); bo.write(2); bo.write(3);
        System.out.println("after 3 bytes: " + sink.bytes + " in " + sink.writes);
        bo.write(4); bo.write(5);
        System.out.println("after 5 bytes: " + sink.bytes + " in " + sink.writes);
        bo.write(new byte[10]);
        System.out.println("after big write: " + sink.bytes + " in " + sink.writes);
        bo.write(new byte[]{9, 9}, 0, 2);
        bo.flush();
        System.out.println("after flush: " + sink.bytes + " in " + sink.writes);
        bo.close();
        byte[] data = new byte[50];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 3);
        BufferedInputStream bi = new BufferedInputStream(new ByteArrayInputStream(data), 8);
        System.out.println(bi.read() + " " + bi.read() + " " + bi.markSupported());
        bi.mark(5);
        byte[] four = new byte[4];
        bi.read(four);
        bi.reset();
        int reread = bi.read();
        bi.skipNBytes(10);
        System.out.println(Arrays.toString(four) + " re-read " + reread + " skipNBytes(10) next " + bi.read());
        bi.read(new byte[20]);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int b; (b = bi.read()) != -1;) all.write(b);
        System.out.println(all.size() + " " + bi.available() + " " + bi.read());
        bi.close();
        try { bi.read(); } catch (IOException e) { System.out.println("read after close: " + e.getMessage()); }
        ByteArrayOutputStream round = new ByteArrayOutputStream();
        try (BufferedOutputStream o = new BufferedOutputStream(round, 16); BufferedInputStream i = new BufferedInputStream(new ByteArrayInputStream(data), 3)) {
            byte[] buf = new byte[7];
            for (int n; (n = i.read(buf)) > 0;) o.write(buf, 0, n);
        }
        System.out.println(Arrays.equals(round.toByteArray(), data) + " " + round.size());
    }
}
