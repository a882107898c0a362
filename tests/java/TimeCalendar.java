import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

// Calendar/GregorianCalendar: fields from a time, set/add/roll with lenient overflow, weeks, DST, ranges.
public class TimeCalendar {
    static String show(Calendar c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.getTimeInMillis()).append(' ');
        for (int f = 0; f < Calendar.FIELD_COUNT; f++)
            sb.append(c.get(f)).append(f + 1 < Calendar.FIELD_COUNT ? "," : "");
        return sb.toString();
    }

    public static void main(String[] args) {
        TimeZone ny = TimeZone.getTimeZone("America/New_York");
        Calendar c = Calendar.getInstance(ny, Locale.US);
        System.out.println(c.getClass().getName() + " " + c.getCalendarType() + " " + c.getFirstDayOfWeek() + " " + c.getMinimalDaysInFirstWeek()
            + " now year>=2024: " + (c.get(Calendar.YEAR) >= 2024));
        long[] times = {0L, 1709876543210L, 1719792000000L, -1L, 1704067199999L, 1735603200000L, 1609459200000L, 951782400000L, -2208988800000L};
        for (long t : times) {
            c.setTimeInMillis(t);
            System.out.println(show(c) + " | " + c.getTime());
        }
        c.clear();
        c.set(2024, Calendar.JANUARY, 31, 10, 30, 0);
        System.out.println("set: " + show(c));
        c.add(Calendar.MONTH, 1);
        System.out.println("add month: " + show(c));
        c.add(Calendar.DAY_OF_MONTH, 10);
        System.out.println("add days: " + show(c));
        c.add(Calendar.HOUR_OF_DAY, 24);
        System.out.println("add 24h over DST: " + show(c));
        c.add(Calendar.YEAR, -1);
        System.out.println("add year: " + show(c));
        c.roll(Calendar.MONTH, 11);
        System.out.println("roll month: " + show(c));
        c.roll(Calendar.DAY_OF_MONTH, -15);
        System.out.println("roll day: " + show(c));
        c.roll(Calendar.HOUR_OF_DAY, true);
        c.roll(Calendar.MINUTE, 45);
        System.out.println("roll time: " + show(c));
        c.set(Calendar.MONTH, 13);
        System.out.println("lenient month 13: " + show(c));
        c.set(Calendar.DAY_OF_MONTH, 0);
        System.out.println("day 0: " + show(c));
        c.set(Calendar.DAY_OF_WEEK, Calendar.SATURDAY);
        System.out.println("dow saturday: " + show(c));
        c.set(Calendar.DAY_OF_YEAR, 256);
        System.out.println("doy 256: " + show(c));
        c.set(Calendar.HOUR, 3);
        c.set(Calendar.AM_PM, Calendar.PM);
        System.out.println("3 PM: " + show(c));
        c.set(Calendar.MINUTE, 125);
        c.set(Calendar.SECOND, -1);
        System.out.println("minute 125, second -1: " + show(c));
        GregorianCalendar g = new GregorianCalendar(2024, Calendar.MARCH, 10, 2, 30);
        g.setTimeZone(ny);
        System.out.println("gc: " + show(g) + " leap " + g.isLeapYear(2024) + " " + g.isLeapYear(1900));
        GregorianCalendar gap = new GregorianCalendar(ny);
        gap.clear();
        gap.set(2024, Calendar.MARCH, 10, 2, 30);
        System.out.println("gap: " + show(gap));
        gap.set(2024, Calendar.NOVEMBER, 3, 1, 30);
        System.out.println("overlap: " + show(gap));
        for (int y = 2019; y <= 2027; y++) {
            gap.clear();
            gap.set(y, Calendar.DECEMBER, 31);
            System.out.println(y + "-12-31 week " + gap.get(Calendar.WEEK_OF_YEAR) + " max " + gap.getActualMaximum(Calendar.WEEK_OF_YEAR)
                + " weekYear " + gap.getWeekYear() + " wom " + gap.get(Calendar.WEEK_OF_MONTH) + " maxwom " + gap.getActualMaximum(Calendar.WEEK_OF_MONTH));
            gap.set(y, Calendar.JANUARY, 1);
            System.out.println(y + "-01-01 week " + gap.get(Calendar.WEEK_OF_YEAR) + " dow " + gap.get(Calendar.DAY_OF_WEEK));
        }
        gap.clear();
        gap.set(2024, Calendar.FEBRUARY, 1);
        System.out.println(gap.getActualMaximum(Calendar.DAY_OF_MONTH) + " " + gap.getActualMaximum(Calendar.DAY_OF_YEAR) + " "
            + gap.getMaximum(Calendar.DAY_OF_MONTH) + " " + gap.getLeastMaximum(Calendar.DAY_OF_MONTH) + " " + gap.getMinimum(Calendar.MONTH)
            + " " + gap.getActualMinimum(Calendar.DAY_OF_MONTH) + " " + gap.getDisplayName(Calendar.MONTH, Calendar.LONG, Locale.US)
            + " " + gap.getDisplayName(Calendar.DAY_OF_WEEK, Calendar.SHORT, Locale.US) + " " + gap.getDisplayName(Calendar.AM_PM, Calendar.SHORT, Locale.US));
        gap.set(Calendar.WEEK_OF_YEAR, 10);
        System.out.println("week 10: " + show(gap));
        gap.set(Calendar.DAY_OF_WEEK, Calendar.MONDAY);
        gap.set(Calendar.DAY_OF_WEEK_IN_MONTH, -1);
        System.out.println("last monday: " + show(gap));
        Calendar a = new GregorianCalendar(2020, 0, 1);
        Calendar b = (Calendar) a.clone();
        b.add(Calendar.MILLISECOND, 1);
        System.out.println(a.before(b) + " " + a.after(b) + " " + a.compareTo(b) + " " + a.equals(b) + " " + a.equals(a.clone())
            + " " + (a.hashCode() == ((Calendar) a.clone()).hashCode()) + " " + a.toInstant() + " " + a.isSet(Calendar.YEAR));
        Calendar strict = new GregorianCalendar(ny);
        strict.setLenient(false);
        strict.clear();
        strict.set(2023, Calendar.FEBRUARY, 29);
        try {
            strict.getTime();
            System.out.println("strict: no exception");
        } catch (IllegalArgumentException e) {
            System.out.println("strict: IllegalArgumentException");
        }
        // Legacy zones start in 1900: before it the raw offset applies (no LMT).
        for (String z : new String[] {"America/New_York", "Europe/Paris", "Asia/Kolkata", "Europe/Dublin"}) {
            TimeZone tz = TimeZone.getTimeZone(z);
            Calendar old = new GregorianCalendar(tz);
            StringBuilder sb = new StringBuilder(z);
            for (long t : new long[] {-2500000000000L, -2208988800001L, -2208988800000L, -2000000000000L, -1800000000000L}) {
                old.setTimeInMillis(t);
                sb.append(' ').append(tz.getOffset(t)).append('/').append(old.get(Calendar.HOUR_OF_DAY)).append(':')
                  .append(old.get(Calendar.MINUTE)).append('/').append(old.get(Calendar.ZONE_OFFSET));
            }
            old.clear();
            old.set(1850, Calendar.JUNE, 1, 12, 0);
            sb.append(' ').append(old.getTimeInMillis()).append(' ').append(String.format("%tc", old));
            TimeZone.setDefault(tz);
            sb.append(" | ").append(new Date(-2500000000000L)).append(" | ").append(String.format("%tc %<tz", -2300000000000L));
            TimeZone.setDefault(null);
            System.out.println(sb);
        }
        Calendar p = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"));
        p.setTimeInMillis(1720098367890L);
        System.out.println(String.format("%tc | %<tF %<tT.%<tL %<tZ %<tz", p) + " " + ((GregorianCalendar) p).toZonedDateTime()
            + " " + GregorianCalendar.from(((GregorianCalendar) p).toZonedDateTime()).getTimeInMillis());
        try {
            c.get(17);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName());
        }
    }
}
