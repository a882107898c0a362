// StringJoiner (prefix, suffix, emptyValue, merge, length, setEmptyValue) and
// StringTokenizer (default and custom delimiters, returnDelims, countTokens, changing
// delimiters mid-way, NoSuchElementException).
import java.util.*;

public class UtilJoinerTokenizer {
    public static void main(String[] args) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println(j + " " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println(j + " " + j.length());
        j.add("a").add("").add(null).add("d");
        System.out.println(j + " " + j.length());
        StringJoiner k = new StringJoiner("-", "{", "}");
        k.add("x").add("y");
        j.merge(k);
        System.out.println(j);
        StringJoiner empty = new StringJoiner("/");
        System.out.println("[" + empty + "] " + empty.setEmptyValue("none") + " " + new StringJoiner("/").merge(new StringJoiner("+")).length());
        StringJoiner self = new StringJoiner("|");
        self.add("1").add("2");
        self.merge(self);
        System.out.println(self);
        System.out.println(String.join("::", List.of("p", "q")) + " " + String.join("", "a", "b") + " " + String.join(",", new ArrayList<String>()) + "|");
        StringTokenizer t = new StringTokenizer("  the quick\tbrown\nfox\r\fjumps  ");
        System.out.print(t.countTokens() + ":");
        while (t.hasMoreTokens()) System.out.print(" <" + t.nextToken() + ">");
        System.out.println();
        StringTokenizer c = new StringTokenizer("a=1;b=2;;c=3", ";=");
        List<String> toks = new ArrayList<>();
        while (c.hasMoreElements()) toks.add((String) c.nextElement());
        System.out.println(toks);
        StringTokenizer d = new StringTokenizer("x+y*(z-1)", "+-*()", true);
        toks.clear();
        while (d.hasMoreTokens()) toks.add(d.nextToken());
        System.out.println(toks + " " + toks.size());
        StringTokenizer m = new StringTokenizer("key:value with spaces:more", ":");
        System.out.println(m.nextToken() + " | " + m.nextToken(" ") + " | " + m.nextToken() + " | " + m.countTokens());
        StringTokenizer e = new StringTokenizer("", ",");
        System.out.println(e.countTokens() + " " + e.hasMoreTokens());
        try { e.nextToken(); } catch (NoSuchElementException ex) { System.out.println("NSEE " + ex.getMessage()); }
        StringTokenizer only = new StringTokenizer(",,,", ",", true);
        System.out.println(only.countTokens() + " " + only.nextToken());
    }
}
