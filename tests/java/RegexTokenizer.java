// A regex-driven lexer: alternation of named token groups matched with lookingAt over
// a moving region, for an arithmetic language with numbers, identifiers, strings with
// escapes, operators and comments; then a CSV line splitter honouring quotes.
import java.util.*;
import java.util.regex.*;

public class RegexTokenizer {
    static final Pattern TOK = Pattern.compile(
            "(?<ws>\\s+)|(?<comment>//[^\\n]*)|(?<num>\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)|(?<id>[A-Za-z_]\\w*)|(?<str>\"(?:\\\\.|[^\"\\\\])*\")|(?<op>==|!=|<=|>=|&&|\\|\\||[-+*/%=<>!(){};,])");
    static final String[] KINDS = {"comment", "num", "id", "str", "op"};

    public static void main(String[] args) {
        String src = "let x1 = 3.14e2 * (y + 42); // compute\nif (x1 >= 10 && name != \"a \\\"q\\\" b\") { print(\"ok\", x1 % 7); }\n$bad";
        Matcher m = TOK.matcher(src);
        int pos = 0;
        List<String> toks = new ArrayList<>();
        while (pos < src.length()) {
            m.region(pos, src.length());
            if (!m.lookingAt()) { toks.add("ERROR@" + pos + ":" + src.charAt(pos)); pos++; continue; }
            if (m.group("ws") == null)
                for (String k : KINDS) if (m.group(k) != null) { toks.add(k + ":" + m.group(k)); break; }
            pos = m.end();
        }
        for (int i = 0; i < toks.size(); i += 8) System.out.println(String.join("  ", toks.subList(i, Math.min(toks.size(), i + 8))));
        Pattern csv = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)");
        String[] rows = {"a,b,c", "\"quoted, with comma\",plain,\"with \"\"escaped\"\" quotes\"", ",,", "single", "\"\",x"};
        for (String row : rows) {
            List<String> fields = new ArrayList<>();
            Matcher c = csv.matcher(row);
            int at = 0;
            while (at <= row.length()) {
                c.region(at, row.length());
                c.lookingAt();
                fields.add(c.group(1) != null ? c.group(1).replace("\"\"", "\"") : c.group(2));
                at = c.end() + 1;
            }
            System.out.println(fields.size() + " " + fields);
        }
    }
}
