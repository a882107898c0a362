// Character streams: StringReader/StringWriter, CharArrayReader/Writer, BufferedReader
// over \n, \r\n and lone \r (readLine, read, skip, ready, mark/reset, lines),
// BufferedWriter.newLine, PushbackReader, LineNumberReader, Reader.transferTo.
import java.io.*;
import java.util.*;

public class IoReadersWriters {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new StringReader("one\ntwo\r\nthree\rfour\r\n\r\nsix"), 4);
        List<String> lines = new ArrayList<>();
        for (String l; (l = br.readLine()) != null;) lines.add(l);
        System.out.println(lines + " " + lines.size());
        StringReader sr = new StringReader("abcdefghij");
        char[] buf = new char[4];
        System.out.println((char) sr.read() + " " + sr.read(buf) + " " + new String(buf) + " " + sr.skip(2) + " " + sr.ready() + " " + sr.markSupported());
        sr.mark(100);
        System.out.println((char) sr.read() + "" + (char) sr.read());
        sr.reset();
        System.out.println((char) sr.read() + " " + sr.read(buf, 1, 3) + " " + new String(buf, 1, 2) + " " + sr.read() + " " + sr.read(buf));
        StringWriter sw = new StringWriter();
        sw.write("hello");
        sw.write(' ');
        sw.write("world!!", 0, 5);
        sw.append('!').append("seq", 1, 3).append(null);
        System.out.println(sw + " " + sw.getBuffer().length());
        CharArrayWriter cw = new CharArrayWriter();
        BufferedWriter bw = new BufferedWriter(cw, 3);
        bw.write("line1"); bw.newLine(); bw.write("line2", 2, 3); bw.newLine();
        System.out.println("before flush " + cw.size());
        bw.flush();
        System.out.println("after flush " + cw.size() + " [" + cw.toString().replace("\n", "\\n") + "]");
        CharArrayReader car = new CharArrayReader("xyz123".toCharArray(), 2, 3);
        StringWriter dst = new StringWriter();
        System.out.println(car.transferTo(dst) + " " + dst);
        PushbackReader pr = new PushbackReader(new StringReader("9+7"), 2);
        int c = pr.read();
        pr.unread(c);
        pr.unread('(');
        char[] all = new char[10];
        int n = pr.read(all);
        System.out.println(new String(all, 0, n));
        try { pr.unread("abc".toCharArray()); } catch (IOException e) { System.out.println("pushback overflow: " + e.getMessage()); }
        LineNumberReader lnr = new LineNumberReader(new StringReader("a\nb\r\nc\rd"));
        StringBuilder sb = new StringBuilder();
        for (String l; (l = lnr.readLine()) != null;) sb.append(lnr.getLineNumber()).append(':').append(l).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(new BufferedReader(new StringReader("p\nq\n\nr")).lines().toList());
        BufferedReader mk = new BufferedReader(new StringReader("0123456789"));
        mk.read();
        mk.mark(3);
        mk.read(); mk.read();
        mk.reset();
        System.out.println((char) mk.read() + " " + mk.skip(100) + " " + mk.read() + " " + mk.ready());
        Reader nr = Reader.nullReader();
        Writer nw = Writer.nullWriter();
        nw.write("gone");
        System.out.println(nr.read() + " " + new StringReader("").read());
    }
}
