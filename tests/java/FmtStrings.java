// %s %S (width, precision truncation, - flag, null), %b %B (null false, any non-null
// non-Boolean true), %c %C (char, int code points, supplementary), %% and %n with width.
public class FmtStrings {
    record R(int a) {}

    public static void main(String[] args) {
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%-10.4s] [%S] [%s]", "hello", "hello", "hello", "hello", "hello", "hello", "hello", null));
        System.out.println(String.format("[%s] [%s] [%s] [%s] [%.1s] [%S]", 42, 2.5, 'c', new R(3), true, new R(4)));
        System.out.println(String.format("[%s] [%5s] [%-6S] [%.0s] [%s]", "", null, null, "gone", java.util.List.of(1, 2)));
        System.out.println(String.format("%b %b %b %b %b %B %5b|%-6b|%.2b", true, false, null, "false", 0, true, false, true, true));
        System.out.println(String.format("%c %c %c %C %c %c [%3c] [%-3c]", 'a', 65, (byte) 66, 'x', 0x1F600, (short) 0x3A9, 'z', 'z'));
        System.out.println(String.format("%c%c%c", 'ß', 'é', 0x65E5) + " " + String.format("%C", 'ß') + " " + String.format("%S", "straße"));
        System.out.println(String.format("100%% [%5%] [%-5%] %n", new Object[0]).replace("\n", "\\n"));
        System.out.println(String.format("%s", (Object) new String[]{"a"}).startsWith("[Ljava.lang.String;@"));
        System.out.println(String.format("%s and %s", "a", "b", "unused") + " " + String.format("no specifiers", 1, 2));
        System.out.println(String.format("%-5s|%5s|", "toolong", "toolong") + String.format("%3.1s|", "xyz"));
        System.out.println(String.format("%s %s %s", 1.0f, 1e10, 100.0) + " " + String.format("%s", 0.1 + 0.2));
        StringBuilder sb = new StringBuilder();
        for (int w = 1; w <= 8; w++) sb.append(String.format("[%" + w + "s]", "abc"));
        System.out.println(sb);
    }
}
