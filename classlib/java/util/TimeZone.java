/*
 * TimeZone: a zone ID with its rules and names, on top of java.time's zone
 * table (the JDK's ZoneInfo is replaced by a ZoneId).  getTimeZone accepts
 * tz IDs, the old three-letter IDs and custom "GMT+hh:mm" IDs, and answers
 * GMT for anything else, as the JDK does.  The default zone comes from the
 * user.timezone property, then the TZ environment variable, then the build
 * machine's default (what `java` reports there).
 */
package java.util;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import jdk.internal.time.TzdbData;

public class TimeZone implements java.io.Serializable, Cloneable {
    public static final int SHORT = 0;
    public static final int LONG = 1;
    private static final long serialVersionUID = 3581463369166924961L;
    private static volatile TimeZone defaultTimeZone;
    private static String[] ids;

    private String id;
    private final transient ZoneId zone;
    /** The zone whose names this one uses (old IDs such as "PST" borrow them). */
    private final transient String nameId;
    private transient boolean standardNamesOnly;

    public TimeZone() {
        this("GMT", ZoneOffset.UTC, "GMT");
    }

    private TimeZone(String id, ZoneId zone, String nameId) {
        this.id = id;
        this.zone = zone;
        this.nameId = nameId;
    }

    private static synchronized String[] ids() {
        if (ids == null)
            ids = TzdbData.ids().split("\n");
        return ids;
    }

    public static synchronized TimeZone getTimeZone(String ID) {
        Objects.requireNonNull(ID);
        TimeZone tz = lookup(ID);
        return tz != null ? tz : new TimeZone("GMT", ZoneId.of("GMT"), "GMT");
    }

    private static TimeZone lookup(String id) {
        if (Arrays.binarySearch(ids(), id) >= 0)
            return new TimeZone(id, ZoneId.of(id), id);
        String alias = ZoneId.SHORT_IDS.get(id);
        if (alias != null && Arrays.binarySearch(ids(), alias) >= 0)
            return new TimeZone(id, ZoneId.of(alias), alias);
        if (alias != null) {
            // EST, MST, HST: fixed offsets named as their region's standard time
            String region = id.equals("EST") ? "America/New_York" : id.equals("MST") ? "America/Denver"
                : "Pacific/Honolulu";
            TimeZone tz = new TimeZone(id, ZoneId.of(alias), region);
            tz.standardNamesOnly = true;
            return tz;
        }
        return parseCustom(id);
    }

    /** "GMT[+-]h[h][[:]mm]", normalized to "GMT+hh:mm" as the JDK's ZoneInfoFile does. */
    private static TimeZone parseCustom(String id) {
        if (!id.startsWith("GMT") || id.length() < 5)
            return null;
        char sign = id.charAt(3);
        if (sign != '+' && sign != '-')
            return null;
        String rest = id.substring(4);
        int hours;
        int minutes = 0;
        int colon = rest.indexOf(':');
        try {
            for (int i = 0; i < rest.length(); i++)
                if (i != colon && (rest.charAt(i) < '0' || rest.charAt(i) > '9'))
                    return null;
            if (colon >= 0) {
                if (colon == 0 || colon > 2 || rest.length() - colon - 1 != 2)
                    return null;
                hours = Integer.parseInt(rest.substring(0, colon));
                minutes = Integer.parseInt(rest.substring(colon + 1));
            } else if (rest.length() <= 2) {
                hours = Integer.parseInt(rest);
            } else if (rest.length() <= 4) {
                hours = Integer.parseInt(rest.substring(0, rest.length() - 2));
                minutes = Integer.parseInt(rest.substring(rest.length() - 2));
            } else {
                return null;
            }
        } catch (NumberFormatException ex) {
            return null;
        }
        if (hours > 23 || minutes > 59)
            return null;
        int secs = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        if (secs == 0)
            return new TimeZone("GMT", ZoneId.of("GMT"), "GMT");
        String norm = "GMT" + sign + (hours < 10 ? "0" : "") + hours + ":" + (minutes < 10 ? "0" : "") + minutes;
        return new TimeZone(norm, ZoneOffset.ofTotalSeconds(secs), null);
    }

    public static TimeZone getTimeZone(ZoneId zoneId) {
        String tzid = zoneId.getId();
        if (zoneId instanceof ZoneOffset) {
            if (tzid.equals("Z"))
                return getTimeZone("UTC");
            return getTimeZone("GMT" + tzid);
        }
        return getTimeZone(tzid);
    }

    public static String[] getAvailableIDs() {
        return ids().clone();
    }

    public static TimeZone getDefault() {
        return (TimeZone) getDefaultRef().clone();
    }

