/*
 * Date: milliseconds since the epoch, as the JDK's, with its text in the
 * default zone ("Thu Jan 01 00:00:00 UTC 1970") and the deprecated field
 * getters in local time.  Dates before the Gregorian cutover (1582-10-15)
 * are shown in the proleptic Gregorian calendar, not the JDK's Julian one.
 */
package java.util;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
    private static final long serialVersionUID = 7523967970034938905L;
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                            "Sep", "Oct", "Nov", "Dec"};

    private transient long fastTime;

    public Date() {
        this(System.currentTimeMillis());
    }

    public Date(long date) {
        fastTime = date;
    }

    @Deprecated
    public Date(int year, int month, int date) {
        this(year, month, date, 0, 0, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min) {
        this(year, month, date, hrs, min, 0);
    }

    @Deprecated
    public Date(int year, int month, int date, int hrs, int min, int sec) {
        // Fields out of range roll over, as in the JDK's lenient calendar.
        LocalDateTime ldt = LocalDateTime.of(1900 + year, 1, 1, 0, 0).plusMonths(month).plusDays(date - 1L)
            .plusHours(hrs).plusMinutes(min).plusSeconds(sec);
        fastTime = ldt.toInstant(TimeZone.getDefault().offsetOfLocal(ldt)).toEpochMilli();
    }

    /** The local date-time in the default zone, with the legacy offsets TimeZone gives. */
    private java.time.OffsetDateTime local() {
        return local(TimeZone.getDefault());
    }

    private java.time.OffsetDateTime local(TimeZone tz) {
        return Instant.ofEpochMilli(fastTime).atOffset(tz.offsetAt(fastTime));
    }

    public static Date from(Instant instant) {
        try {
            return new Date(instant.toEpochMilli());
        } catch (ArithmeticException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    public Instant toInstant() {
        return Instant.ofEpochMilli(fastTime);
    }

    public long getTime() {
        return fastTime;
    }

    public void setTime(long time) {
        fastTime = time;
    }

    @Deprecated
    public int getYear() {
        return local().getYear() - 1900;
    }

    @Deprecated
    public int getMonth() {
        return local().getMonthValue() - 1;
    }

    @Deprecated
    public int getDate() {
        return local().getDayOfMonth();
    }

    @Deprecated
    public int getDay() {
        return local().getDayOfWeek().getValue() % 7;
    }

    @Deprecated
    public int getHours() {
        return local().getHour();
    }

    @Deprecated
    public int getMinutes() {
        return local().getMinute();
    }

    @Deprecated
    public int getSeconds() {
        return local().getSecond();
    }

    @Deprecated
    public int getTimezoneOffset() {
        return -local().getOffset().getTotalSeconds() / 60;
    }

    private void setLocal(java.time.temporal.ChronoField field, long value) {
        LocalDateTime ldt = local().toLocalDateTime();
        switch (field) {
            case YEAR: ldt = ldt.withDayOfMonth(1).withYear((int) value).plusDays(ldt.getDayOfMonth() - 1L); break;
            case MONTH_OF_YEAR: ldt = ldt.withDayOfMonth(1).withMonth(1).plusMonths(value).plusDays(ldt.getDayOfMonth() - 1L); break;
            case DAY_OF_MONTH: ldt = ldt.withDayOfMonth(1).plusDays(value - 1); break;
            case HOUR_OF_DAY: ldt = ldt.withHour(0).plusHours(value); break;
            case MINUTE_OF_HOUR: ldt = ldt.withMinute(0).plusMinutes(value); break;
            default: ldt = ldt.withSecond(0).plusSeconds(value); break;
        }
        fastTime = ldt.toInstant(TimeZone.getDefault().offsetOfLocal(ldt)).toEpochMilli();
    }

    @Deprecated
    public void setYear(int year) {
        setLocal(java.time.temporal.ChronoField.YEAR, year + 1900);
    }

    @Deprecated
    public void setMonth(int month) {
        setLocal(java.time.temporal.ChronoField.MONTH_OF_YEAR, month);
    }

    @Deprecated
    public void setDate(int date) {
        setLocal(java.time.temporal.ChronoField.DAY_OF_MONTH, date);
    }

    @Deprecated
    public void setHours(int hours) {
        setLocal(java.time.temporal.ChronoField.HOUR_OF_DAY, hours);
    }

    @Deprecated
    public void setMinutes(int minutes) {
        setLocal(java.time.temporal.ChronoField.MINUTE_OF_HOUR, minutes);
    }

    @Deprecated
    public void setSeconds(int seconds) {
        setLocal(java.time.temporal.ChronoField.SECOND_OF_MINUTE, seconds);
    }

    @Deprecated
    public static long UTC(int year, int month, int date, int hrs, int min, int sec) {
        return LocalDateTime.of(1900 + year, 1, 1, 0, 0).plusMonths(month).plusDays(date - 1L).plusHours(hrs)
            .plusMinutes(min).plusSeconds(sec).toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
    }

    @Deprecated
    public String toLocaleString() {
        return java.time.format.DateTimeFormatter.ofPattern("MMM d, y, h:mm:ss a").format(local());
    }

    public boolean before(Date when) {
        return fastTime < when.fastTime;
    }

    public boolean after(Date when) {
        return fastTime > when.fastTime;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Date && getTime() == ((Date) obj).getTime();
    }

    @Override
    public int compareTo(Date anotherDate) {
        return Long.compare(fastTime, anotherDate.fastTime);
    }

    @Override
    public int hashCode() {
        long ht = getTime();
        return (int) ht ^ (int) (ht >> 32);
    }

    @Override
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    private static void pad2(StringBuilder sb, int v) {
        if (v < 10)
            sb.append('0');
        sb.append(v);
    }

    @Override
    public String toString() {
        TimeZone tz = TimeZone.getDefault();
        java.time.OffsetDateTime t = local(tz);
        StringBuilder sb = new StringBuilder(28);
        sb.append(DAYS[t.getDayOfWeek().ordinal()]).append(' ')
          .append(MONTHS[t.getMonthValue() - 1]).append(' ');
        pad2(sb, t.getDayOfMonth());
        sb.append(' ');
        pad2(sb, t.getHour());
        sb.append(':');
        pad2(sb, t.getMinute());
        sb.append(':');
        pad2(sb, t.getSecond());
        sb.append(' ');
        sb.append(tz.getDisplayName(tz.inDaylightTime(this), TimeZone.SHORT, Locale.US)).append(' ');
        sb.append(t.getYear());
        return sb.toString();
    }

    @Deprecated
    public String toGMTString() {
        ZonedDateTime t = Instant.ofEpochMilli(fastTime).atZone(java.time.ZoneOffset.UTC);
        StringBuilder sb = new StringBuilder(28);
        sb.append(t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ')
          .append(t.getYear()).append(' ');
        pad2(sb, t.getHour());
        sb.append(':');
        pad2(sb, t.getMinute());
        sb.append(':');
        pad2(sb, t.getSecond());
        return sb.append(" GMT").toString();
    }
}
