// Lookahead and lookbehind (positive and negative, bounded-length lookbehind), word
// boundaries, backreferences by number and by name, atomic groups, and non-capturing
// groups; thousands separators and password rules as the classic uses.
import java.util.*;
import java.util.regex.*;

public class RegexLookaround {
    static List<String> all(String re, String in) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(re).matcher(in);
        while (m.find()) out.add(m.group() + "@" + m.start());
        return out;
    }

    public static void main(String[] args) {
        System.out.println(all("\\w+(?=:)", "key: value, other:thing") + " " + all("\\b\\w+\\b(?!:)", "key: value, other:thing"));
        System.out.println(all("(?<=\\$)\\d+", "cost $42 or 17 or $7") + " " + all("(?<!\\$)\\b\\d+", "cost $42 or 17 or $7") + " " + all("(?<=\\b\\w{2})\\w", "abc de fgh"));
        System.out.println("1234567890".replaceAll("(?<=\\d)(?=(\\d{3})+$)", ",") + " " + "-9876543.21".replaceAll("(?<=\\d)(?=(\\d{3})+(?!\\d))", ","));
        String[] pws = {"abc", "Abcdefg1", "abcdefg1", "ABCDEFG1!", "Abc def1", "Passw0rd"};
        Pattern strong = Pattern.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)(?!.*\\s).{8,}$");
        StringBuilder sb = new StringBuilder();
        for (String pw : pws) sb.append(pw).append('=').append(strong.matcher(pw).matches()).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(all("(\\w)\\1", "aabbcdde") + " " + all("\\b(\\w+) \\1\\b", "this is is a test test ok") + " " + all("(?<q>['\"]).*?\\k<q>", "say 'hi' and \"bye\" 'x\"") + " " + all("(a)(b)?\\2c", "ac abbc"));
        System.out.println(all("(?>a+)b", "aaab") + " " + all("(?>a+)ab", "aaab") + " " + all("(?:ab)+", "ababx") + " " + Pattern.compile("(?:x)(y)").matcher("xy").groupCount());
        System.out.println(all("\\bcat\\b", "cat concat cat. bobcat cats (cat)") + " " + all("\\Bcat\\B", "concatenate cat") + " " + all("(?<=^|,)[^,]*", "a,,b,c"));
        System.out.println("camelCaseWordsHere".replaceAll("(?<=[a-z])(?=[A-Z])", "_").toLowerCase() + " " + "snake_case_words".replaceAll("_([a-z])", "$1") + " " + String.join("|", "XMLHttpRequestParser".split("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")));
        System.out.println(all("(?<!\\d)\\d{3}(?!\\d)", "12 123 1234 456") + " " + all("q(?!u)", "quit qatar iraq"));
    }
}
