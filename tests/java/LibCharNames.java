// Character.getName over a sample of every plane (stored names, names made of
// the block and the code point, unassigned code points), codePointOf both
// ways, and the messages for invalid code points and unknown names.
public class LibCharNames {
    public static void main(String[] args) {
        long hash = 0;
        int named = 0, nulls = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += 389) {
            String n = Character.getName(cp);
            if (n == null) nulls++; else named++;
            hash = hash * 31 + (n == null ? 7 : n.hashCode());
        }
        System.out.println("sample: " + named + " named, " + nulls + " null, hash " + hash);
        hash = 0;
        for (int cp = 0; cp < 0x20000; cp += 97) {
            String n = Character.getName(cp);
            hash = hash * 31 + (n == null ? 7 : n.hashCode());
        }
        System.out.println("planes 0-1: hash " + hash);
        int[] cps = {0, 0x1F, ' ', 'A', 0x7F, 0xA0, 0xDF, 0x130, 0x3A3, 0x3C2, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xD800, 0xDFFF, 0xE000, 0xF900,
                     0xFA6D, 0xFB00, 0xFDD0, 0xFEFF, 0xFFFD, 0xFFFE, 0x10000, 0x10400, 0x1D11E, 0x1F600, 0x1F9FF, 0x17000, 0x18B00, 0x1B170,
                     0x20000, 0x2A6DD, 0x2A6DE, 0x2F800, 0x30000, 0xE0001, 0xF0000, 0x10FFFD, 0x10FFFF};
        for (int cp : cps)
            System.out.println(Integer.toHexString(cp) + " " + Character.getName(cp));
        String[] names = {"LATIN SMALL LETTER A", "latin small letter a", "  Greek Capital Letter Sigma  ", "GRINNING FACE", "CJK UNIFIED IDEOGRAPHS 4E00",
                          "cjk unified ideographs 9fff", "CJK COMPATIBILITY IDEOGRAPH-F900", "HANGUL SYLLABLES AC00", "PRIVATE USE AREA E000",
                          "BASIC LATIN 41", "CJK UNIFIED IDEOGRAPHS 41", "NO SUCH CHARACTER", "", "SPACE", "NULL", "TANGUT 17000", "KHITAN SMALL SCRIPT CHARACTER-18B00"};
        for (String n : names) {
            try {
                System.out.println("[" + n + "] -> " + Integer.toHexString(Character.codePointOf(n)));
            } catch (IllegalArgumentException e) {
                System.out.println("[" + n + "] -> " + e.getMessage());
            }
        }
        int ok = 0;
        for (int cp = 0x20; cp <= Character.MAX_CODE_POINT; cp += 4999) {
            String n = Character.getName(cp);
            if (n != null && Character.codePointOf(n) == cp) ok++;
        }
        System.out.println("round trips: " + ok);
        for (int cp : new int[] {-1, 0x110000, Integer.MIN_VALUE}) {
            try {
                Character.getName(cp);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            Character.codePointOf(null);
        } catch (NullPointerException e) {
            System.out.println("codePointOf(null): NullPointerException");
        }
    }
}
