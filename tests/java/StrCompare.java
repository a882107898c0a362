// compareTo returns the char difference or the length difference; compareToIgnoreCase,
// equalsIgnoreCase and regionMatches(ignoreCase) on Latin-1 and beyond;
// CASE_INSENSITIVE_ORDER sorting; contentEquals.
import java.util.*;

public class StrCompare {
    public static void main(String[] args) {
        String[][] pairs = {{"a", "b"}, {"b", "a"}, {"abc", "abd"}, {"abc", "ab"}, {"ab", "abcde"}, {"", "x"}, {"A", "a"}, {"Z", "a"}, {"é", "e"}, {"日", "a"},
                            {"apple", "Apple"}, {"\uD83D\uDE00", "\uFFFF"}, {"same", "same"}, {"ß", "SS"}, {"\u0130", "i"}, {"ÿ", "Ÿ"}};
        for (String[] p : pairs)
            System.out.println(p[0] + " vs " + p[1] + ": " + p[0].compareTo(p[1]) + " " + p[0].compareToIgnoreCase(p[1]) + " " + p[0].equalsIgnoreCase(p[1]) + " " + p[0].equals(p[1]));
        System.out.println("Hello World".regionMatches(6, "world", 0, 5) + " " + "Hello World".regionMatches(true, 6, "WORLD", 0, 5) + " " + "abc".regionMatches(true, 1, "XBC", 1, 2)
                + " " + "abc".regionMatches(0, "abc", 0, 10) + " " + "abc".regionMatches(-1, "abc", 0, 1) + " " + "abc".regionMatches(0, "abc", 0, -1) + " " + "ÉCOLE".regionMatches(true, 0, "école", 0, 5));
        List<String> l = new ArrayList<>(List.of("banana", "Apple", "cherry", "apple", "Banana", "APPLE", "éclair", "Eclair", "zebra", "Zebra", "_", "1"));
        l.sort(null);
        System.out.println(l);
        l.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(l);
        l.sort(Comparator.comparing(String::length).thenComparing(String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.reverseOrder()));
        System.out.println(l);
        System.out.println("abc".contentEquals("abc") + " " + "abc".contentEquals(new StringBuffer("abc")) + " " + "abc".contentEquals(new StringBuilder("abd")) + " " + "ABC".equalsIgnoreCase(null));
        System.out.println("a".compareTo("a\u0000") + " " + "\u0000".compareTo("") + " " + "Ω".compareToIgnoreCase("ω") + " " + "µ".equalsIgnoreCase("Μ") + " " + "ſ".equalsIgnoreCase("s") + " " + "K".equalsIgnoreCase("\u212A"));
    }
}
