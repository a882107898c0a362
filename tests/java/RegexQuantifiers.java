// Greedy, reluctant and possessive quantifiers; bounded repetition {n}, {n,}, {n,m};
// alternation takes the first alternative that lets the whole match succeed;
// backtracking into groups; and the matches each choice produces.
import java.util.*;
import java.util.regex.*;

public class RegexQuantifiers {
    static String all(String re, String in) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(re).matcher(in);
        while (m.find()) out.add(m.group());
        return re + " on \"" + in + "\" -> " + out;
    }

    public static void main(String[] args) {
        String html = "<b>bold</b> and <i>italic</i>";
        System.out.println(all("<.+>", html));
        System.out.println(all("<.+?>", html));
        System.out.println(all("<[^>]+>", html));
        System.out.println(all("a*", "baaac"));
        System.out.println(all("a*?", "aaa"));
        System.out.println(all("a+?b", "aaab"));
        System.out.println(all("a{2}", "aaaaa"));
        System.out.println(all("a{2,}", "a aa aaa"));
        System.out.println(all("a{1,2}", "aaaaa"));
        System.out.println(all("a{0}b", "ab b"));
        System.out.println(all("x?+x", "xx") + " | " + all("x*+x", "xxx") + " | " + all("\\d++\\d", "123") + " | " + all("\\d+\\d", "123"));
        System.out.println(all("cat|category", "category") + " | " + all("category|cat", "category") + " | " + all("(a|ab)(c|bcd)", "abcd"));
        System.out.println(all("(ab)+", "ababab abab") + " | " + all("(a|b)*c", "ababcabc"));
        Matcher m = Pattern.compile("(\\w+)(\\d+)").matcher("abc123");
        m.matches();
        System.out.println(m.group(1) + " " + m.group(2));
        m = Pattern.compile("(\\w+?)(\\d+)").matcher("abc123");
        m.matches();
        System.out.println(m.group(1) + " " + m.group(2));
        m = Pattern.compile("(a*)*b").matcher("aaab");
        System.out.println(m.matches() + " " + m.group(1).length());
        m = Pattern.compile("(a|b)+").matcher("abba");
        m.matches();
        System.out.println("last repetition captured: " + m.group(1));
        System.out.println("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab".matches("(a+)+b") + " " + "x".repeat(3000).matches("x*") + " " + ("ab".repeat(500) + "c").matches("(?:ab)*c"));
        System.out.println(all("\\b\\w{3}\\b", "one three two four six") + " | " + all("[0-9]{2,3}?", "12345"));
    }
}
