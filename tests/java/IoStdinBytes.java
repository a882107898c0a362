// System.in as raw bytes (IoStdinBytes.in holds NUL, 0xFF and UTF-8): read() returns
// 0..255 then -1, available() is not trusted, read(byte[]) in chunks, and the same bytes
// decoded as UTF-8 (bad bytes become U+FFFD).
import java.io.*;
import java.nio.charset.StandardCharsets;

public class IoStdinBytes {
    public static void main(String[] args) throws IOException {
        InputStream in = System.in;
        int first = in.read(), second = in.read();
        System.out.println(first + " " + second);
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        byte[] chunk = new byte[3];
        int reads = 0;
        for (int n; (n = in.read(chunk)) > 0;) { rest.write(chunk, 0, n); reads++; }
        byte[] b = rest.toByteArray();
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(x & 0xff).append(' ');
        System.out.println(b.length + " bytes: " + sb.toString().trim());
        System.out.println("at end: " + in.read() + " " + in.read(chunk) + " reads>0: " + (reads > 0));
        String text = new String(b, StandardCharsets.UTF_8);
        StringBuilder cps = new StringBuilder();
        text.codePoints().forEach(c -> cps.append(Integer.toHexString(c)).append(' '));
        System.out.println(cps.toString().trim());
        System.out.write(b, 0, 5);
        System.out.write('\n');
        System.out.flush();
    }
}
