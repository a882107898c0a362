// Properties: load with comments, continuations, escapes and separators,
// defaults, store (comments, escaping, unicode escapes for streams) and load
// back, the internal map order in toString, list(), a malformed unicode escape.
import java.io.*;
import java.util.*;
public class LibProperties {
    public static void main(String[] a) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader("# comment\n! also\n  key1 = value one\nkey2:value2\nkey3 value3\nmulti = a \\\n    b \\\n  c\nesc=tab\\there\\nnl \\u0041\\u00e9\nempty\n\\ spaced\\ key = x\nk\\=eq=v\r\nwin=dows\r\n   \n"));
        System.out.println(p);
        System.out.println(p.getProperty("multi") + "|" + p.getProperty("esc") + "|" + p.getProperty("empty") + "|" + p.getProperty(" spaced key") + "|" + p.getProperty("k=eq") + "|" + p.getProperty("nope", "dflt"));
        Properties d = new Properties(p);
        d.setProperty("own", "1");
        System.out.println(d.getProperty("key1") + " " + d.size() + " " + new TreeSet<>(d.stringPropertyNames()));
        StringWriter sw = new StringWriter();
        Properties q = new Properties();
        for (int i = 0; i < 20; i++) q.setProperty("k" + i, "v" + i);
        q.setProperty("sp ace", " lead:é=#!\t");
        q.store(sw, "hello\nworld");
        String[] lines = sw.toString().split("\n");
        for (String l : lines) if (!l.startsWith("#") || l.startsWith("#hello") || l.startsWith("#world")) System.out.println(l);
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        q.store(bo, null);
        Properties back = new Properties();
        back.load(new ByteArrayInputStream(bo.toByteArray()));
        System.out.println(back.equals(q) + " " + back);
        try { new Properties().load(new StringReader("x=\\u12")); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        q.list(System.out);
    }
}
