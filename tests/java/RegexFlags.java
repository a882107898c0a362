// Pattern flags and their inline forms: CASE_INSENSITIVE (ASCII unless UNICODE_CASE),
// MULTILINE ^ and $, DOTALL, COMMENTS, LITERAL, UNIX_LINES; (?i) scoped to a group;
// Pattern.quote and \Q..\E; anchors \A \z \Z $ before a final newline.
import java.util.*;
import java.util.regex.*;

public class RegexFlags {
    static List<String> all(Pattern p, String in) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(in);
        while (m.find()) out.add(m.group().replace("\n", "\\n"));
        return out;
    }

    public static void main(String[] args) {
        String text = "Apple apple APPLE\nÄpfel äpfel\nend";
        System.out.println(all(Pattern.compile("apple", Pattern.CASE_INSENSITIVE), text) + " " + all(Pattern.compile("äpfel", Pattern.CASE_INSENSITIVE), text) + " " + all(Pattern.compile("äpfel", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), text));
        System.out.println(all(Pattern.compile("^\\w+"), text) + " " + all(Pattern.compile("^\\w+", Pattern.MULTILINE), text) + " " + all(Pattern.compile("\\w+$", Pattern.MULTILINE), text) + " " + all(Pattern.compile("(?m)^.", Pattern.UNICODE_CHARACTER_CLASS), text));
        System.out.println(all(Pattern.compile("e.A"), "applE\nAx") + " " + all(Pattern.compile("e.A", Pattern.DOTALL | Pattern.CASE_INSENSITIVE), "applE\nAx") + " " + all(Pattern.compile("(?is)E.a"), "applE\nAx"));
        Pattern commented = Pattern.compile("(\\d{3})  # area code\n [-.\\s]? (\\d{4})  # number", Pattern.COMMENTS);
        Matcher m = commented.matcher("call 555-1234 or 555 9876");
        while (m.find()) System.out.print(m.group(1) + "/" + m.group(2) + " ");
        System.out.println();
        System.out.println(all(Pattern.compile("a.b*", Pattern.LITERAL), "xa.b*y a.bbb") + " " + all(Pattern.compile(Pattern.quote("1+1=2")), "is 1+1=2?") + " " + Pattern.quote("a\\Eb") + " " + all(Pattern.compile("\\Q(*)\\E+"), "(*)(*)"));
        System.out.println(all(Pattern.compile("a(?i)b"), "ab aB Ab AB") + " " + all(Pattern.compile("a(?i:b)c"), "abc aBc aBC") + " " + all(Pattern.compile("(?i)a(?-i)b"), "ab Ab aB AB"));
        String nl = "line1\nline2\n";
        System.out.println(all(Pattern.compile("line\\d$"), nl) + " " + all(Pattern.compile("line\\d\\z"), nl) + " " + all(Pattern.compile("line\\d\\Z"), nl) + " " + all(Pattern.compile("\\Aline\\d"), nl) + " " + all(Pattern.compile("(?m)line\\d$"), nl));
        System.out.println(all(Pattern.compile("(?d)^.+$", Pattern.MULTILINE), "a\r\nb") .size() + " " + all(Pattern.compile("^.+$", Pattern.MULTILINE), "a\r\nb").size());
        Pattern p = Pattern.compile("x", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL);
        System.out.println(p.flags() + " " + Pattern.CASE_INSENSITIVE + " " + Pattern.MULTILINE + " " + Pattern.DOTALL + " " + Pattern.COMMENTS + " " + Pattern.LITERAL + " " + Pattern.UNICODE_CASE);
        System.out.println(Pattern.compile("(?i)straße").matcher("STRASSE").matches() + " " + Pattern.compile("(?iu)ΣΊΣΥΦΟΣ").matcher("σίσυφος").matches() + " " + Pattern.compile("(?i)k").matcher("\u212A").matches() + " " + Pattern.compile("(?iu)k").matcher("\u212A").matches());
    }
}
