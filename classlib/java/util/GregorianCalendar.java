/*
 * GregorianCalendar: Calendar's fields for the ISO (proleptic Gregorian)
 * calendar, computed with java.time: fields from the instant in the zone,
 * the instant from the most recently set fields (lenient overflow rolls
 * into the next larger field), add and roll as the JDK's.  Weeks follow
 * firstDayOfWeek/minimalDaysInFirstWeek (US: Sunday, 1).  There is no
 * Julian calendar before 1582-10-15 (the JDK switches to it).
 */
package java.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

public class GregorianCalendar extends Calendar {
    public static final int BC = 0;
    public static final int AD = 1;
    private static final long serialVersionUID = -8125100834729963327L;
    private static final int[] MIN_VALUES = {BC, 1, JANUARY, 1, 0, 1, 1, SUNDAY, 1, AM, 0, 0, 0, 0, 0,
        -13 * 3600000, 0};
    private static final int[] LEAST_MAX_VALUES = {AD, 292269054, DECEMBER, 52, 4, 28, 365, SATURDAY, 4, PM,
        11, 23, 59, 59, 999, 14 * 3600000, 20 * 60000};
    private static final int[] MAX_VALUES = {AD, 292278994, DECEMBER, 53, 6, 31, 366, SATURDAY, 6, PM, 11, 23,
        59, 59, 999, 14 * 3600000, 2 * 3600000};
    private static final String[] FIELD_NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH",
        "DAY_OF_MONTH", "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY",
        "MINUTE", "SECOND", "MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"};

    public GregorianCalendar() {
        this(TimeZone.getDefault(), Locale.getDefault());
    }

    public GregorianCalendar(TimeZone zone) {
        this(zone, Locale.getDefault());
    }

    public GregorianCalendar(Locale aLocale) {
        this(TimeZone.getDefault(), aLocale);
    }

    public GregorianCalendar(TimeZone zone, Locale aLocale) {
        super(zone, aLocale);
        setTimeInMillis(System.currentTimeMillis());
    }

    public GregorianCalendar(int year, int month, int dayOfMonth) {
        this(year, month, dayOfMonth, 0, 0, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0);
    }

    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second) {
        super(TimeZone.getDefault(), Locale.getDefault());
        clear();
        set(year, month, dayOfMonth, hourOfDay, minute, second);
    }

    public static GregorianCalendar from(ZonedDateTime zdt) {
        GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone(zdt.getZone()));
        cal.setFirstDayOfWeek(MONDAY);
        cal.setMinimalDaysInFirstWeek(4);
        cal.setTimeInMillis(Math.addExact(Math.multiplyExact(zdt.toEpochSecond(), 1000), zdt.get(java.time.temporal.ChronoField.MILLI_OF_SECOND)));
        return cal;
    }

    public ZonedDateTime toZonedDateTime() {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(getTimeInMillis()), zoneId());
    }

    public boolean isLeapYear(int year) {
        return ((year & 3) == 0) && ((year % 100) != 0 || (year % 400) == 0);
    }

    public final Date getGregorianChange() {
        return new Date(-12219292800000L);
    }

    public void setGregorianChange(Date date) {
        // the proleptic Gregorian calendar has no cutover
    }

    private ZoneId zoneId() {
        return getTimeZone().toZoneId();
    }

    // ---- weeks ----

    private static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 4, 7) + 1;
    }

    private static long onOrBefore(long epochDay, int dayOfWeek) {
        return epochDay - Math.floorMod(dayOfWeek(epochDay) - dayOfWeek, 7);
    }

    private int weekNumber(long fixedDay1, long fixedDate) {
        long fixedDay1st = onOrBefore(fixedDay1 + 6, getFirstDayOfWeek());
        int ndays = (int) (fixedDay1st - fixedDay1);
        if (ndays >= getMinimalDaysInFirstWeek())
            fixedDay1st -= 7;
        int normalizedDayOfPeriod = (int) (fixedDate - fixedDay1st);
        return Math.floorDiv(normalizedDayOfPeriod, 7) + 1;
    }

    private int weekOfYear(LocalDate date) {
        long fixedDate = date.toEpochDay();
        long jan1 = date.withDayOfYear(1).toEpochDay();
        int week = weekNumber(jan1, fixedDate);
        if (week == 0) {
            LocalDate prevJan1 = date.withDayOfYear(1).minusYears(1);
            week = weekNumber(prevJan1.toEpochDay(), jan1 - 1);
        } else if (week >= 52) {
            long nextJan1 = jan1 + date.lengthOfYear();
            long nextJan1st = onOrBefore(nextJan1 + 6, getFirstDayOfWeek());
            int ndays = (int) (nextJan1st - nextJan1);
            if (ndays >= getMinimalDaysInFirstWeek() && fixedDate >= (nextJan1st - 7))
                week = 1;
        }
        return week;
    }

    // ---- fields and time ----

    @Override
    protected void computeFields() {
        TimeZone tz = getTimeZone();
        Instant instant = Instant.ofEpochMilli(time);
        java.time.OffsetDateTime z = instant.atOffset(tz.offsetAt(time));
        LocalDate date = z.toLocalDate();
        int year = z.getYear();
        fields[ERA] = year > 0 ? AD : BC;
        fields[YEAR] = year > 0 ? year : 1 - year;
        fields[MONTH] = z.getMonthValue() - 1;
        fields[DAY_OF_MONTH] = z.getDayOfMonth();
        fields[DAY_OF_YEAR] = z.getDayOfYear();
        fields[DAY_OF_WEEK] = dayOfWeek(date.toEpochDay());
        fields[DAY_OF_WEEK_IN_MONTH] = (z.getDayOfMonth() - 1) / 7 + 1;
        fields[WEEK_OF_YEAR] = weekOfYear(date);
        fields[WEEK_OF_MONTH] = weekNumber(date.withDayOfMonth(1).toEpochDay(), date.toEpochDay());
        fields[AM_PM] = z.getHour() / 12;
        fields[HOUR] = z.getHour() % 12;
        fields[HOUR_OF_DAY] = z.getHour();
        fields[MINUTE] = z.getMinute();
        fields[SECOND] = z.getSecond();
        fields[MILLISECOND] = z.getNano() / 1000_000;
        int dst = tz.inDaylightTime(new Date(time))
            ? (int) tz.toZoneId().getRules().getDaylightSavings(instant).toMillis() : 0;
        int standard = tz.getOffset(time) - dst;
        fields[ZONE_OFFSET] = standard;
        fields[DST_OFFSET] = z.getOffset().getTotalSeconds() * 1000 - standard;
        Arrays.fill(stamp, 0);
    }

    private void checkLenient() {
        if (isLenient())
            return;
        for (int f = 0; f < FIELD_COUNT; f++) {
            if (stamp[f] > 0 && (fields[f] < getMinimum(f) || fields[f] > getMaximum(f)))
                throw new IllegalArgumentException(FIELD_NAMES[f]);
        }
    }

    private boolean newer(int field, int... others) {
        for (int o : others)
            if (stamp[field] <= stamp[o])
                return false;
        return stamp[field] > 0;
    }

    @Override
    protected void computeTime() {
        checkLenient();
        int year = fields[ERA] == BC ? 1 - fields[YEAR] : fields[YEAR];
        long month = fields[MONTH];
        year = Math.toIntExact(year + Math.floorDiv(month, 12));
        month = Math.floorMod(month, 12);
        LocalDate first = LocalDate.of(year, (int) month + 1, 1);
        int mdStamp = Math.max(stamp[MONTH], stamp[DAY_OF_MONTH]);
        LocalDate date;
        if (stamp[DAY_OF_YEAR] > mdStamp && stamp[DAY_OF_YEAR] >= stamp[DAY_OF_WEEK]
                && stamp[DAY_OF_YEAR] >= stamp[WEEK_OF_YEAR]) {
            date = LocalDate.of(year, 1, 1).plusDays(fields[DAY_OF_YEAR] - 1L);
        } else if (stamp[WEEK_OF_YEAR] > mdStamp && stamp[WEEK_OF_YEAR] > stamp[WEEK_OF_MONTH]
                   && stamp[WEEK_OF_YEAR] > stamp[DAY_OF_WEEK_IN_MONTH]) {
            LocalDate jan1 = LocalDate.of(year, 1, 1);
            long start = onOrBefore(jan1.toEpochDay() + 6, getFirstDayOfWeek());
            if (start - jan1.toEpochDay() >= getMinimalDaysInFirstWeek())
                start -= 7;
            long dowOffset = Math.floorMod(fields[DAY_OF_WEEK] - getFirstDayOfWeek(), 7);
            date = LocalDate.ofEpochDay(start + (fields[WEEK_OF_YEAR] - 1L) * 7 + dowOffset);
        } else if (stamp[WEEK_OF_MONTH] > mdStamp && stamp[WEEK_OF_MONTH] >= stamp[DAY_OF_WEEK_IN_MONTH]) {
            long start = onOrBefore(first.toEpochDay() + 6, getFirstDayOfWeek());
            if (start - first.toEpochDay() >= getMinimalDaysInFirstWeek())
                start -= 7;
            long dowOffset = Math.floorMod(fields[DAY_OF_WEEK] - getFirstDayOfWeek(), 7);
            date = LocalDate.ofEpochDay(start + (fields[WEEK_OF_MONTH] - 1L) * 7 + dowOffset);
        } else if (stamp[DAY_OF_WEEK_IN_MONTH] > mdStamp) {
            int n = fields[DAY_OF_WEEK_IN_MONTH];
            if (n > 0) {
                long d = first.toEpochDay() + Math.floorMod(fields[DAY_OF_WEEK] - dayOfWeek(first.toEpochDay()), 7);
                date = LocalDate.ofEpochDay(d + (n - 1L) * 7);
            } else {
                long last = first.plusMonths(1).toEpochDay() - 1;
                long d = onOrBefore(last, fields[DAY_OF_WEEK]);
                date = LocalDate.ofEpochDay(d + (n + 1L) * 7);
            }
        } else {
            date = first.plusDays(fields[DAY_OF_MONTH] - 1L);
            if (newer(DAY_OF_WEEK, MONTH, DAY_OF_MONTH)) {
                long idx = Math.floorMod(dayOfWeek(date.toEpochDay()) - getFirstDayOfWeek(), 7);
                long want = Math.floorMod(fields[DAY_OF_WEEK] - getFirstDayOfWeek(), 7);
                date = date.plusDays(want - idx);
            }
        }
        long hourOfDay;
        if (stamp[HOUR_OF_DAY] >= stamp[HOUR] && stamp[HOUR_OF_DAY] >= stamp[AM_PM])
            hourOfDay = fields[HOUR_OF_DAY];
        else
            hourOfDay = fields[AM_PM] * 12L + fields[HOUR];
        long millisOfDay = ((hourOfDay * 60 + fields[MINUTE]) * 60 + fields[SECOND]) * 1000 + fields[MILLISECOND];
        LocalDateTime ldt = date.atStartOfDay().plusNanos(Math.floorMod(millisOfDay, 86400_000L) * 1000_000L)
            .plusDays(Math.floorDiv(millisOfDay, 86400_000L));
        long localMillis = Math.addExact(Math.multiplyExact(ldt.toLocalDate().toEpochDay(), 86400_000L),
                                         ldt.toLocalTime().toNanoOfDay() / 1000_000L);
        if (stamp[ZONE_OFFSET] > 0 || stamp[DST_OFFSET] > 0) {
            time = localMillis - fields[ZONE_OFFSET] - fields[DST_OFFSET];
        } else {
            // A wall time in a gap is read with the offset before it, as the JDK does.
            time = localMillis - getTimeZone().offsetOfLocal(ldt).getTotalSeconds() * 1000L;
        }
        int[] setValues = isLenient() ? null : fields.clone();
        int[] setStamps = isLenient() ? null : stamp.clone();
        computeFields();
        areFieldsSet = true;
        Arrays.fill(isSet, true);
        if (setValues != null) {
            for (int f = 0; f < ZONE_OFFSET; f++)
                if (setStamps[f] > 0 && setValues[f] != fields[f])
                    throw new IllegalArgumentException(FIELD_NAMES[f] + ": " + setValues[f] + " -> " + fields[f]);
        }
    }

    // ---- arithmetic ----

    private ZonedDateTime current() {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(getTimeInMillis()), zoneId());
    }

    private void setLocal(ZonedDateTime base, LocalDateTime ldt) {
        ZonedDateTime z = ZonedDateTime.ofLocal(ldt, base.getZone(), base.getOffset());
        setTimeInMillis(z.toInstant().toEpochMilli());
    }

    @Override
    public void add(int field, int amount) {
        if (amount == 0)
            return;
        if (field < 0 || field >= ZONE_OFFSET)
            throw new IllegalArgumentException();
        ZonedDateTime z = current();
        LocalDateTime ldt = z.toLocalDateTime();
        switch (field) {
            case ERA: return;
            case YEAR: setLocal(z, ldt.plusYears(fields[ERA] == BC ? -amount : amount)); return;
            case MONTH: setLocal(z, ldt.plusMonths(amount)); return;
            case WEEK_OF_YEAR: case WEEK_OF_MONTH: case DAY_OF_WEEK_IN_MONTH:
                setLocal(z, ldt.plusWeeks(amount));
                return;
            case DAY_OF_MONTH: case DAY_OF_YEAR: case DAY_OF_WEEK:
                setLocal(z, ldt.plusDays(amount));
                return;
            case AM_PM: setTimeInMillis(getTimeInMillis() + amount * 43200_000L); return;
            case HOUR: case HOUR_OF_DAY: setTimeInMillis(getTimeInMillis() + amount * 3600_000L); return;
            case MINUTE: setTimeInMillis(getTimeInMillis() + amount * 60_000L); return;
            case SECOND: setTimeInMillis(getTimeInMillis() + amount * 1000L); return;
            default: setTimeInMillis(getTimeInMillis() + amount); return;
        }
    }

    @Override
    public void roll(int field, boolean up) {
        roll(field, up ? 1 : -1);
    }

    @Override
    public void roll(int field, int amount) {
        if (amount == 0)
            return;
        if (field < 0 || field >= ZONE_OFFSET)
            throw new IllegalArgumentException();
        ZonedDateTime z = current();
        LocalDateTime ldt = z.toLocalDateTime();
        LocalDate d = ldt.toLocalDate();
        LocalTime t = ldt.toLocalTime();
        switch (field) {
            case ERA: case YEAR:
                add(field, amount);
                return;
            case MONTH: {
                int m = Math.floorMod(d.getMonthValue() - 1 + amount, 12) + 1;
                setLocal(z, LocalDateTime.of(d.withMonth(m), t));
                return;
            }
            case DAY_OF_MONTH: {
                int len = d.lengthOfMonth();
                setLocal(z, LocalDateTime.of(d.withDayOfMonth(Math.floorMod(d.getDayOfMonth() - 1 + amount, len) + 1), t));
                return;
            }
            case DAY_OF_YEAR: {
                int len = d.lengthOfYear();
                setLocal(z, LocalDateTime.of(d.withDayOfYear(Math.floorMod(d.getDayOfYear() - 1 + amount, len) + 1), t));
                return;
            }
            case DAY_OF_WEEK: {
                int idx = Math.floorMod(dayOfWeek(d.toEpochDay()) - getFirstDayOfWeek(), 7);
                int want = Math.floorMod(idx + amount, 7);
                setLocal(z, LocalDateTime.of(d.plusDays(want - idx), t));
                return;
            }
            case WEEK_OF_YEAR: case WEEK_OF_MONTH: case DAY_OF_WEEK_IN_MONTH: {
                // stay within the year (or month) the date is in
                LocalDate moved = d.plusWeeks(amount);
                boolean sameRange = field == WEEK_OF_YEAR ? moved.getYear() == d.getYear()
                    : moved.getMonthValue() == d.getMonthValue() && moved.getYear() == d.getYear();
                if (!sameRange) {
                    int span = field == WEEK_OF_YEAR ? d.lengthOfYear() : d.lengthOfMonth();
                    int pos = field == WEEK_OF_YEAR ? d.getDayOfYear() - 1 : d.getDayOfMonth() - 1;
                    int weeks = (span + 6) / 7;
                    int week = Math.floorMod(pos / 7 + amount, weeks);
                    int day = Math.min(week * 7 + pos % 7, span - 1);
                    moved = field == WEEK_OF_YEAR ? d.withDayOfYear(day + 1) : d.withDayOfMonth(day + 1);
                }
                setLocal(z, LocalDateTime.of(moved, t));
                return;
            }
            case AM_PM:
                if ((amount & 1) != 0)
                    setLocal(z, LocalDateTime.of(d, t.plusHours(12)));
                return;
            case HOUR:
                setLocal(z, LocalDateTime.of(d, t.withHour((t.getHour() / 12) * 12
                    + Math.floorMod(t.getHour() % 12 + amount, 12))));
                return;
            case HOUR_OF_DAY:
                setLocal(z, LocalDateTime.of(d, t.withHour(Math.floorMod(t.getHour() + amount, 24))));
                return;
            case MINUTE:
                setLocal(z, LocalDateTime.of(d, t.withMinute(Math.floorMod(t.getMinute() + amount, 60))));
                return;
            case SECOND:
                setLocal(z, LocalDateTime.of(d, t.withSecond(Math.floorMod(t.getSecond() + amount, 60))));
                return;
            default:
                setLocal(z, LocalDateTime.of(d, t.withNano(Math.floorMod(t.getNano() / 1000_000 + amount, 1000) * 1000_000)));
                return;
        }
    }

    // ---- ranges ----

    @Override
    public int getMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getMaximum(int field) {
        return MAX_VALUES[field];
    }

    @Override
    public int getGreatestMinimum(int field) {
        return MIN_VALUES[field];
    }

    @Override
    public int getLeastMaximum(int field) {
        return LEAST_MAX_VALUES[field];
    }

    @Override
    public int getActualMaximum(int field) {
        LocalDate d = current().toLocalDate();
        switch (field) {
            case DAY_OF_MONTH: return d.lengthOfMonth();
            case DAY_OF_YEAR: return d.lengthOfYear();
            case DAY_OF_WEEK_IN_MONTH: return (d.lengthOfMonth() - 1) / 7 + 1;
            case WEEK_OF_MONTH: {
                LocalDate last = d.withDayOfMonth(d.lengthOfMonth());
                return weekNumber(d.withDayOfMonth(1).toEpochDay(), last.toEpochDay());
            }
            case WEEK_OF_YEAR: {
                LocalDate last = d.withDayOfYear(d.lengthOfYear());
                int w = weekOfYear(last);
                return w == 1 ? weekOfYear(last.minusDays(7)) : w;
            }
            default: return getMaximum(field);
        }
    }

    @Override
    public int getWeekYear() {
        int year = get(YEAR);
        if (get(ERA) == BC)
            year = 1 - year;
        int week = get(WEEK_OF_YEAR);
        if (get(MONTH) == JANUARY && week >= 52)
            return year - 1;
        if (get(MONTH) == DECEMBER && week == 1)
            return year + 1;
        return year;
    }

    public int getWeeksInWeekYear() {
        GregorianCalendar c = (GregorianCalendar) clone();
        c.setTimeInMillis(LocalDate.of(getWeekYear(), 7, 1).atStartOfDay(zoneId()).toInstant().toEpochMilli());
        return c.getActualMaximum(WEEK_OF_YEAR);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof GregorianCalendar && super.equals(obj);
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ (int) -12219292800000L;
    }
}
