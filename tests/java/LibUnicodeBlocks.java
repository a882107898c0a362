// Character.UnicodeBlock and Character.UnicodeScript: of() over a sample of
// every plane, forName with the spellings the JDK accepts (Java names,
// Unicode names with and without spaces, script aliases, any case), their
// messages, identity, toString, enum order.
import java.util.*;

public class LibUnicodeBlocks {
    public static void main(String[] args) {
        long hb = 0, hs = 0;
        int nullBlocks = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += 61) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (b == null) nullBlocks++;
            hb = hb * 31 + (b == null ? 1 : b.toString().hashCode());
            hs = hs * 31 + Character.UnicodeScript.of(cp).ordinal();
        }
        System.out.println("blocks " + hb + " (" + nullBlocks + " none), scripts " + hs);
        int[] cps = {'A', 0xE9, 0x3A9, 0x416, 0x5D0, 0x627, 0x660, 0x905, 0xE01, 0x3042, 0x30A2, 0x4E00, 0xAC00, 0xD800, 0xDC00, 0xE000, 0xFF21, 0x10400,
                     0x1F600, 0x20000, 0xE0041, 0x10FFFF, 0x0301, 0x0640, 0x2070};
        for (int cp : cps)
            System.out.println(Integer.toHexString(cp) + " " + Character.UnicodeBlock.of(cp) + " " + Character.UnicodeScript.of(cp));
        System.out.println(Character.UnicodeBlock.of('a') + " " + Character.UnicodeBlock.of((char) 0x3A9) + " " + (Character.UnicodeBlock.of('a') == Character.UnicodeBlock.BASIC_LATIN));
        String[] blocks = {"BASIC_LATIN", "Basic Latin", "BasicLatin", "basic_latin", "BASICLATIN", "Basic_Latin ", "Greek", "Greek and Coptic", "GreekAndCoptic",
                           "GREEK_AND_COPTIC", "Latin-1 Supplement", "Latin-1Supplement", "LATIN_1_SUPPLEMENT", "Latin 1 Supplement", "Cyrillic Supplement",
                           "CYRILLIC_SUPPLEMENTARY", "Combining Diacritical Marks for Symbols", "COMBINING_MARKS_FOR_SYMBOLS", "SURROGATES_AREA",
                           "High Surrogates", "CJK Unified Ideographs Extension A", "Emoticons", "Supplementary Private Use Area-A", "Nope", ""};
        for (String n : blocks) {
            try {
                System.out.println("block [" + n + "] " + Character.UnicodeBlock.forName(n));
            } catch (IllegalArgumentException e) {
                System.out.println("block [" + n + "] " + e.getMessage());
            }
        }
        String[] scripts = {"LATIN", "latin", "Latn", "LATN", "Greek", "Grek", "Zyyy", "Zinh", "Qaai", "Hira", "Hrkt", "HAN", "Hani", "Zzzz", "Unknown",
                            "old_italic", "OLD ITALIC", "OldItalic", "Nope", ""};
        for (String n : scripts) {
            try {
                System.out.println("script [" + n + "] " + Character.UnicodeScript.forName(n));
            } catch (IllegalArgumentException e) {
                System.out.println("script [" + n + "] " + e.getMessage());
            }
        }
        for (int cp : new int[] {-1, 0x110000}) {
            try {
                Character.UnicodeBlock.of(cp);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
            try {
                Character.UnicodeScript.of(cp);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            Character.UnicodeBlock.forName(null);
        } catch (NullPointerException e) {
            System.out.println("forName(null): NullPointerException");
        }
        Character.UnicodeScript[] all = Character.UnicodeScript.values();
        System.out.println(all.length + " scripts: " + all[0] + " " + all[1] + " " + all[all.length - 1] + " " + Character.UnicodeScript.GREEK.ordinal()
                + " " + Character.UnicodeScript.valueOf("HAN").compareTo(Character.UnicodeScript.LATIN));
        EnumMap<Character.UnicodeScript, Integer> count = new EnumMap<>(Character.UnicodeScript.class);
        for (int cp : "Hello, Ωμέγα! Привет 日本語 ☺".codePoints().toArray())
            count.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        System.out.println(count);
        Map<Character.UnicodeBlock, Integer> byBlock = new LinkedHashMap<>();
        for (int cp : "Hello, Ωμέγα! Привет 日本語 ☺".codePoints().toArray())
            byBlock.merge(Character.UnicodeBlock.of(cp), 1, Integer::sum);
        System.out.println(byBlock);
        System.out.println(Character.UnicodeBlock.GREEK.equals(Character.UnicodeBlock.forName("greek")) + " "
                + (Character.UnicodeBlock.GREEK.hashCode() == Character.UnicodeBlock.forName("GREEK").hashCode()));
    }
}