    private static synchronized TimeZone getDefaultRef() {
        TimeZone tz = defaultTimeZone;
        if (tz == null) {
            String id = System.getProperty("user.timezone");
            if (id == null || id.isEmpty()) {
                id = System.getenv("TZ");
                if (id != null && id.startsWith(":"))
                    id = id.substring(1);
                if (id == null || id.isEmpty())
                    id = TzdbData.DEFAULT_ID;
            }
            tz = getTimeZone(id);
            if (System.getProperty("user.timezone") == null || System.getProperty("user.timezone").isEmpty())
                System.setProperty("user.timezone", tz.getID());
            defaultTimeZone = tz;
        }
        return tz;
    }

    public static synchronized void setDefault(TimeZone zone) {
        defaultTimeZone = zone == null ? null : (TimeZone) zone.clone();
    }

    public String getID() {
        return id;
    }

    public void setID(String ID) {
        this.id = Objects.requireNonNull(ID);
    }

    public ZoneId toZoneId() {
        return ZoneId.of(id, ZoneId.SHORT_IDS);
    }

    private ZoneRules rules() {
        return zone.getRules();
    }

    /** The JDK's legacy zones (ZoneInfo) start in 1900: before it, the raw offset applies. */
    private static final long LEGACY_START_MILLIS = -2208988800000L;

    public int getOffset(long date) {
        if (date < LEGACY_START_MILLIS)
            return getRawOffset();
        return rules().getOffset(Instant.ofEpochMilli(date)).getTotalSeconds() * 1000;
    }

    /** The offset of getOffset, as the ZoneOffset Date and Calendar compute with. */
    ZoneOffset offsetAt(long date) {
        return ZoneOffset.ofTotalSeconds(getOffset(date) / 1000);
    }

    /** The offset of a wall time (in local epoch millis): a gap reads with the offset before it. */
    ZoneOffset offsetOfLocal(java.time.LocalDateTime ldt) {
        long guess = ldt.toInstant(ZoneOffset.ofTotalSeconds(getRawOffset() / 1000)).toEpochMilli();
        if (guess < LEGACY_START_MILLIS)
            return ZoneOffset.ofTotalSeconds(getRawOffset() / 1000);
        java.util.List<ZoneOffset> valid = rules().getValidOffsets(ldt);
        return valid.isEmpty() ? rules().getTransition(ldt).getOffsetBefore() : valid.get(valid.size() - 1);
    }

    public int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds) {
        if (era == 0)
            year = 1 - year;
        java.time.LocalDateTime ldt = java.time.LocalDate.of(year, month + 1, day).atStartOfDay()
            .plusNanos(milliseconds * 1000_000L);
        ZoneOffset std = rules().getStandardOffset(ldt.toInstant(rules().getOffset(ldt)));
        return rules().getOffset(ldt.toInstant(std)).getTotalSeconds() * 1000;
    }

    public int getRawOffset() {
        return rules().getStandardOffset(Instant.now()).getTotalSeconds() * 1000;
    }

    public void setRawOffset(int offsetMillis) {
        throw new UnsupportedOperationException("TimeZone.setRawOffset");
    }

    public boolean inDaylightTime(Date date) {
        return date.getTime() >= LEGACY_START_MILLIS && rules().isDaylightSavings(date.toInstant());
    }

    public boolean useDaylightTime() {
        ZoneRules r = rules();
        return !r.getTransitionRules().isEmpty() || r.isDaylightSavings(Instant.now())
            || r.nextTransition(Instant.now()) != null;
    }

    public boolean observesDaylightTime() {
        return useDaylightTime() || rules().isDaylightSavings(Instant.now());
    }

    public int getDSTSavings() {
        return useDaylightTime() ? 3600000 : 0;
    }

    public final String getDisplayName() {
        return getDisplayName(false, LONG, Locale.getDefault());
    }

    public final String getDisplayName(Locale locale) {
        return getDisplayName(false, LONG, locale);
    }

    public final String getDisplayName(boolean daylight, int style) {
        return getDisplayName(daylight, style, Locale.getDefault());
    }

    public String getDisplayName(boolean daylight, int style, Locale locale) {
        if (style != SHORT && style != LONG)
            throw new IllegalArgumentException("Illegal style: " + style);
        if (nameId != null) {
            int i = Arrays.binarySearch(ids(), nameId);
            if (i >= 0) {
                String[] names = TzdbData.names(i).split("\u0001");
                return names[(style == LONG ? 2 : 0) + (daylight && !standardNamesOnly ? 1 : 0)];
            }
        }
        return id;
    }

    public boolean hasSameRules(TimeZone other) {
        return other != null && rules().equals(other.rules());
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public String toString() {
        return getClass().getName() + "[id=\"" + id + "\"]";
    }
}
