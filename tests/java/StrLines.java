// String.lines() with \n, \r\n and lone \r terminators, trailing terminators, empty lines,
// and lines fed into stream pipelines; compared with split on line breaks.
import java.util.stream.Collectors;

public class StrLines {
    static String show(Object o) { return o.toString().replace("\r", "\\r").replace("\n", "\\n"); }

    public static void main(String[] args) {
        String[] ins = {"", "one", "one\n", "one\ntwo", "one\r\ntwo\r\n", "a\rb\rc", "\n", "\n\n", "a\n\nb", "x\r\n\r\ny", "\r\n", "mixed\nline\r\nends\rhere\n\n", "no\u2028split\u0085here"};
        for (String s : ins)
            System.out.println(show("\"" + s + "\"") + " -> " + s.lines().count() + " " + show(s.lines().collect(Collectors.toList())) + " split=" + s.split("\\R").length + " " + show(java.util.Arrays.toString(s.split("\\R", -1))));
        String text = "  first line  \n\n  second\tline \r\nthird";
        System.out.println(text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("|")));
        System.out.println(text.lines().mapToInt(String::length).sum() + " " + text.lines().skip(1).findFirst().orElse("none").isEmpty() + " " + "a\nbb\nccc".lines().map(String::length).toList());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append("line ").append(i).append(i % 3 == 0 ? "\r\n" : "\n");
        System.out.println(sb.toString().lines().count() + " " + sb.toString().lines().filter(l -> l.endsWith("7")).count());
    }
}
