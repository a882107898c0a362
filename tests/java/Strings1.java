// String basics: length, charAt, substring, indexOf, compareTo, equalsIgnoreCase,
// case, trim/strip, replace, startsWith, concat, isEmpty, toCharArray, valueOf.
public class Strings1 {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(0) + s.charAt(11) + " " + s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(3, 3) + "|");
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.lastIndexOf('o') + " " + s.indexOf("World") + " " + s.indexOf("xyz") + " " + s.lastIndexOf("l") + " " + s.indexOf('z'));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " " + "same".compareTo("same") + " " + "A".compareToIgnoreCase("a"));
        System.out.println("HeLLo".equalsIgnoreCase("hello") + " " + "x".equals("X") + " " + "HeLLo".toUpperCase() + " " + "HeLLo".toLowerCase());
        System.out.println("[" + "  pad \t".trim() + "][" + "  x  ".strip() + "][" + "  x  ".stripLeading() + "][" + "  x  ".stripTrailing() + "]");
        System.out.println("banana".replace('a', 'o') + " " + "banana".replace("an", "AN") + " " + "aaa".replace("a", "bb"));
        System.out.println("prefix".startsWith("pre") + " " + "prefix".endsWith("fix") + " " + "prefix".startsWith("fix", 3) + " " + "abc".contains("bc"));
        System.out.println("con".concat("cat") + " " + "".isEmpty() + " " + " ".isBlank() + " " + "x".repeat(5) + " " + "ab".repeat(0).length());
        char[] cs = "chars".toCharArray();
        System.out.println(cs.length + " " + cs[4] + " " + String.valueOf(cs) + " " + String.valueOf(cs, 1, 2) + " " + new String(cs, 0, 2));
        System.out.println(String.valueOf(1) + String.valueOf(2L) + String.valueOf(1.5f) + String.valueOf(2.5) + String.valueOf(true) + String.valueOf('c') + String.valueOf((Object) null));
        System.out.println("a,b,,c".indexOf(",,") + " " + "Mississippi".lastIndexOf("ss") + " " + "Mississippi".indexOf("ss", 3) + " " + "abc".charAt(1));
        try { "abc".charAt(5); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { "abc".substring(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        System.out.println("hash " + "".hashCode() + " " + "a".hashCode() + " " + "hello world".hashCode() + " " + "Polygenelubricants".hashCode());
        CharSequence seq = "sequence";
        System.out.println(seq.length() + " " + seq.charAt(2) + " " + seq.subSequence(0, 3) + " " + seq.toString());
        System.out.println(String.join("-", "a", "b", "c") + " " + "  ".isEmpty() + " " + "a\tb".length());
        System.out.println("Straße".length() + " " + "ÄÖÜ".toLowerCase().equals("äöü") + " " + (int) "é".charAt(0));
    }
}
