// More String methods: regionMatches, lastIndexOf with from, indexOf(String, from),
// chars of empty strings, equals/contentEquals, compareTo on prefixes, concat chains,
// toString of char arrays via valueOf, codePoints of ASCII.
public class Strings2 {
    public static void main(String[] args) {
        String s = "abracadabra";
        System.out.println(s.indexOf("abra", 1) + " " + s.lastIndexOf("abra", 6) + " " + s.lastIndexOf('a', 5) + " " + s.indexOf('a', 100) + " " + s.lastIndexOf('a', -1) + " " + s.indexOf("", 3) + " " + s.lastIndexOf(""));
        System.out.println(s.regionMatches(7, "abra", 0, 4) + " " + s.regionMatches(true, 0, "ABRA", 0, 4) + " " + s.regionMatches(0, "ABRA", 0, 4));
        System.out.println("".length() + " " + "".isEmpty() + " " + "".equals(new String()) + " " + "".hashCode() + " " + "".compareTo("a") + " " + "a".compareTo(""));
        System.out.println("abc".contentEquals("abc") + " " + "abc".contentEquals(new StringBuilder("abc")) + " " + "ab".concat("").concat("cd"));
        System.out.println(s.replace("a", "") + " " + s.replace("", "-").length() + " " + s.toUpperCase().toLowerCase().equals(s));
        System.out.println(s.startsWith("") + " " + s.endsWith("") + " " + s.startsWith("abra", 7) + " " + s.startsWith("abra", -1));
        System.out.println(String.valueOf(new char[]{'o', 'k'}) + " " + String.copyValueOf(new char[]{'a', 'b', 'c'}, 1, 2) + " " + new String(new byte[]{72, 105}) + " " + new String(new byte[]{65, 66, 67}, 1, 2));
        System.out.println(s.indexOf("cad") + " " + "x".compareTo("xx") + " " + "b".compareTo("abc"));
        String t = "  \t trim me \n ";
        System.out.println("[" + t.trim() + "] [" + t.strip() + "] " + t.isBlank() + " " + "a b c".replace(' ', '_'));
        System.out.println("Hello".charAt(4) + "" + "Hello".codePointAt(0) + " " + "Hello".toLowerCase().indexOf('l') + " " + "x".repeat(3).concat("y"));
    }
}
