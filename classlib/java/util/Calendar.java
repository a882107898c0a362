/*
 * Calendar: the JDK's field-based calendar API over an instant and a time
 * zone.  Fields are computed from the time on demand; set() records a
 * field with a stamp, and the time is recomputed from the fields (the most
 * recently set combination wins, leniently) when next read.  The calendar
 * arithmetic itself is GregorianCalendar's, on top of java.time.
 */
package java.util;

import java.time.Instant;

public abstract class Calendar implements java.io.Serializable, Cloneable, Comparable<Calendar> {
    public static final int ERA = 0;
    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int WEEK_OF_YEAR = 3;
    public static final int WEEK_OF_MONTH = 4;
    public static final int DATE = 5;
    public static final int DAY_OF_MONTH = 5;
    public static final int DAY_OF_YEAR = 6;
    public static final int DAY_OF_WEEK = 7;
    public static final int DAY_OF_WEEK_IN_MONTH = 8;
    public static final int AM_PM = 9;
    public static final int HOUR = 10;
    public static final int HOUR_OF_DAY = 11;
    public static final int MINUTE = 12;
    public static final int SECOND = 13;
    public static final int MILLISECOND = 14;
    public static final int ZONE_OFFSET = 15;
    public static final int DST_OFFSET = 16;
    public static final int FIELD_COUNT = 17;

    public static final int SUNDAY = 1;
    public static final int MONDAY = 2;
    public static final int TUESDAY = 3;
    public static final int WEDNESDAY = 4;
    public static final int THURSDAY = 5;
    public static final int FRIDAY = 6;
    public static final int SATURDAY = 7;

    public static final int JANUARY = 0;
    public static final int FEBRUARY = 1;
    public static final int MARCH = 2;
    public static final int APRIL = 3;
    public static final int MAY = 4;
    public static final int JUNE = 5;
    public static final int JULY = 6;
    public static final int AUGUST = 7;
    public static final int SEPTEMBER = 8;
    public static final int OCTOBER = 9;
    public static final int NOVEMBER = 10;
    public static final int DECEMBER = 11;
    public static final int UNDECIMBER = 12;

    public static final int AM = 0;
    public static final int PM = 1;

    public static final int ALL_STYLES = 0;
    public static final int SHORT = 1;
    public static final int LONG = 2;
    public static final int NARROW_FORMAT = 4;
    public static final int NARROW_STANDALONE = NARROW_FORMAT | 0x8000;
    public static final int SHORT_FORMAT = 1;
    public static final int LONG_FORMAT = 2;
    public static final int SHORT_STANDALONE = SHORT | 0x8000;
    public static final int LONG_STANDALONE = LONG | 0x8000;

