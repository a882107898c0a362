// PrintWriter and PrintStream: print of every type (null String and null Object),
// println(char[]), printf/format, append, checkError never throwing, autoflush on
// println only, PrintStream over a ByteArrayOutputStream in UTF-8 and ISO-8859-1.
import java.io.*;
import java.nio.charset.StandardCharsets;

public class IoPrintWriter {
    public static void main(String[] args) throws IOException {
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(1); pw.print('c'); pw.print(2L); pw.print(1.5f); pw.print(2.5); pw.print(true); pw.print((String) null); pw.print((Object) null); pw.print(new char[]{'x', 'y'});
        pw.println();
        pw.println(new char[]{'a', 'b'});
        pw.printf("%05d|%-4s|%.2f%n", 42, "ab", Math.E).format("%s", "fmt").append('!').append("xyz", 1, 2).println();
        pw.write("written", 0, 4);
        pw.write(65);
        pw.flush();
        System.out.print(sw.toString().replace("\n", "\\n\n"));
        System.out.println("error? " + pw.checkError());
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        PrintWriter auto = new PrintWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), true);
        auto.print("no flush yet");
        System.out.println("bytes after print: " + target.size());
        auto.println(" é");
        System.out.println("bytes after println: " + target.size());
        auto.printf("%s", "printf flushes");
        System.out.println("bytes after printf: " + target.size());
        auto.close();
        auto.println("after close");
        System.out.println("closed checkError: " + auto.checkError());
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bo, true, StandardCharsets.UTF_8);
        ps.print("é€");
        ps.println(3);
        ps.write(0x41);
        ps.write(new byte[]{66, 67}, 0, 2);
        ps.printf("%c", 0x1F600);
        ps.flush();
        System.out.println(bo.size() + " " + bo.toString(StandardCharsets.UTF_8).replace("\n", "\\n"));
        ByteArrayOutputStream lo = new ByteArrayOutputStream();
        PrintStream latin = new PrintStream(lo, false, "ISO-8859-1");
        latin.print("é€日");
        latin.flush();
        byte[] lb = lo.toByteArray();
        System.out.println(lb.length + " " + (lb[0] & 0xff) + " " + (lb[1] & 0xff) + " " + (lb[2] & 0xff));
        try { new PrintStream(new ByteArrayOutputStream(), false, "NO-SUCH-CHARSET"); } catch (UnsupportedEncodingException e) { System.out.println("UnsupportedEncodingException: " + e.getMessage()); }
        PrintWriter toStream = new PrintWriter(System.out, true);
        toStream.println("PrintWriter over System.out");
    }
}
