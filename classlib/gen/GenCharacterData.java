/*
 * GenCharacterData: writes java/lang/CharacterData.java and
 * java/lang/CharacterName.java, the Unicode tables behind java.lang.Character
 * and String's case mapping, from the build machine's JDK (Unicode 13 for
 * JDK 17, the oracle).  Run at build time in the source-launcher mode:
 *     java classlib/gen/GenCharacterData.java OUTDIR
 * Everything is read through the JDK's public API: properties, blocks and
 * scripts as functions of the code point; the names that forName accepts by
 * asking forName itself about candidate spellings; the special case mappings
 * by comparing String and Character case mapping.
 * Each property table holds runs (the first code point where the value
 * changes, and the value), searched by binary search.  Runs are packed into
 * string constants, three 14-bit chunks per int, so the class file stays
 * small and needs no huge <clinit>.
 */
import java.io.File;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;

public class GenCharacterData {
    static final int LIMIT = Character.MAX_CODE_POINT + 1;

    // Bits of the "props" table.
    static int props(int cp) {
        int p = 0;
        if (Character.isLowerCase(cp)) p |= 1;
        if (Character.isUpperCase(cp)) p |= 2;
        if (Character.isAlphabetic(cp)) p |= 4;
        if (Character.isIdeographic(cp)) p |= 8;
        if (Character.isJavaIdentifierStart(cp)) p |= 16;
        if (Character.isJavaIdentifierPart(cp)) p |= 32;
        if (Character.isUnicodeIdentifierStart(cp)) p |= 64;
        if (Character.isUnicodeIdentifierPart(cp)) p |= 128;
        if (Character.isIdentifierIgnorable(cp)) p |= 256;
        if (Character.isMirrored(cp)) p |= 512;
        if (Character.isWhitespace(cp)) p |= 1024;
        if (Character.isTitleCase(cp)) p |= 2048;
        return p;
    }

    static List<int[]> runs(IntUnaryOperator f) {
        List<int[]> r = new ArrayList<>();
        int prev = Integer.MIN_VALUE;
        for (int cp = 0; cp < LIMIT; cp++) {
            int v = f.applyAsInt(cp);
            if (v != prev) {
                r.add(new int[] {cp, v});
                prev = v;
            }
        }
        return r;
    }

    // Octal escapes below 256: a \\u escape of a line break or quote would be
    // decoded before the string is lexed.
    static String escape(int c) {
        return c < 256 ? String.format("\\%03o", c) : String.format("\\u%04x", c);
    }

    static void chunk(StringBuilder sb, int v) {
        for (int shift = 28; shift >= 0; shift -= 14) {
            int c = ((v >>> shift) & 0x3FFF) + 0x20;
            sb.append(escape(c));
        }
    }

    static void table(PrintWriter out, String name, List<int[]> runs) {
        List<Integer> flat = new ArrayList<>();
        for (int[] run : runs)
            for (int v : run)
                flat.add(v);
        ints(out, name, flat);
    }

