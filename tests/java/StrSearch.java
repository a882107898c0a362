// Searching: indexOf/lastIndexOf with chars, code points and strings, from-indexes out of
// range (negative, past the end), empty needles, contains, startsWith/endsWith with
// offsets, matches, and a naive search cross-checked against indexOf.
public class StrSearch {
    public static void main(String[] args) {
        String s = "mississippi";
        System.out.println(s.indexOf('s') + " " + s.indexOf('s', 4) + " " + s.indexOf('s', -5) + " " + s.indexOf('s', 100) + " " + s.lastIndexOf('s') + " " + s.lastIndexOf('s', 4) + " " + s.lastIndexOf('s', 100) + " " + s.lastIndexOf('s', -1));
        System.out.println(s.indexOf("ss") + " " + s.indexOf("ss", 3) + " " + s.indexOf("issip") + " " + s.lastIndexOf("ss") + " " + s.lastIndexOf("ss", 4) + " " + s.indexOf("") + " " + s.indexOf("", 5) + " " + s.indexOf("", 50) + " " + s.lastIndexOf("", 50) + " " + s.lastIndexOf("", -3));
        String u = "a\uD83D\uDE00b\uD83D\uDE00";
        System.out.println(u.indexOf(0x1F600) + " " + u.lastIndexOf(0x1F600) + " " + u.indexOf(0xDE00) + " " + u.indexOf("\uDE00b") + " " + u.indexOf(0x110000));
        System.out.println(s.contains("sip") + " " + s.contains("") + " " + s.startsWith("miss") + " " + s.startsWith("ss", 2) + " " + s.startsWith("", 11) + " " + s.startsWith("", 12) + " " + s.endsWith("pi") + " " + s.endsWith(s));
        System.out.println(s.matches("m(iss)+ippi") + " " + s.matches("iss") + " " + "2024".matches("\\d{4}") + " " + "".matches("a*") + " " + "ABC".matches("(?i)abc"));
        String hay = "abababcabababcababc".repeat(20);
        String[] needles = {"abc", "ababc", "cab", "bca", "abababa", "x", "c", "ababcababab"};
        for (String n : needles) {
            int count = 0, naive = 0;
            for (int i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) count++;
            for (int i = 0; i + n.length() <= hay.length(); i++) if (hay.regionMatches(i, n, 0, n.length())) naive++;
            System.out.print(n + ":" + count + (count == naive ? "" : "!=" + naive) + " ");
        }
        System.out.println();
        System.out.println("Hello".charAt(0) + "" + "Hello".charAt(4) + " " + "hello world".indexOf('o', "hello world".indexOf('o') + 1) + " " + "a,b,,c".chars().filter(c -> c == ',').count());
    }
}
