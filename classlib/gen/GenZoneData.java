/*
 * Generates jdk/internal/time/TzdbData.java, plinth's copy of the build JDK's
 * time-zone database, for java.time.zone.ZoneRulesProvider and
 * java.util.TimeZone.  Run with the build JDK (and TZ unset, so that the
 * default zone is the machine's):
 *
 *   java --add-opens java.base/java.time.zone=ALL-UNNAMED GenZoneData.java OUTDIR
 *
 * The JDK's ZoneRules are five arrays (standard transitions and offsets,
 * wall transitions and offsets, the yearly last rules); they are read by
 * reflection, since only they say exactly when the standard offset changes.
 * Every distinct rule set becomes one string of base-45 varints (see
 * java.time.zone.ZoneRulesProvider for the layout), returned by a switch so
 * that only the zones a program uses are ever decoded.  Names come from
 * java.util.TimeZone (US short and long, standard and daylight).
 */
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;

public class GenZoneData {
    static final int BASE = 45;

    static void uvar(StringBuilder sb, long v) {
        if (v < 0)
            throw new IllegalStateException("negative " + v);
        StringBuilder digits = new StringBuilder();
        do {
            digits.append((int) (v % BASE));
            digits.append(',');
            v /= BASE;
        } while (v > 0);
        String[] ds = digits.toString().split(",");
        for (int i = ds.length - 1; i >= 0; i--) {
            int d = Integer.parseInt(ds[i]);
            sb.append((char) (i == 0 ? 80 + d : 35 + d));
        }
    }

    static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    /** Seconds, shorter when a whole number of quarter hours. */
    static void secs(StringBuilder sb, long v) {
        if (v % 900 == 0)
            uvar(sb, zigzag(v / 900) * 2);
        else
            uvar(sb, zigzag(v) * 2 + 1);
    }

    static Object field(ZoneRules r, String name) throws Exception {
        Field f = ZoneRules.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(r);
    }

    static void transitions(StringBuilder sb, long[] times, ZoneOffset[] offsets) {
        uvar(sb, times.length);
        secs(sb, offsets[0].getTotalSeconds());
        long prev = 0;
        for (int i = 0; i < times.length; i++) {
            secs(sb, times[i] - prev);
            prev = times[i];
            secs(sb, offsets[i + 1].getTotalSeconds());
        }
    }

    static String encode(ZoneRules r) throws Exception {
        StringBuilder sb = new StringBuilder();
        transitions(sb, (long[]) field(r, "standardTransitions"), (ZoneOffset[]) field(r, "standardOffsets"));
        transitions(sb, (long[]) field(r, "savingsInstantTransitions"), (ZoneOffset[]) field(r, "wallOffsets"));
        ZoneOffsetTransitionRule[] rules = (ZoneOffsetTransitionRule[]) field(r, "lastRules");
        uvar(sb, rules.length);
        for (ZoneOffsetTransitionRule t : rules) {
            uvar(sb, t.getMonth().getValue());
            uvar(sb, zigzag(t.getDayOfMonthIndicator()));
            uvar(sb, t.getDayOfWeek() == null ? 0 : t.getDayOfWeek().getValue());
            secs(sb, t.getLocalTime().toSecondOfDay());
            uvar(sb, t.isMidnightEndOfDay() ? 1 : 0);
            uvar(sb, t.getTimeDefinition().ordinal());
            secs(sb, t.getStandardOffset().getTotalSeconds());
            secs(sb, t.getOffsetBefore().getTotalSeconds());
            secs(sb, t.getOffsetAfter().getTotalSeconds());
        }
        return sb.toString();
    }

    static String lit(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\')
                sb.append('\\').append(c);
            else if (c == '\n')
                sb.append("\\n");
            else if (c < 32)
                sb.append(String.format("\\%03o", (int) c));
            else if (c > 126)
                sb.append(String.format("\\u%04x", (int) c));
            else
                sb.append(c);
        }
        return sb.append('"').toString();
    }

    public static void main(String[] args) throws Exception {
        TreeSet<String> ids = new TreeSet<>(ZoneId.getAvailableZoneIds());
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        StringBuilder zoneRule = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            String enc = encode(ZoneId.of(id).getRules());
            Integer idx = ruleIndex.get(enc);
            if (idx == null)
                ruleIndex.put(enc, idx = ruleIndex.size());
            zoneRule.append((char) (idx + 32));
            TimeZone tz = TimeZone.getTimeZone(id);
            names.add(tz.getDisplayName(false, TimeZone.SHORT, Locale.US) + "\u0001"
                + tz.getDisplayName(true, TimeZone.SHORT, Locale.US) + "\u0001"
                + tz.getDisplayName(false, TimeZone.LONG, Locale.US) + "\u0001"
                + tz.getDisplayName(true, TimeZone.LONG, Locale.US));
        }
        String version = ZoneRulesProvider.getVersions("UTC").firstKey();
        String defaultId = TimeZone.getDefault().getID();

        Path dir = Path.of(args[0], "jdk", "internal", "time");
        Files.createDirectories(dir);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(dir.resolve("TzdbData.java")))) {
            w.println("/* Generated by classlib/gen/GenZoneData.java from the build JDK's tzdb "
                      + version + ": do not edit. */");
            w.println("package jdk.internal.time;");
            w.println();
            w.println("public final class TzdbData {");
            w.println("    private TzdbData() {");
            w.println("    }");
            w.println();
            w.println("    public static final String VERSION = " + lit(version) + ";");
            w.println("    /** The build machine's default zone, for a process without TZ or user.timezone. */");
            w.println("    public static final String DEFAULT_ID = " + lit(defaultId) + ";");
            w.println();
            w.println("    /** Every zone ID, sorted, separated by newlines. */");
            w.println("    public static String ids() {");
            w.println("        return " + lit(String.join("\n", ids)) + ";");
            w.println("    }");
            w.println();
            w.println("    /** The rule set of each zone, one char (index + 32) per ID. */");
            w.println("    public static String ruleIndex() {");
            w.println("        return " + lit(zoneRule.toString()) + ";");
            w.println("    }");
            w.println();
            w.println("    public static String rules(int index) {");
            w.println("        switch (index) {");
            int i = 0;
            for (String enc : ruleIndex.keySet())
                w.println("            case " + i++ + ": return " + lit(enc) + ";");
            w.println("            default: return null;");
            w.println("        }");
            w.println("    }");
            w.println();
            w.println("    /** Names of zone i: short and long, standard and daylight, separated by U+0001. */");
            w.println("    public static String names(int zone) {");
            w.println("        switch (zone) {");
            for (i = 0; i < names.size(); i++)
                w.println("            case " + i + ": return " + lit(names.get(i)) + ";");
            w.println("            default: return null;");
            w.println("        }");
            w.println("    }");
            w.println("}");
        }
    }
}