    /** An int[] constant, packed in strings of at most 3000 ints (a string constant holds 64 KiB). */
    static void ints(PrintWriter out, String name, List<Integer> values) {
        out.println("    private static final String[] " + name + "_S = {");
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int v : values) {
            chunk(sb, v);
            if (++n % 3000 == 0) {
                out.println("        \"" + sb + "\",");
                sb.setLength(0);
            }
        }
        out.println("        \"" + sb + "\"");
        out.println("    };");
        out.println("    static final int[] " + name + " = CharacterData.decode(" + name + "_S, " + values.size() + ");");
        out.println();
    }

    /** A string constant, cut into pieces of at most 16K chars (at most 48 KiB in the class file). */
    static void text(PrintWriter out, String name, CharSequence text) {
        out.println("    private static final String[] " + name + "_S = {");
        for (int i = 0; i < text.length(); i += 16384) {
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < Math.min(text.length(), i + 16384); j++)
                sb.append(escape(text.charAt(j)));
            out.println("        \"" + sb + "\",");
        }
        out.println("    };");
        out.println("    static final String " + name + " = String.join(\"\", " + name + "_S);");
        out.println();
    }

    static void latin1(PrintWriter out, String name, IntUnaryOperator f) {
        StringBuilder sb = new StringBuilder();
        for (int cp = 0; cp < 256; cp++)
            sb.append(escape(f.applyAsInt(cp)));
        out.println("        static final String " + name + " =");
        out.println("            \"" + sb + "\";");
    }

    // ---- Character.UnicodeBlock ----

    /** Unicode's own names of the blocks whose Java name is not a respelling of it. */
    static final String[][] BLOCK_UNICODE_NAMES = {
        {"GREEK", "Greek and Coptic"},
        {"CYRILLIC_SUPPLEMENTARY", "Cyrillic Supplement"},
        {"COMBINING_MARKS_FOR_SYMBOLS", "Combining Diacritical Marks for Symbols"},
    };

    /** Every spelling of name with each '_' or ' ' replaced by '_', ' ', '-' or nothing. */
    static void spellings(String name, int from, StringBuilder sb, List<String> out) {
        if (from == name.length()) {
            out.add(sb.toString());
            return;
        }
        char c = name.charAt(from);
        int len = sb.length();
        if (c == '_' || c == ' ') {
            for (String r : new String[] {"_", " ", "-", ""}) {
                sb.append(r);
                spellings(name, from + 1, sb, out);
                sb.setLength(len);
            }
        } else {
            sb.append(c);
            spellings(name, from + 1, sb, out);
            sb.setLength(len);
        }
    }

    /**
     * BLOCK: runs of block numbers (-1: none); BLOCK_NAMES: the Java names by
     * number, then the constants that of() never returns; BLOCK_KEYS: every
     * upper-case spelling forName accepts, "KEY=number;".
     */
    static void blocks(PrintWriter out) throws Exception {
        Map<Character.UnicodeBlock, String> fieldName = new IdentityHashMap<>();
        for (Field f : Character.UnicodeBlock.class.getFields())
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Character.UnicodeBlock.class)
                fieldName.put((Character.UnicodeBlock) f.get(null), f.getName());
        Map<Character.UnicodeBlock, Integer> number = new IdentityHashMap<>();
        List<Character.UnicodeBlock> byNumber = new ArrayList<>();
        List<int[]> runs = runs(cp -> {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (b == null)
                return -1;
            return number.computeIfAbsent(b, k -> {
                byNumber.add(k);
                return byNumber.size() - 1;
            });
        });
        for (Character.UnicodeBlock b : fieldName.keySet())
            if (!number.containsKey(b)) {
                number.put(b, byNumber.size());
                byNumber.add(b);
            }
        StringBuilder names = new StringBuilder();
        for (Character.UnicodeBlock b : byNumber) {
            if (!b.toString().equals(fieldName.get(b)))
                throw new IllegalStateException("block " + b + " is field " + fieldName.get(b));
            names.append(b).append(' ');
        }
        Map<String, String> unicodeName = new HashMap<>();
        for (String[] u : BLOCK_UNICODE_NAMES)
            unicodeName.put(u[0], u[1].toUpperCase(Locale.ROOT));
        StringBuilder keys = new StringBuilder();
        for (Character.UnicodeBlock b : byNumber) {
            List<String> cands = new ArrayList<>();
            spellings(b.toString(), 0, new StringBuilder(), cands);
            if (unicodeName.containsKey(b.toString()))
                spellings(unicodeName.get(b.toString()), 0, new StringBuilder(), cands);
            for (String c : new java.util.LinkedHashSet<>(cands)) {
                Character.UnicodeBlock got;
                try {
                    got = Character.UnicodeBlock.forName(c);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                if (got != b)
                    throw new IllegalStateException(c + " names " + got + ", not " + b);
                keys.append(c).append('=').append(number.get(b)).append(';');
            }
        }
        table(out, "BLOCK", runs);
        out.println("    static final String BLOCK_NAMES = \"" + names.toString().trim() + "\";");
        out.println("    static final String BLOCK_KEYS = \"" + keys + "\";");
        out.println();
    }

    // ---- Character.UnicodeScript ----

    /** SCRIPT: runs of script ordinals; SCRIPT_ALIASES: the four-letter codes forName accepts, "CODE=ordinal;". */
    static void scripts(PrintWriter out) {
        table(out, "SCRIPT", runs(cp -> Character.UnicodeScript.of(cp).ordinal()));
        StringBuilder names = new StringBuilder();
        for (Character.UnicodeScript sc : Character.UnicodeScript.values())
            names.append(sc).append(' ');
        // forName looks a code up before trying valueOf: ask it about every four-letter name.
        StringBuilder aliases = new StringBuilder();
        char[] code = new char[4];
        for (int i = 0; i < 26 * 26 * 26 * 26; i++) {
            for (int k = 3, v = i; k >= 0; k--, v /= 26)
                code[k] = (char) ('A' + v % 26);
            String c = new String(code);
            Character.UnicodeScript sc;
            try {
                sc = Character.UnicodeScript.forName(c);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!sc.name().equals(c))
                aliases.append(c).append('=').append(sc.ordinal()).append(';');
        }
        out.println("    static final String SCRIPT_NAMES = \"" + names.toString().trim() + "\";");
        out.println("    static final String SCRIPT_ALIASES = \"" + aliases + "\";");
        out.println();
    }

    // ---- String case mapping ----

    static String javaString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++)
            sb.append(escape(s.charAt(i)));
        return sb.append('"').toString();
    }

    /**
     * The code points whose String case mapping (ROOT locale, no context)
     * is not their Character case mapping: ß -> SS, ŉ -> ʼN, İ -> i̇...
     * Final sigma depends on context and is String's own business.
     */
    static void specialCasing(PrintWriter out) {
        for (int upper = 1; upper >= 0; upper--) {
            String name = upper == 1 ? "UPPER_SPECIAL" : "LOWER_SPECIAL";
            List<Integer> cps = new ArrayList<>();
            List<String> maps = new ArrayList<>();
            for (int cp = 0; cp < LIMIT; cp++) {
                if (Character.getType(cp) == Character.SURROGATE)
                    continue;
                String s = new String(Character.toChars(cp));
                String str = upper == 1 ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
                int c = upper == 1 ? Character.toUpperCase(cp) : Character.toLowerCase(cp);
                if (!str.equals(new String(Character.toChars(c)))) {
                    cps.add(cp);
                    maps.add(str);
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cps.size(); i++)
                sb.append(i % 8 == 0 ? "\n        " : " ").append(String.format("0x%x,", cps.get(i)));
            out.println("    static final int[] " + name + "_CP = {" + sb + "\n    };");
            sb.setLength(0);
            for (int i = 0; i < maps.size(); i++)
                sb.append(i % 8 == 0 ? "\n        " : " ").append(javaString(maps.get(i))).append(',');
            out.println("    static final String[] " + name + " = {" + sb + "\n    };");
            out.println();
        }
    }

    // ---- Character.getName ----

    /** Names are cut at spaces into words; a trailing "-XXXX" that spells the code point is stored as "-#". */
    static final int RESTART = 32;

    /**
     * CharacterName.java: the names that are not "BLOCK NAME XXXX" (those
     * Character.getName derives from the block).  NAMED holds triples
     * (first code point, count, number of its name) of runs of named code
     * points; WORDS the distinct words, most frequent first, separated by
     * spaces; NAMES each name as a header char (words shared with the
     * previous name + 16 * new words) and the new words' numbers + 1, with
     * no sharing at every RESTART-th name, whose offsets RESTARTS holds.
     */
    static void writeName(File file) throws Exception {
        List<Integer> named = new ArrayList<>();
        List<String[]> names = new ArrayList<>();
        Map<String, Integer> freq = new HashMap<>();
        int runStart = -1, runLen = 0;
        for (int cp = 0; cp < LIMIT; cp++) {
            String n = Character.getName(cp);
            String fallback = n == null ? null : Character.UnicodeBlock.of(cp).toString().replace('_', ' ') + " "
                    + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            boolean keep = n != null && !n.equals(fallback);
            if (keep) {
                if (n.indexOf('#') >= 0)
                    throw new IllegalStateException(n);
                String hex = "-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
                if (n.endsWith(hex))
                    n = n.substring(0, n.length() - hex.length()) + "-#";
                String[] words = n.split(" ", -1);
                if (words.length > 15)
                    throw new IllegalStateException(n);
                for (String w : words)
                    freq.merge(w, 1, Integer::sum);
                names.add(words);
                if (runLen > 0 && runStart + runLen == cp) {
                    runLen++;
                } else {
                    if (runLen > 0) {
                        named.add(runStart);
                        named.add(runLen);
                        named.add(names.size() - 1 - runLen);
                    }
                    runStart = cp;
                    runLen = 1;
                }
            }
        }
        named.add(runStart);
        named.add(runLen);
        named.add(names.size() - runLen);
        List<String> words = new ArrayList<>(freq.keySet());
        words.sort((a, b) -> freq.get(b) != freq.get(a).intValue() ? freq.get(b) - freq.get(a) : a.compareTo(b));
        Map<String, Integer> wordNumber = new HashMap<>();
        for (int i = 0; i < words.size(); i++)
            wordNumber.put(words.get(i), i);
        StringBuilder stream = new StringBuilder();
        List<Integer> restarts = new ArrayList<>();
        String[] prev = new String[0];
        for (int k = 0; k < names.size(); k++) {
            String[] w = names.get(k);
            int shared = 0;
            if (k % RESTART == 0)
                restarts.add(stream.length());
            else
                while (shared < w.length - 1 && shared < prev.length && w[shared].equals(prev[shared]))
                    shared++;
            stream.append((char) (shared + 16 * (w.length - shared)));
            for (int i = shared; i < w.length; i++)
                stream.append((char) (wordNumber.get(w[i]) + 1));
            prev = w;
        }
        try (PrintWriter out = new PrintWriter(file, "UTF-8")) {
            out.println("// Generated by classlib/gen/GenCharacterData.java from the build JDK's Unicode data. Do not edit.");
            out.println("package java.lang;");
            out.println();
            out.println("/** The data of Character.getName (see classlib/gen/GenCharacterData.java for the layout). */");
            out.println("final class CharacterName {");
            out.println("    private CharacterName() {}");
            out.println();
            out.println("    static final int RESTART = " + RESTART + ", COUNT = " + names.size() + ";");
            ints(out, "NAMED", named);
            ints(out, "RESTARTS", restarts);
            text(out, "WORDS", String.join(" ", words));
            text(out, "NAMES", stream);
            out.println("}");
        }
    }

    public static void main(String[] args) throws Exception {
        new File(args[0]).mkdirs();
        writeName(new File(args[0], "CharacterName.java"));
        try (PrintWriter out = new PrintWriter(new File(args[0], "CharacterData.java"), "UTF-8")) {
            out.println("// Generated by classlib/gen/GenCharacterData.java from the build JDK's Unicode data. Do not edit.");
            out.println("package java.lang;");
            out.println();
            out.println("/** Unicode properties as runs: pairs (first code point, value), sorted. */");
            out.println("final class CharacterData {");
            out.println("    private CharacterData() {}");
            out.println();
            out.println("    static final int LOWER = 1, UPPER = 2, ALPHABETIC = 4, IDEOGRAPHIC = 8,");
            out.println("        JAVA_START = 16, JAVA_PART = 32, UNICODE_START = 64, UNICODE_PART = 128,");
            out.println("        IGNORABLE = 256, MIRRORED = 512, WHITESPACE = 1024, TITLE = 2048;");
            out.println();
            table(out, "TYPE", runs(Character::getType));
            table(out, "PROPS", runs(GenCharacterData::props));
            table(out, "UPPER_DELTA", runs(cp -> Character.toUpperCase(cp) - cp));
            table(out, "LOWER_DELTA", runs(cp -> Character.toLowerCase(cp) - cp));
            table(out, "TITLE_DELTA", runs(cp -> Character.toTitleCase(cp) - cp));
            table(out, "NUMERIC", runs(Character::getNumericValue));
            table(out, "DIRECTIONALITY", runs(Character::getDirectionality));
            // Each in a class of its own, decoded only when first used.
            out.println("    /** Character.UnicodeBlock's tables. */");
            out.println("    static final class Blocks {");
            blocks(out);
            out.println("    }");
            out.println();
            out.println("    /** Character.UnicodeScript's tables. */");
            out.println("    static final class Scripts {");
            scripts(out);
            out.println("    }");
            out.println();
            out.println("    /** String's special case mappings. */");
            out.println("    static final class Special {");
            specialCasing(out);
            out.println("    }");
            out.println();
            out.println("    /** Latin-1 (code points 0..255): direct tables, so common text never touches the runs. */");
            out.println("    static final class Latin1 {");
            out.println("        private Latin1() {}");
            latin1(out, "TYPE", Character::getType);
            latin1(out, "PROPS", GenCharacterData::props);
            latin1(out, "UPPER", Character::toUpperCase);
            latin1(out, "LOWER", Character::toLowerCase);
            latin1(out, "NUMERIC", cp -> Character.getNumericValue(cp) + 2);
            latin1(out, "DIRECTIONALITY", cp -> Character.getDirectionality(cp) + 1);
            out.println("    }");
            out.println();
            out.println("    static int[] decode(String[] parts, int n) {");
            out.println("        int[] r = new int[n];");
            out.println("        int k = 0;");
            out.println("        for (String s : parts)");
            out.println("            for (int i = 0; i < s.length(); i += 3)");
            out.println("                r[k++] = ((s.charAt(i) - 0x20) << 28) | ((s.charAt(i + 1) - 0x20) << 14) | (s.charAt(i + 2) - 0x20);");
            out.println("        return r;");
            out.println("    }");
            out.println();
            out.println("    /** The value of table at code point cp (binary search over the runs). */");
            out.println("    static int lookup(int[] table, int cp) {");
            out.println("        int lo = 0, hi = table.length / 2 - 1;");
            out.println("        while (lo < hi) {");
            out.println("            int mid = (lo + hi + 1) >>> 1;");
            out.println("            if (table[2 * mid] <= cp) lo = mid; else hi = mid - 1;");
            out.println("        }");
            out.println("        return table[2 * lo + 1];");
            out.println("    }");
            out.println("}");
        }
    }
}
