// replace(char,char), replace(CharSequence,CharSequence) including empty targets,
// replaceAll/replaceFirst with groups ($1, ${name}), escaped $ and \, quoteReplacement,
// and the errors a bad replacement string raises.
import java.util.regex.*;

public class StrReplace {
    public static void main(String[] args) {
        String s = "the cat sat on the mat";
        System.out.println(s.replace('a', 'o') + " | " + s.replace("the", "a") + " | " + s.replace("", "-") + " | " + "aaa".replace("aa", "b") + " | " + s.replace("zzz", "y"));
        System.out.println(s.replaceAll("(\\w)at", "$1og") + " | " + s.replaceFirst("\\bthe\\b", "THE") + " | " + s.replaceAll("(?<first>\\w)(\\w*)", "${first}.") + " | " + s.replaceAll("\\s+", ""));
        System.out.println("a.b.c".replaceAll(".", "x") + " " + "a.b.c".replace(".", "x") + " " + "a.b.c".replaceAll("\\.", "\\$") + " " + "cost".replaceAll("cost", Matcher.quoteReplacement("$5\\each")));
        System.out.println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1") + " " + "aaa".replaceAll("a*", "X") + " " + "abc".replaceAll("", "-") + " " + "abc".replaceAll("x*", "_"));
        System.out.println("Hello World".replaceAll("(?i)[aeiou]", "*") + " " + "tab\there".replace("\t", "\\t") + " " + "x".replaceAll("x", "\\\\"));
        try { "abc".replaceAll("b", "$2"); } catch (IndexOutOfBoundsException e) { System.out.println("bad group: " + e.getMessage()); }
        try { "abc".replaceAll("b", "$"); } catch (IllegalArgumentException e) { System.out.println("lone $: " + e.getMessage()); }
        try { "abc".replaceAll("b", "\\"); } catch (IllegalArgumentException e) { System.out.println("trailing \\: " + e.getMessage()); }
        try { "abc".replaceAll("(?<n>b)", "${m}"); } catch (IllegalArgumentException e) { System.out.println("unknown name: " + e.getMessage()); }
        System.out.println(Pattern.compile("o").matcher("foo boo").replaceAll(r -> String.valueOf(r.start())) + " " + Pattern.compile("(\\d+)").matcher("a1b22").replaceAll(r -> "<" + Integer.parseInt(r.group(1)) * 2 + ">"));
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("\\$\\{(\\w+)\\}").matcher("Hi ${name}, you owe ${amount}. ${missing}!");
        java.util.Map<String, String> vars = java.util.Map.of("name", "Ann", "amount", "$10");
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(vars.getOrDefault(m.group(1), "?")));
        m.appendTail(sb);
        System.out.println(sb);
        String big = "ab".repeat(500);
        System.out.println(big.replace("ba", "").length() + " " + big.replaceAll("a(b)", "$1$1").length() + " " + big.replace('a', 'b').chars().distinct().count());
    }
}
