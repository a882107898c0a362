// UTF-8, ISO-8859-1 and US-ASCII: encoding of BMP and supplementary characters,
// unmappable characters become '?', malformed and truncated UTF-8 decode to U+FFFD
// (one per maximal bad subpart), lone surrogates, Charset lookup by alias,
// InputStreamReader/OutputStreamWriter with each charset.
import java.io.*;
import java.nio.charset.*;
import java.util.*;

public class IoCharsets {
    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }

    static String cps(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append(' '));
        return sb.toString().trim();
    }

    public static void main(String[] args) throws IOException {
        String s = "Aé€日\uD83D\uDE00ÿ";
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII)) {
            byte[] b = s.getBytes(cs);
            System.out.println(cs.name() + " " + b.length + " " + hex(b) + " -> " + cps(new String(b, cs)));
        }
        System.out.println(hex("\uD800x\uDC00".getBytes(StandardCharsets.UTF_8)) + " " + hex("\uD800".getBytes(StandardCharsets.ISO_8859_1)));
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC3, 0x41}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xE2, (byte) 0x82, 0x41}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                        {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF, (byte) 0xFE}, {0x41, (byte) 0xE9, 0x42}};
        for (byte[] b : bad) System.out.println(hex(b) + " -> utf8[" + cps(new String(b, StandardCharsets.UTF_8)) + "] ascii[" + cps(new String(b, StandardCharsets.US_ASCII)) + "] latin1[" + cps(new String(b, StandardCharsets.ISO_8859_1)) + "]");
        for (String name : List.of("utf8", "UTF-8", "latin1", "ISO8859_1", "ascii", "US-ASCII", "ISO-8859-1"))
            System.out.print(Charset.forName(name).name() + " ");
        System.out.println();
        System.out.println(Charset.isSupported("UTF-8") + " " + Charset.isSupported("nope-42") + " " + StandardCharsets.UTF_8.equals(Charset.forName("utf-8")) + " " + Charset.defaultCharset().name());
        try { Charset.forName("no-such-charset"); } catch (UnsupportedCharsetException e) { System.out.println("unsupported: " + e.getCharsetName()); }
        try { "x".getBytes("bogus"); } catch (UnsupportedEncodingException e) { System.out.println("UnsupportedEncodingException: " + e.getMessage()); }
        System.out.println(hex("é".getBytes("UTF-8")) + " " + new String(new byte[]{(byte) 0xe9}, "ISO-8859-1") + " " + hex("Ω".getBytes()));
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bo, StandardCharsets.ISO_8859_1)) { w.write("café ☕"); }
        System.out.println(hex(bo.toByteArray()));
        Reader r = new InputStreamReader(new ByteArrayInputStream("naïve 日本語 \uD83D\uDE00".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        char[] cb = new char[3];
        for (int n; (n = r.read(cb)) > 0;) sb.append(cb, 0, n);
        System.out.println(sb + " " + sb.length());
        InputStreamReader isr = new InputStreamReader(new ByteArrayInputStream(new byte[]{0x61, (byte) 0xC3}), StandardCharsets.UTF_8);
        System.out.println(isr.getEncoding() + " " + isr.read() + " " + isr.read() + " " + isr.read());
        StringBuilder big = new StringBuilder();
        for (int cp = 0x20; cp < 0x3000; cp += 7) big.appendCodePoint(cp);
        byte[] enc = big.toString().getBytes(StandardCharsets.UTF_8);
        System.out.println(enc.length + " " + new String(enc, StandardCharsets.UTF_8).equals(big.toString()) + " " + Arrays.hashCode(enc));
    }
}
