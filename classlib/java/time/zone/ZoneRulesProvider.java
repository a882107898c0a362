/*
 * ZoneRulesProvider: the tz database.  Plinth has one provider, the table
 * generated from the build JDK (jdk.internal.time.TzdbData, by
 * classlib/gen/GenZoneData.java); a zone's rules are decoded on first use
 * and kept.  A rule set is a string of varints (base 45: a digit 0..44 is
 * char 35+d, the last digit of a number char 80+d); signed values are
 * zigzagged, and seconds are stored as 2*q for q quarter hours or 2*s+1:
 *   standard: count, offset0, then (delta from previous time, offset)*
 *   wall:     count, offset0, then (delta, offset)*
 *   rules:    count, then (month, day indicator, day of week or 0, second of
 *             day, end-of-day flag, time definition, standard, before, after)*
 */
package java.time.zone;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import jdk.internal.time.TzdbData;

public abstract class ZoneRulesProvider {
    private static String[] ids;
    private static ZoneRules[] cache;

    protected ZoneRulesProvider() {
    }

    private static synchronized String[] ids() {
        if (ids == null) {
            ids = TzdbData.ids().split("\n");
            cache = new ZoneRules[ids.length];
        }
        return ids;
    }

    /** The index of a zone in the table, or -1. */
    static int indexOf(String zoneId) {
        return Math.max(-1, Arrays.binarySearch(ids(), zoneId));
    }

    public static Set<String> getAvailableZoneIds() {
        return new HashSet<>(Arrays.asList(ids()));
    }

    public static ZoneRules getRules(String zoneId, boolean forCaching) {
        Objects.requireNonNull(zoneId, "zoneId");
        int i = indexOf(zoneId);
        if (i < 0)
            throw new ZoneRulesException("Unknown time-zone ID: " + zoneId);
        synchronized (ZoneRulesProvider.class) {
            if (cache[i] == null)
                cache[i] = decode(TzdbData.rules(TzdbData.ruleIndex().charAt(i) - 32));
            return cache[i];
        }
    }

    public static NavigableMap<String, ZoneRules> getVersions(String zoneId) {
        TreeMap<String, ZoneRules> map = new TreeMap<>();
        map.put(TzdbData.VERSION, getRules(zoneId, false));
        return map;
    }

    public static boolean refresh() {
        return false;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        long uvar() {
            long v = 0;
            for (;;) {
                int c = s.charAt(pos++);
                if (c >= 80)
                    return v * 45 + (c - 80);
                v = v * 45 + (c - 35);
            }
        }

        long svar() {
            long z = uvar();
            return (z >>> 1) ^ -(z & 1);
        }

        long secs() {
            long v = uvar();
            long z = v >>> 1;
            long signed = (z >>> 1) ^ -(z & 1);
            return (v & 1) == 0 ? signed * 900 : signed;
        }

        ZoneOffset offset() {
            return ZoneOffset.ofTotalSeconds((int) secs());
        }
    }

    private static ZoneRules decode(String data) {
        Reader r = new Reader(data);
        int n = (int) r.uvar();
        long[] std = new long[n];
        ZoneOffset[] stdOffsets = new ZoneOffset[n + 1];
        stdOffsets[0] = r.offset();
        long t = 0;
        for (int i = 0; i < n; i++) {
            std[i] = t += r.secs();
            stdOffsets[i + 1] = r.offset();
        }
        n = (int) r.uvar();
        long[] wall = new long[n];
        ZoneOffset[] wallOffsets = new ZoneOffset[n + 1];
        wallOffsets[0] = r.offset();
        t = 0;
        for (int i = 0; i < n; i++) {
            wall[i] = t += r.secs();
            wallOffsets[i + 1] = r.offset();
        }
        n = (int) r.uvar();
        ZoneOffsetTransitionRule[] rules = new ZoneOffsetTransitionRule[n];
        for (int i = 0; i < n; i++) {
            Month month = Month.of((int) r.uvar());
            int dom = (int) r.svar();
            int dow = (int) r.uvar();
            LocalTime time = LocalTime.ofSecondOfDay(r.secs());
            boolean endOfDay = r.uvar() != 0;
            ZoneOffsetTransitionRule.TimeDefinition def =
                ZoneOffsetTransitionRule.TimeDefinition.values()[(int) r.uvar()];
            rules[i] = new ZoneOffsetTransitionRule(month, dom, dow == 0 ? null : DayOfWeek.of(dow), time,
                                                    endOfDay, def, r.offset(), r.offset(), r.offset());
        }
        return new ZoneRules(std, stdOffsets, wall, wallOffsets, rules);
    }
}
