import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

// LocalDate: construction, leap years, month ends, arithmetic, fields and errors.
public class TimeLocalDate {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 2, 29);
        System.out.println(d + " " + d.getDayOfWeek() + " doy=" + d.getDayOfYear() + " leap=" + d.isLeapYear()
            + " len=" + d.lengthOfMonth() + "/" + d.lengthOfYear());
        System.out.println(d.plusYears(1) + " " + d.minusYears(4) + " " + d.plusMonths(1) + " " + d.plusDays(1));
        System.out.println(LocalDate.of(2023, 1, 31).plusMonths(1) + " " + LocalDate.of(2024, 1, 31).plusMonths(1)
            + " " + LocalDate.of(2024, 3, 31).minusMonths(1) + " " + LocalDate.of(2024, 12, 31).plusDays(1));
        System.out.println(LocalDate.of(1, 1, 1) + " " + LocalDate.of(0, 1, 1) + " " + LocalDate.of(-1, 12, 31)
            + " " + LocalDate.of(-999, 6, 5) + " " + LocalDate.of(9999, 12, 31) + " " + LocalDate.of(10000, 1, 1));
        System.out.println(LocalDate.MIN + " " + LocalDate.MAX + " " + LocalDate.EPOCH);
        for (long e : new long[] {0, -1, 1, 365, -719528, 19000, 2932896, -365243219162L, 365241780471L, 11016, -141427})
            System.out.println("epochDay " + e + " -> " + LocalDate.ofEpochDay(e) + " -> " + LocalDate.ofEpochDay(e).toEpochDay());
        for (int y : new int[] {1900, 2000, 2023, 2024, 2100, 1600, -4, -100, 0})
            System.out.println(y + " leap " + LocalDate.of(y, 1, 1).isLeapYear());
        System.out.println(LocalDate.ofYearDay(2024, 60) + " " + LocalDate.ofYearDay(2023, 365) + " " + LocalDate.ofYearDay(2024, 366));
        tryIt("ofYearDay 2023 366", () -> LocalDate.ofYearDay(2023, 366));
        tryIt("Feb 29 2023", () -> LocalDate.of(2023, 2, 29));
        tryIt("Feb 30 2024", () -> LocalDate.of(2024, 2, 30));
        tryIt("Apr 31", () -> LocalDate.of(2024, 4, 31));
        tryIt("month 13", () -> LocalDate.of(2024, 13, 1));
        tryIt("day 0", () -> LocalDate.of(2024, 1, 0));
        tryIt("year too big", () -> LocalDate.of(1_000_000_000, 1, 1));
        tryIt("MAX plus day", () -> LocalDate.MAX.plusDays(1));
        tryIt("MIN minus day", () -> LocalDate.MIN.minusDays(1));
        tryIt("plusYears overflow", () -> LocalDate.of(2000, 1, 1).plusYears(Long.MAX_VALUE));
        tryIt("ofEpochDay huge", () -> LocalDate.ofEpochDay(Long.MAX_VALUE));
        tryIt("get EpochDay", () -> LocalDate.of(2000, 1, 1).get(ChronoField.EPOCH_DAY));
        tryIt("get HourOfDay", () -> LocalDate.of(2000, 1, 1).get(ChronoField.HOUR_OF_DAY));
        tryIt("plus hours", () -> LocalDate.of(2000, 1, 1).plus(1, ChronoUnit.HOURS));
        tryIt("with month 0", () -> LocalDate.of(2000, 1, 1).withMonth(0));
        tryIt("withDayOfMonth 31 in Feb", () -> LocalDate.of(2000, 2, 1).withDayOfMonth(31));
        LocalDate a = LocalDate.of(2020, 1, 31);
        LocalDate b = LocalDate.of(2024, 3, 1);
        System.out.println(a.until(b) + " " + b.until(a) + " " + Period.between(a, b) + " days=" + a.until(b, ChronoUnit.DAYS)
            + " weeks=" + a.until(b, ChronoUnit.WEEKS) + " months=" + ChronoUnit.MONTHS.between(a, b)
            + " years=" + ChronoUnit.YEARS.between(a, b) + " decades=" + a.until(b, ChronoUnit.DECADES));
        System.out.println(LocalDate.of(2024, 1, 31).until(LocalDate.of(2024, 2, 29)) + " "
            + LocalDate.of(2024, 3, 31).until(LocalDate.of(2024, 2, 29)));
        for (ChronoField f : ChronoField.values()) {
            if (d.isSupported(f))
                System.out.println(f + "=" + d.getLong(f) + " range " + d.range(f));
            else
                System.out.println(f + " unsupported");
        }
        LocalDate x = LocalDate.of(2024, 5, 15);
        System.out.println(x.with(TemporalAdjusters.firstDayOfMonth()) + " " + x.with(TemporalAdjusters.lastDayOfMonth())
            + " " + x.with(TemporalAdjusters.firstDayOfNextMonth()) + " " + x.with(TemporalAdjusters.firstDayOfYear())
            + " " + x.with(TemporalAdjusters.lastDayOfYear()) + " " + x.with(TemporalAdjusters.firstDayOfNextYear()));
        System.out.println(x.with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)) + " " + x.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY))
            + " " + x.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)) + " " + x.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
            + " " + x.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)) + " " + x.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY))
            + " " + x.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY)) + " " + x.with(TemporalAdjusters.dayOfWeekInMonth(-2, DayOfWeek.TUESDAY)));
        System.out.println(x.with(ChronoField.DAY_OF_WEEK, 7) + " " + x.with(ChronoField.DAY_OF_YEAR, 1) + " "
            + x.with(ChronoField.YEAR_OF_ERA, 5) + " " + x.with(ChronoField.ERA, 0) + " " + x.with(Month.FEBRUARY)
            + " " + x.with(ChronoField.ALIGNED_WEEK_OF_YEAR, 1) + " " + x.with(ChronoField.PROLEPTIC_MONTH, 0));
        System.out.println(x.plus(Period.of(1, 2, 3)) + " " + x.minus(Period.ofWeeks(3)) + " " + x.plus(3, ChronoUnit.CENTURIES)
            + " " + x.plus(1, ChronoUnit.ERAS));
        System.out.println(x.equals(LocalDate.of(2024, 5, 15)) + " " + x.hashCode() + " " + LocalDate.of(-5, 3, 2).hashCode()
            + " " + x.compareTo(LocalDate.of(2024, 6, 1)) + " " + x.compareTo(LocalDate.of(2023, 6, 1))
            + " " + x.isBefore(b) + " " + x.isAfter(b) + " " + x.isEqual(x));
        System.out.println(x.atStartOfDay() + " " + x.atTime(10, 5) + " " + x.atTime(1, 2, 3, 400) + " " + x.toEpochDay());
        StringBuilder sb = new StringBuilder();
        LocalDate.of(2024, 2, 26).datesUntil(LocalDate.of(2024, 3, 3)).forEach(t -> sb.append(t.getDayOfMonth()).append(' '));
        LocalDate.of(2024, 1, 31).datesUntil(LocalDate.of(2024, 7, 1), Period.ofMonths(1)).forEach(t -> sb.append(t).append(' '));
        System.out.println(sb);
        System.out.println(LocalDate.parse("2024-02-29") + " " + LocalDate.parse("+12345-01-02") + " " + LocalDate.parse("-0044-03-15"));
        tryIt("parse 2023-02-29", () -> LocalDate.parse("2023-02-29"));
        tryIt("parse 2023-13-01", () -> LocalDate.parse("2023-13-01"));
        tryIt("parse 2023-1-01", () -> LocalDate.parse("2023-1-01"));
        tryIt("parse 2023-01-01x", () -> LocalDate.parse("2023-01-01x"));
        tryIt("parse empty", () -> LocalDate.parse(""));
        tryIt("parse 12345-01-01", () -> LocalDate.parse("12345-01-01"));
        tryIt("from LocalTime", () -> LocalDate.from(java.time.LocalTime.NOON));
    }
}
