// String.split: regex and one-char fast paths, limits > 0, 0 (trailing empties removed)
// and < 0 (kept), leading empty strings, zero-width matches (no leading empty), special
// characters, empty input, and the same through Pattern.split.
import java.util.*;
import java.util.regex.Pattern;

public class StrSplit {
    static void s(String in, String re, int... lim) {
        StringBuilder sb = new StringBuilder("\"" + in + "\" /" + re + "/");
        sb.append(" -> ").append(show(in.split(re)));
        for (int l : lim) sb.append(" | ").append(l).append(": ").append(show(in.split(re, l)));
        System.out.println(sb);
    }

    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder().append(parts.length).append('[');
        for (int i = 0; i < parts.length; i++) sb.append(i == 0 ? "" : ",").append('<').append(parts[i]).append('>');
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        s("a,b,c", ",", 0, 1, 2, -1, 5);
        s("a,,b,,", ",", 0, -1, 3);
        s(",a,b", ",", 0, 2);
        s("", ",", 0, -1);
        s(",", ",", 0, -1);
        s(",,,", ",", 0, -1, 2);
        s("a1b22c333d", "\\d+", 0, -1, 2);
        s("a1b22c333", "\\d", 0, -1);
        s("hello", "", 0, 3, -1);
        s("a.b.c", ".", 0, -1);
        s("a.b.c", "\\.", 0);
        s("a|b|c", "|", 0);
        s("a|b|c", "\\|", 0);
        s("one  two\tthree\n four", "\\s+", 0);
        s("  lead", "\\s+", 0);
        s("camelCaseString", "(?=[A-Z])", 0);
        s("a:b;c d", "[:; ]", 0);
        s("2021-03-04T05:06:07", "[-T:]", 0, 3);
        s("aXbxc", "(?i)x", 0);
        s("abcabc", "b", 0, -1);
        s("ab", "ab", 0, -1);
        s("x$y$z", "\\$", 0);
        s("tab\\there", "\\\\", 0);
        s("ünï/cödé/ß", "/", 0);
        s("a\uD83D\uDE00b\uD83D\uDE00", "\uD83D\uDE00", 0, -1);
        System.out.println(show(Pattern.compile(",").split("x,y,,", -1)) + " " + show(Pattern.compile("\\s").split(" x y")) + " " + Pattern.compile("-").splitAsStream("p-q-r").toList());
        System.out.println(Arrays.toString("k1=v1&k2=v2&k3".split("&")) + " " + Arrays.toString("k1=v1".split("=", 2)) + " " + Arrays.toString("k3".split("=", 2)));
        try { "x".split("("); } catch (java.util.regex.PatternSyntaxException e) { System.out.println("bad regex: " + e.getDescription() + " at " + e.getIndex()); }
    }
}
