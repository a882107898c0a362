// String case mapping beyond Latin-1 as the JDK (ROOT rules): special
// casings that change length (ß, ŉ, ﬀ, ΐ, ǰ, ᾳ...), İ, final sigma in its
// word contexts, title case chars, supplementary letters; and ignore-case
// comparison of supplementary characters (compareToIgnoreCase,
// equalsIgnoreCase, regionMatches).
import java.util.*;

public class LibStrUnicodeCase {
    static String hex(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(sb.length() == 0 ? "" : " ").append(Integer.toHexString(cp)));
        return sb.toString();
    }

    public static void main(String[] args) {
        String[] words = {"straße", "ŉ", "ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ", "ΐ ΰ ǰ ẖ ẗ ẘ ẙ ẚ", "ᾳ ᾼ ῳ ῼ ᾀ ᾈ", "և ﬓ", "İstanbul", "ıi", "ǅungla ǈ ǋ ǲ", "ΟΔΥΣΣΕΥΣ",
                          "Σ", "ΑΣ", "ΣΑ", "Α Σ", "ΑΣ ΒΣ.", "ΑΣ1Β", "ΑΣ_Β", "Α\u0301Σ", "ΑΣ'Β", "ΑΣ.Β", "ΑΣ-Β", "ΑΣ--Β", "Α\u200dΣ", "日Σ",
                          "\uD801\uDC00\uD801\uDC28", "\uD801\uDC00bc", "abc\uD83D\uDE00", "Ⓐⓐ", "ⅷⅧ", "ǆ", "ﬀi"};
        for (String w : words) {
            String u = w.toUpperCase(), l = w.toLowerCase();
            System.out.println(w + " -> " + u + " (" + u.length() + ") " + l + " (" + l.length() + ") " + w.toUpperCase(Locale.ROOT).equals(u)
                    + " " + hex(l));
        }
        StringBuilder grow = new StringBuilder();
        for (int cp = 0x80; cp < 0x10000; cp++) {
            String s = String.valueOf((char) cp);
            if (Character.isSurrogate((char) cp)) continue;
            if (s.toUpperCase().length() > 1) grow.append(Integer.toHexString(cp)).append(' ');
        }
        System.out.println("grow when upper-cased: " + grow);
        long h = 0;
        for (int cp = 0; cp <= 0x1FFFF; cp += 3) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            String s = new String(Character.toChars(cp));
            h = h * 31 + s.toUpperCase().hashCode();
            h = h * 31 + s.toLowerCase().hashCode();
            h = h * 31 + Character.toTitleCase(cp);
        }
        System.out.println("case hash " + h);
        String[] cmp = {"a", "A", "\uD801\uDC00", "\uD801\uDC28", "x\uD801\uDC00y", "X\uD801\uDC28Y", "\uD83D\uDE00", "\uFFFF", "\uD801", "\uDC00", "é", "É", "ß", "SS",
                        "ǅ", "ǆ", "Ǆ", "İ", "i", "ı", "I", "a\uD83D\uDE00", "A\uD83D\uDE01", "Σ", "ς", "σ", "ſ", "S", "K", "\u212A"};
        for (String x : cmp) {
            StringBuilder sb = new StringBuilder();
            for (String y : cmp) sb.append(Integer.signum(x.compareToIgnoreCase(y))).append(x.equalsIgnoreCase(y) ? "=" : "").append(' ');
            System.out.println(hex(x) + ": " + sb + x.compareToIgnoreCase("\uFFFF"));
        }
        System.out.println("x\uD801\uDC00y".regionMatches(true, 1, "\uD801\uDC28", 0, 2) + " " + "x\uD801\uDC00y".regionMatches(true, 2, "\uD801\uDC28", 1, 1) + " "
                + "\uD801\uDC00".regionMatches(true, 0, "\uD801\uDC28", 0, 1) + " " + "ΑΒΓ".regionMatches(true, 0, "αβγ", 0, 3));
        List<String> l = new ArrayList<>(List.of("\uD801\uDC28b", "\uD801\uDC00a", "\uFFFFz", "zz", "Éa", "éb", "\uD83D\uDE00"));
        l.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(hex(String.join(",", l)));
    }
}
