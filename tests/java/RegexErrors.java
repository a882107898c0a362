// PatternSyntaxException for malformed patterns: description, index, pattern, and the
// multi-line message with its caret; printed for unclosed groups and classes, dangling
// metacharacters, bad escapes, bad repetition, unknown named groups and bad ranges.
import java.util.regex.*;

public class RegexErrors {
    public static void main(String[] args) {
        String[] bad = {"(abc", "abc)", "[abc", "*a", "a**", "+", "a{2,1}", "a{", "\\k<nope>", "(?<n>a)(?<n>b)", "[z-a]", "\\p{NoSuchProperty}", "(?<1a>x)", "a{99999999999}", "(?z)", "x++++", "\\xZZ", "\\u12", "[]"};
        for (String re : bad) {
            try {
                Pattern.compile(re);
                System.out.println(re + " compiled");
            } catch (PatternSyntaxException e) {
                System.out.println(re + " -> [" + e.getDescription() + "] index=" + e.getIndex() + " pattern=" + e.getPattern());
                System.out.println("  " + e.getMessage().replace("\n", "\n  "));
            }
        }
        try { "abc".matches("(?<x"); } catch (PatternSyntaxException e) { System.out.println("String.matches: " + e.getDescription()); }
        try { "abc".split("["); } catch (PatternSyntaxException e) { System.out.println("String.split: " + e.getDescription()); }
        try { Pattern.compile("a", 0x40000000); } catch (IllegalArgumentException e) { System.out.println("bad flags: " + e.getClass().getSimpleName()); }
    }
}
