// String.indent, stripIndent and translateEscapes: line terminators,
// blank lines, a last line that closes the block, tabs and Unicode white
// space, negative and huge shifts, every escape and the invalid ones.
public class LibStrIndent {
    static String show(String s) {
        return "[" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u2003", "\\u2003").replace("\u00a0", "\\u00a0") + "]";
    }

    public static void main(String[] args) {
        String[] ss = {"", "a", "  a\n    b\n  c", "  a\n    b\n  c\n", "\ta\n\t\tb", "   \n  x  \n   ", "  x\r\n  y\r  z", "x\n\n\n", "\n", "  \n",
                       " a\u2003\n  b\u00a0 ", "\u2003 a\n\u2003b", "    a\n  ", "a\n  ", "  a\n\n    b\n   ", "\r\n\r\n", "   only"};
        for (String s : ss) {
            System.out.println(show(s));
            System.out.println("  stripIndent " + show(s.stripIndent()));
            System.out.println("  indent 2 " + show(s.indent(2)) + " -1 " + show(s.indent(-1)) + " -9 " + show(s.indent(-9)) + " min " + show(s.indent(Integer.MIN_VALUE))
                    + " 0 " + show(s.indent(0)));
        }
        String block = """
                SELECT *
                  FROM t
                 WHERE x = 1
                """;
        System.out.println(show(block) + " " + show(block.indent(4)) + " " + show(block.stripIndent()));
        String[] es = {"a\\tb", "\\", "x\\", "\\q", "\\u0041", "\\0", "\\377", "\\400", "\\1234", "\\8", "a\\\nb", "a\\\r\nb", "a\\\rb", "\\s\\b\\f\\r\\'\\\"", "\\\u00e9", "\\\\n",
                       "oct\\7\\77\\101x"};
        for (String e : es) {
            try {
                String t = e.translateEscapes();
                StringBuilder codes = new StringBuilder();
                for (char c : t.toCharArray()) codes.append((int) c).append(' ');
                System.out.println(show(e) + " -> " + codes);
            } catch (IllegalArgumentException ex) {
                System.out.println(show(e) + " -> " + ex.getMessage().replace("\0", "NUL"));
            }
        }
    }
}
