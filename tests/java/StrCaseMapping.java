// toUpperCase/toLowerCase over every Latin-1 character (including ß -> SS, ÿ -> Ÿ,
// µ -> Μ), Character.toUpperCase/toLowerCase/toTitleCase, isUpperCase/isLowerCase,
// Locale.ROOT forms; strings that grow when upper-cased.
import java.util.Locale;

public class StrCaseMapping {
    public static void main(String[] args) {
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c < 0x100; c++) if (c < 0x7f || c > 0x9f) all.append(c);
        String s = all.toString();
        String up = s.toUpperCase(Locale.ROOT), lo = s.toLowerCase(Locale.ROOT);
        System.out.println(s.length() + " " + up.length() + " " + lo.length());
        System.out.println(up);
        System.out.println(lo);
        StringBuilder diffs = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            char u = Character.toUpperCase(c), l = Character.toLowerCase(c), t = Character.toTitleCase(c);
            if (u != c || l != c || t != u) diffs.append(Integer.toHexString(c)).append(':').append(Integer.toHexString(u)).append('/').append(Integer.toHexString(l)).append(t != u ? "/t" + Integer.toHexString(t) : "").append(' ');
        }
        System.out.println(diffs.toString().hashCode() + " " + diffs.length());
        System.out.println(diffs.substring(diffs.length() - 200));
        System.out.println("straße".toUpperCase() + " " + "STRASSE".toLowerCase() + " " + "ßß".toUpperCase().length() + " " + "ÿ".toUpperCase() + " " + "µ".toUpperCase().equals("\u039C"));
        System.out.println("Hello, World! 123".toUpperCase() + " " + "Hello, World! 123".toLowerCase() + " " + "ΑΒΓ".toLowerCase() + " " + "привет".toUpperCase());
        System.out.println(Character.toUpperCase(0x1F600) + " " + Character.toUpperCase('ÿ') + " " + (int) Character.toUpperCase('µ') + " " + Character.toLowerCase('İ') + " " + Character.toUpperCase('ı'));
        int upper = 0, lower = 0, title = 0;
        for (char c = 0; c < 0x100; c++) {
            if (Character.isUpperCase(c)) upper++;
            if (Character.isLowerCase(c)) lower++;
            if (Character.isTitleCase(c)) title++;
        }
        System.out.println(upper + " " + lower + " " + title + " " + Character.isUpperCase('ª') + " " + Character.isLowerCase('ª') + " " + Character.isLowerCase('ß'));
        String mixed = "tHiS iS MiXeD";
        StringBuilder swapped = new StringBuilder();
        for (char c : mixed.toCharArray()) swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        System.out.println(swapped + " " + "abc".toUpperCase().equals("ABC"));
    }
}
