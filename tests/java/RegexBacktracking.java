// Inputs that make a backtracking engine work: alternations with shared prefixes,
// nested quantifiers that still finish, optional groups, repeated subjects kept short
// enough that a recursive engine stays far from its stack limit, and greedy vs reluctant
// captures over long strings.
import java.util.regex.*;

public class RegexBacktracking {
    public static void main(String[] args) {
        String abc = "ab".repeat(200) + "c";
        System.out.println(abc.matches("(ab)*c") + " " + abc.matches("(?:a|b)*c") + " " + abc.matches("[ab]*c") + " " + abc.matches("(a|ab|b)*c") + " " + (abc + "d").matches("(?:ab)*+c"));
        String words = "word ".repeat(60).trim();
        System.out.println(words.matches("(\\w+\\s?)+") + " " + words.matches("(?:\\w+ )*\\w+") + " " + Pattern.compile("\\w+").matcher(words).results().count());
        Matcher g = Pattern.compile("x(.*)y").matcher("x" + "ay".repeat(200) + "z");
        System.out.println(g.find() + " " + g.group(1).length());
        Matcher r = Pattern.compile("x(.*?)y").matcher("x" + "ay".repeat(200) + "z");
        System.out.println(r.find() + " " + r.group(1).length());
        System.out.println("aaaaaaaaaaaaaaaaaaaa!".matches("(a|aa)+") + " " + "aaaaaaaaaaaaaaaaaaaa".matches("(a|aa)+") + " " + "aaaaaaaaaaaaaaaaaaaaaaaaab".matches("(a?){25}a{25}b"));
        String num = "1234567890".repeat(30);
        System.out.println(num.matches("\\d+") + " " + num.matches("(\\d{10})+") + " " + num.replaceAll("(\\d)(?=(\\d{3})+$)", "$1,").length());
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 50; i++) nested.append('(');
        for (int i = 0; i < 50; i++) nested.append(')');
        System.out.println(nested.toString().matches("[()]+") + " " + Pattern.compile("\\(\\)").matcher(nested).results().count());
        Matcher alt = Pattern.compile("foo|foobar|foobaz|fo").matcher("foobaz foobar fo foo");
        StringBuilder sb = new StringBuilder();
        while (alt.find()) sb.append(alt.group()).append(',');
        System.out.println(sb);
        String csvish = "\"a,b\",c,\"d\"\"e\",".repeat(30);
        System.out.println(Pattern.compile("\"(?:[^\"]|\"\")*\"|[^,]+").matcher(csvish).results().count());
        System.out.println("mississippi".replaceAll("(.)\\1", "[$1$1]") + " " + "aaa bbb ccc".replaceAll("(\\w)\\1*", "$1") + " " + "abcabcabc".matches("(abc)\\1{2}"));
    }
}
