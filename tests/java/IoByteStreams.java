// ByteArrayInputStream/OutputStream: read() of unsigned bytes, read(buf, off, len)
// return values at the end, skip, available, mark/reset, readAllBytes/readNBytes,
// transferTo, toByteArray, toString with charsets, reset, writeTo, size.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class IoByteStreams {
    public static void main(String[] args) throws IOException {
        byte[] data = {0, 1, 127, -128, -1, 65, 66, 67, 10, 13};
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        System.out.println(in.read() + " " + in.read() + " " + in.read() + " " + in.read() + " " + in.read() + " avail=" + in.available() + " mark=" + in.markSupported());
        in.mark(0);
        byte[] buf = new byte[4];
        System.out.println(in.read(buf, 1, 2) + " " + Arrays.toString(buf) + " skip=" + in.skip(1) + " " + in.read(buf) + " " + Arrays.toString(buf) + " " + in.read(buf) + " " + in.read() + " " + in.read(buf, 0, 0));
        in.reset();
        System.out.println("after reset " + in.read() + " " + Arrays.toString(in.readNBytes(2)) + " " + Arrays.toString(in.readAllBytes()) + " " + in.skip(5) + " " + in.available());
        ByteArrayInputStream part = new ByteArrayInputStream(data, 5, 3);
        System.out.println(new String(part.readAllBytes(), StandardCharsets.US_ASCII) + " " + part.read());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(72); out.write(256 + 105); out.write(new byte[]{32, 119, 111, 114, 108, 100}, 0, 6);
        out.write("! é".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[]{33});
        System.out.println(out.size() + " " + out + " " + out.toString(StandardCharsets.ISO_8859_1) + " " + Arrays.toString(out.toByteArray()));
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        out.writeTo(copy);
        long moved = new ByteArrayInputStream(data).transferTo(copy);
        System.out.println(moved + " " + copy.size());
        out.reset();
        System.out.println(out.size() + " [" + out + "]");
        try { in.read(buf, 3, 5); } catch (IndexOutOfBoundsException e) { System.out.println("bad range: " + e.getClass().getSimpleName()); }
        InputStream empty = InputStream.nullInputStream();
        System.out.println(empty.read() + " " + empty.readAllBytes().length + " " + new ByteArrayInputStream(new byte[0]).read(new byte[3]));
        OutputStream nul = OutputStream.nullOutputStream();
        nul.write(1);
        ByteArrayOutputStream big = new ByteArrayOutputStream(1);
        for (int i = 0; i < 5000; i++) big.write(i);
        byte[] bb = big.toByteArray();
        int h = 0;
        for (byte b : bb) h = h * 31 + b;
        System.out.println(bb.length + " " + h + " " + bb[4999]);
    }
}
