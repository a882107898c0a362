// Decoding malformed UTF-8 as the JDK's String decoder does: where each
// U+FFFD goes (a surrogate encoded in three bytes is one, a bad continuation
// byte is decoded again, a sequence cut by the end is one and ends the
// text), over seeded random byte strings from the bytes that matter, and
// the same through InputStreamReader.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.Random;

public class LibUtf8Decode {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    static String chars(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(i == 0 ? "" : " ").append(Integer.toHexString(s.charAt(i)));
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        int[] alpha = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
        Random r = new Random(42);
        long h = 0;
        for (int k = 0; k < 3000; k++) {
            byte[] b = new byte[r.nextInt(7)];
            for (int i = 0; i < b.length; i++) b[i] = (byte) alpha[r.nextInt(alpha.length)];
            String s = new String(b, StandardCharsets.UTF_8);
            if (k < 120) System.out.println(hex(b) + " -> " + chars(s));
            h = h * 31 + s.hashCode();
        }
        System.out.println("hash " + h);
        byte[][] fixed = {{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xED, (byte) 0xBF, (byte) 0xBF, 0x41}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                          {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                          {(byte) 0xF0, (byte) 0x9F, 0x41}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xE2, 0x41}, {0x61, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, 0x62}};
        for (byte[] b : fixed) {
            String direct = new String(b, StandardCharsets.UTF_8);
            StringBuilder viaReader = new StringBuilder();
            try (Reader rd = new InputStreamReader(new ByteArrayInputStream(b), StandardCharsets.UTF_8)) {
                for (int c; (c = rd.read()) >= 0; ) viaReader.append((char) c);
            }
            System.out.println(hex(b) + " -> " + chars(direct) + " | " + chars(viaReader.toString()) + " | " + hex(direct.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
