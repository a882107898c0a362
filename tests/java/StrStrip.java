// trim (chars <= U+0020) against strip (Character.isWhitespace, so Unicode spaces but
// not NBSP), stripLeading/Trailing, isBlank, isEmpty, indent, stripIndent,
// translateEscapes.
public class StrStrip {
    static String show(String s) {
        StringBuilder sb = new StringBuilder("[");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
        }
        return sb.append(']').toString();
    }

    public static void main(String[] args) {
        String[] ins = {"  x  ", "\t\n x \r\f", "\u2000x\u3000", "\u00a0x\u00a0", "\u0001x\u001f", "\u001cx\u001d", "", "   ", "\u2028\u2029", "x", " a b ", "\u0085x\u0085", "\u200bx"};
        for (String s : ins)
            System.out.println(show(s) + " trim" + show(s.trim()) + " strip" + show(s.strip()) + " lead" + show(s.stripLeading()) + " trail" + show(s.stripTrailing())
                    + " blank=" + s.isBlank() + " empty=" + s.isEmpty());
        System.out.println(show("a\nb\n".indent(2)) + " " + show("    a\n  b".indent(-2)) + " " + show("a\r\nb".indent(0)) + " " + show("".indent(3)));
        System.out.println(show("   line1\n     line2\n   line3  ".stripIndent()) + " " + show("  x\n\n  y\n".stripIndent()));
        System.out.println(show("tab\\tnl\\nq\\\"s\\'bs\\\\oct\\101\\0end\\s.".translateEscapes()));
        try { "bad\\q".translateEscapes(); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(Character.isWhitespace('\u00a0') + " " + Character.isWhitespace('\u2000') + " " + Character.isSpaceChar('\u00a0') + " " + Character.isWhitespace('\u001c') + " " + Character.isWhitespace('\u0085'));
    }
}
