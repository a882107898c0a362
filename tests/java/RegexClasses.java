// Character classes: ranges, negation, union and intersection ([a-z&&[^aeiou]]),
// predefined \d \D \w \W \s \S \h \v, POSIX \p{Alpha} \p{Punct} \p{XDigit}, Unicode
// \p{L} \p{Lu} \p{IsGreek} \p{InBasicLatin}, escapes inside classes, and '.' with
// line terminators and surrogate pairs.
import java.util.regex.*;

public class RegexClasses {
    static String keep(String re, String in) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile(re).matcher(in);
        while (m.find()) sb.append(m.group());
        return sb.toString();
    }

    public static void main(String[] args) {
        String s = "Hello, World! 123 _x-y ÄéΩж\t\u00a0\u2003日本 \uD83D\uDE00.";
        String[] res = {"[a-z]", "[^a-z]", "[A-Za-z0-9]", "[a-z&&[^aeiou]]", "[a-z&&[def]]", "[a-c[x-z]]", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "\\h", "\\p{Alpha}", "\\p{Punct}",
                        "\\p{XDigit}", "\\p{L}", "\\p{Lu}", "\\p{Ll}", "\\p{IsGreek}", "\\p{IsCyrillic}", "\\p{InBasicLatin}", "\\P{InBasicLatin}", "\\p{IsAlphabetic}", "\\p{N}", "\\p{Sc}", "[\\-\\]\\\\^]", "[-.]", "."};
        for (String re : res) System.out.println(String.format("%-20s", re) + " [" + keep(re, s).replace("\t", "\\t").replace("\u00a0", "\\u00a0").replace("\u2003", "\\u2003") + "]");
        String lines = "a\nb\r\nc\u0085d\u2028e";
        System.out.println(keep(".", lines) + " " + keep("(?s).", lines).length() + " " + keep("\\R", lines).length() + " " + Pattern.compile("\\R").matcher(lines).results().count() + " " + keep("(?d).", lines).length());
        System.out.println(keep("\\p{javaLowerCase}", "aBcD") + " " + keep("\\p{javaWhitespace}", "a b\u00a0c\u2003").length() + " " + keep("[\\x41-\\x43]", "ABCD") + " " + keep("\\x{1F600}", "x\uD83D\uDE00y") + " " + keep("\\u00e9", "café") + " " + keep("\\0101", "A"));
        System.out.println(keep("\\p{Upper}", "AbÄ") + " " + keep("(?U)\\p{Upper}", "AbÄ") + " " + keep("\\w", "é1_") + " " + keep("(?U)\\w", "é1_") + " " + keep("(?U)\\d", "1\u0663"));
        System.out.println(keep("[\\p{L}&&[^\\p{Lu}]]", "aBcÄé") + " " + keep("[^\\s\\d]", "a 1 b 2") + " " + keep("[.]", "a.b") + " " + keep("[$^]", "a$^b") + " " + keep("\\Q.*\\E", "x.*y"));
    }
}
