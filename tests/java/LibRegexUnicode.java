// Regex Unicode classes by script and block (\p{IsGreek}, \p{InGreek},
// \p{sc=Grek}, \p{blk=...}, spellings and case), general categories with
// gc=, \N{name}, and the messages of unknown names.
import java.util.regex.*;

public class LibRegexUnicode {
    public static void main(String[] args) {
        String in = "aΩж日ABC1 \u0301ᾳ𐐀ـ٣ЖΣπ é\uD83D\uDE00ｱ한";
        String[] res = {"\\p{IsGreek}", "\\p{InGreek}", "\\p{IsLatin}", "\\p{InBasicLatin}", "\\p{InBASIC_LATIN}", "\\p{In Basic Latin}", "\\p{InGreek and Coptic}",
                        "\\p{sc=Greek}", "\\p{script=Cyrillic}", "\\p{sc=Grek}", "\\p{SC=Han}", "\\p{blk=Greek}", "\\p{block=CJK Unified Ideographs}", "\\p{Isgreek}",
                        "\\p{IsGrek}", "\\p{IsHan}", "\\p{IsCommon}", "\\p{IsInherited}", "\\p{IsLu}", "\\p{gc=Lu}", "\\p{general_category=L}", "\\P{IsLatin}",
                        "[\\p{IsGreek}\\p{IsCyrillic}]+", "[^\\p{IsLatin}\\p{IsCommon}]", "[\\p{L}&&[^\\p{IsLatin}]]", "\\p{IsDeseret}", "(?i)\\p{IsGreek}", "\\p{IsArabic}",
                        "\\p{InArabic}", "\\p{IsHangul}", "\\p{IsKatakana}", "\\p{InHalfwidth and Fullwidth Forms}", "\\p{InEmoticons}", "\\p{isgreek}", "\\p{inGreek}",
                        "\\p{Greek}", "\\p{InFoo}", "\\p{IsFoo}", "\\p{sc=Foo}", "\\p{blk=Foo}", "\\p{foo=Greek}", "\\p{gc=Foo}", "\\p{}", "\\p{In}", "\\p{=Greek}",
                        "\\p{sc=}", "\\N{LATIN SMALL LETTER A}", "\\N{greek small letter pi}+", "[\\N{LATIN CAPITAL LETTER A}-\\N{LATIN CAPITAL LETTER C}]+",
                        "\\N{GRINNING FACE}", "\\N{NOPE}", "\\N", "\\Nx", "\\N{abc", "\\N{}"};
        for (String re : res) {
            try {
                Matcher m = Pattern.compile(re).matcher(in);
                StringBuilder sb = new StringBuilder();
                while (m.find()) sb.append(m.group()).append('|');
                System.out.println(re + " -> " + sb);
            } catch (PatternSyntaxException e) {
                System.out.println(re + " !! " + e.getDescription() + " @" + e.getIndex());
            }
        }
        System.out.println("Ωμέγα and Привет and Hello".replaceAll("\\p{IsGreek}+", "<el>").replaceAll("\\p{InCyrillic}+", "<ru>"));
        System.out.println(String.join(",", "abcΔδεжзи".split("(?<=\\p{IsLatin})(?=\\P{IsLatin})|(?<=\\p{IsGreek})(?=\\P{IsGreek})")));
    }
}
