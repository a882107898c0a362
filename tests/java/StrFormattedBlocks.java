// Text blocks with formatted(), indentation stripping, trailing-space and escape rules
// (\s, \<newline>), String.format with the same arguments, and lines()/strip over them.
public class StrFormattedBlocks {
    public static void main(String[] args) {
        String tpl = """
                Dear %s,
                  your balance is %,.2f (%+d%% since %s).
                \tTab and \"quotes\" and trailing\s
                joined \
                line
                """;
        String out = tpl.formatted("Ann", 12345.678, -3, "May");
        System.out.print(out.replace("\t", "<TAB>").replace(" \n", "<SP>\n"));
        System.out.println(out.equals(String.format(tpl, "Ann", 12345.678, -3, "May")) + " " + out.lines().count() + " " + tpl.length());
        String json = """
            {
              "k": [1, 2, 3],
              "nested": { "a": "b" }
            }""";
        System.out.println(json.lines().map(String::strip).reduce("", String::concat) + " " + json.endsWith("}") + " " + json.indexOf('\n'));
        String html = """
              <ul>
                <li>%s</li>
              </ul>
            """.formatted("item");
        System.out.print(html);
        System.out.println("""
            a\
            b\
            c""" + "|" + """
            \u0041\\n""" + "|" + "%s-%S-%c".formatted("x", "y", 'z'));
    }
}
