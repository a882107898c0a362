// Text blocks, escapes, and string constants with unusual characters.
public class TextBlocks {
    public static void main(String[] args) {
        String tb = """
            Hello,
              indented "quotes" \
            joined line
            tab\there
            trailing space:\s
            end""";
        System.out.println(tb);
        System.out.println(tb.length());
        String esc = "backslash \\ quote \" apostrophe \' octal \101\7 unicode \u00e9 nul[\0]";
        System.out.println(esc.length());
        for (char c : esc.toCharArray()) if (c < 32 || c > 126) System.out.print((int) c + " ");
        System.out.println();
        System.out.println("line1\nline2\r\nline3");
    }
}