    private static final long serialVersionUID = -1807547505821590642L;
    private static final String[] FIELD_NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH",
        "DAY_OF_MONTH", "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY",
        "MINUTE", "SECOND", "MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"};

    protected int[] fields = new int[FIELD_COUNT];
    protected boolean[] isSet = new boolean[FIELD_COUNT];
    protected long time;
    protected boolean isTimeSet;
    protected boolean areFieldsSet;
    /** When each field was set (0: computed or cleared); the newest combination decides. */
    int[] stamp = new int[FIELD_COUNT];
    int nextStamp = 1;
    private TimeZone zone;
    private boolean lenient = true;
    private int firstDayOfWeek = SUNDAY;
    private int minimalDaysInFirstWeek = 1;

    protected Calendar() {
        this(TimeZone.getDefault(), Locale.getDefault());
    }

    protected Calendar(TimeZone zone, Locale aLocale) {
        this.zone = zone;
    }

    public static Calendar getInstance() {
        return new GregorianCalendar();
    }

    public static Calendar getInstance(TimeZone zone) {
        return new GregorianCalendar(zone);
    }

    public static Calendar getInstance(Locale aLocale) {
        return new GregorianCalendar(aLocale);
    }

    public static Calendar getInstance(TimeZone zone, Locale aLocale) {
        return new GregorianCalendar(zone, aLocale);
    }

    public static Set<String> getAvailableCalendarTypes() {
        return Set.of("gregory");
    }

    public String getCalendarType() {
        return "gregory";
    }

    protected abstract void computeTime();

    protected abstract void computeFields();

    public abstract void add(int field, int amount);

    public abstract void roll(int field, boolean up);

    public void roll(int field, int amount) {
        while (amount > 0) {
            roll(field, true);
            amount--;
        }
        while (amount < 0) {
            roll(field, false);
            amount++;
        }
    }

    public abstract int getMinimum(int field);

    public abstract int getMaximum(int field);

    public abstract int getGreatestMinimum(int field);

    public abstract int getLeastMaximum(int field);

    public int getActualMinimum(int field) {
        return getMinimum(field);
    }

    public int getActualMaximum(int field) {
        return getMaximum(field);
    }

    public final Date getTime() {
        return new Date(getTimeInMillis());
    }

    public final void setTime(Date date) {
        setTimeInMillis(date.getTime());
    }

    public long getTimeInMillis() {
        if (!isTimeSet)
            updateTime();
        return time;
    }

    public void setTimeInMillis(long millis) {
        time = millis;
        isTimeSet = true;
        Arrays.fill(stamp, 0);
        computeFields();
        areFieldsSet = true;
        Arrays.fill(isSet, true);
    }

    private void updateTime() {
        computeTime();
        isTimeSet = true;
    }

    protected void complete() {
        if (!isTimeSet)
            updateTime();
        if (!areFieldsSet) {
            computeFields();
            areFieldsSet = true;
            Arrays.fill(isSet, true);
        }
    }

    public int get(int field) {
        checkField(field);
        complete();
        return fields[field];
    }

    protected final int internalGet(int field) {
        return fields[field];
    }

    private static void checkField(int field) {
        if (field < 0 || field >= FIELD_COUNT)
            throw new ArrayIndexOutOfBoundsException(field);
    }

    public void set(int field, int value) {
        checkField(field);
        if (isTimeSet && !areFieldsSet) {
            computeFields();
            areFieldsSet = true;
        }
        fields[field] = value;
        isSet[field] = true;
        stamp[field] = nextStamp++;
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(year, month, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }

    public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {
        set(year, month, date, hourOfDay, minute);
        set(SECOND, second);
    }

    public final void clear() {
        Arrays.fill(fields, 0);
        Arrays.fill(isSet, false);
        Arrays.fill(stamp, 0);
        fields[DAY_OF_MONTH] = 1;
        fields[ERA] = 1;
        fields[YEAR] = 1970;
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final void clear(int field) {
        if (isTimeSet && !areFieldsSet) {
            computeFields();
            areFieldsSet = true;
        }
        fields[field] = field == DAY_OF_MONTH ? 1 : field == YEAR ? 1970 : field == ERA ? 1 : 0;
        isSet[field] = false;
        stamp[field] = nextStamp++;
        isTimeSet = false;
        areFieldsSet = false;
    }

    public final boolean isSet(int field) {
        return isSet[field];
    }

    public String getDisplayName(int field, int style, Locale locale) {
        boolean longStyle = (style & 3) == LONG;
        int value = get(field);
        switch (field) {
            case MONTH: {
                String n = java.time.Month.of(value + 1).getDisplayName(
                    longStyle ? java.time.format.TextStyle.FULL : java.time.format.TextStyle.SHORT, Locale.US);
                return n;
            }
            case DAY_OF_WEEK: {
                String n = java.time.DayOfWeek.of((value + 5) % 7 + 1).getDisplayName(
                    longStyle ? java.time.format.TextStyle.FULL : java.time.format.TextStyle.SHORT, Locale.US);
                return n;
            }
            case AM_PM:
                return value == AM ? "AM" : "PM";
            case ERA:
                return longStyle ? (value == 1 ? "Anno Domini" : "Before Christ") : (value == 1 ? "AD" : "BC");
            default:
                return null;
        }
    }

    /** Fields already computed follow the time into the new zone; fields pending are read in it. */
    public void setTimeZone(TimeZone value) {
        zone = value;
        if (isTimeSet)
            areFieldsSet = false;
    }

    public TimeZone getTimeZone() {
        return zone;
    }

    public void setLenient(boolean lenient) {
        this.lenient = lenient;
    }

    public boolean isLenient() {
        return lenient;
    }

    public void setFirstDayOfWeek(int value) {
        firstDayOfWeek = value;
        areFieldsSet = false;
    }

    public int getFirstDayOfWeek() {
        return firstDayOfWeek;
    }

    public void setMinimalDaysInFirstWeek(int value) {
        minimalDaysInFirstWeek = value;
        areFieldsSet = false;
    }

    public int getMinimalDaysInFirstWeek() {
        return minimalDaysInFirstWeek;
    }

    public boolean isWeekDateSupported() {
        return true;
    }

    public int getWeekYear() {
        throw new UnsupportedOperationException();
    }

    public final Instant toInstant() {
        return Instant.ofEpochMilli(getTimeInMillis());
    }

    public boolean before(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) < 0;
    }

    public boolean after(Object when) {
        return when instanceof Calendar && compareTo((Calendar) when) > 0;
    }

    @Override
    public int compareTo(Calendar anotherCalendar) {
        return Long.compare(getTimeInMillis(), anotherCalendar.getTimeInMillis());
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj)
            return true;
        if (!(obj instanceof Calendar))
            return false;
        Calendar that = (Calendar) obj;
        return getTimeInMillis() == that.getTimeInMillis() && lenient == that.lenient
            && firstDayOfWeek == that.firstDayOfWeek && minimalDaysInFirstWeek == that.minimalDaysInFirstWeek
            && zone.getID().equals(that.zone.getID());
    }

    @Override
    public int hashCode() {
        int otheritems = (lenient ? 1 : 0) | (firstDayOfWeek << 1) | (minimalDaysInFirstWeek << 4);
        long t = getTimeInMillis();
        return (int) t ^ (int) (t >> 32) ^ otheritems;
    }

    @Override
    public Object clone() {
        try {
            Calendar other = (Calendar) super.clone();
            other.fields = fields.clone();
            other.isSet = isSet.clone();
            other.stamp = stamp.clone();
            other.zone = (TimeZone) zone.clone();
            return other;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    @Override
    public String toString() {
        StringBuilder buffer = new StringBuilder(800);
        buffer.append(getClass().getName()).append('[');
        buffer.append("time=").append(isTimeSet ? Long.toString(time) : "?");
        buffer.append(",areFieldsSet=").append(areFieldsSet);
        buffer.append(",lenient=").append(lenient);
        buffer.append(",zone=").append(zone);
        buffer.append(",firstDayOfWeek=").append(firstDayOfWeek);
        buffer.append(",minimalDaysInFirstWeek=").append(minimalDaysInFirstWeek);
        for (int i = 0; i < FIELD_COUNT; ++i) {
            buffer.append(',').append(FIELD_NAMES[i]).append('=');
            buffer.append(isSet(i) ? String.valueOf(fields[i]) : "?");
        }
        buffer.append(']');
        return buffer.toString();
    }
}
