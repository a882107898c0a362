// Pattern and Matcher basics: matches vs lookingAt vs find, groups (numbered, named,
// optional unmatched -> null, nested), start/end per group, groupCount, find(from),
// reset, results(), Pattern.matches, toString of a Pattern.
import java.util.regex.*;

public class RegexBasics {
    public static void main(String[] args) {
        Pattern p = Pattern.compile("(\\w+)@(\\w+)\\.(com|org)");
        Matcher m = p.matcher("mail bob@example.com and alice@site.org, not eve@bad.net");
        System.out.println(m.matches() + " " + m.lookingAt() + " " + m.groupCount() + " " + p + " " + p.pattern());
        while (m.find()) System.out.println(m.group() + " [" + m.start() + "," + m.end() + ") user=" + m.group(1) + " host=" + m.group(2) + "@" + m.start(2) + " tld=" + m.group(3));
        Matcher d = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})(-(?<day>\\d{2}))?").matcher("2024-03-15 and 1999-12");
        while (d.find()) System.out.println(d.group("year") + "/" + d.group("month") + "/" + d.group("day") + " outer=" + d.group(3) + " start(day)=" + d.start("day") + " end=" + d.end("month"));
        Matcher n = Pattern.compile("((a)(b(c)))").matcher("xabcx");
        n.find();
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g <= n.groupCount(); g++) sb.append(g).append('=').append(n.group(g)).append('@').append(n.start(g)).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(Pattern.matches("[a-z]+", "abc") + " " + Pattern.matches("[a-z]+", "abc1") + " " + Pattern.compile("b").matcher("abc").lookingAt() + " " + Pattern.compile("a").matcher("abc").lookingAt() + " " + "abc".matches("ab"));
        Matcher f = Pattern.compile("\\d+").matcher("a1b22c333d4444");
        System.out.println(f.find(5) + " " + f.group() + " " + f.find() + " " + f.group() + " " + f.find() + " " + f.find());
        f.reset();
        System.out.println(f.find() + " " + f.group() + " " + f.results().map(MatchResult::group).toList());
        f.reset("99 and 100");
        System.out.println(f.results().map(r -> r.group() + "@" + r.start()).toList() + " " + Pattern.compile("x*").matcher("axxb").results().map(r -> "[" + r.group() + "]" + r.start()).toList());
        Matcher empty = Pattern.compile("").matcher("ab");
        int count = 0;
        while (empty.find()) count++;
        System.out.println("empty pattern matches " + count + " times; " + Pattern.compile("a|").matcher("aa").results().count());
        System.out.println(Pattern.compile("(a)|(b)").matcher("b").replaceAll("[$1|$2]") + " " + Pattern.compile("(x)?y").matcher("y").replaceAll("<$1>"));
        System.out.println(Pattern.compile(",").split("a,b,,c,,").length + " " + Pattern.compile("\\s*,\\s*").pattern() + " " + Pattern.compile("A", Pattern.CASE_INSENSITIVE).flags());
    }
}
