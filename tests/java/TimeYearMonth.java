import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

// Year, YearMonth, MonthDay: leap rules, lengths, arithmetic, text, comparison and errors.
public class TimeYearMonth {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (int y : new int[] {2024, 1900, 2000, -1, 0, 12345, Year.MIN_VALUE, Year.MAX_VALUE}) {
            Year year = Year.of(y);
            System.out.println(year + " leap=" + year.isLeap() + " len=" + year.length() + " era=" + year.get(ChronoField.ERA)
                + " yoe=" + year.get(ChronoField.YEAR_OF_ERA) + " range=" + year.range(ChronoField.YEAR_OF_ERA) + " hash=" + year.hashCode()
                + " feb29=" + year.isValidMonthDay(MonthDay.of(2, 29)));
        }
        Year y = Year.of(2024);
        System.out.println(y.plusYears(10) + " " + y.minusYears(2025) + " " + y.plus(2, ChronoUnit.MILLENNIA) + " " + y.atDay(366)
            + " " + y.atMonth(Month.MARCH) + " " + y.atMonth(11) + " " + y.atMonthDay(MonthDay.of(2, 29)) + " " + Year.of(2023).atMonthDay(MonthDay.of(2, 29))
            + " " + y.until(Year.of(1024), ChronoUnit.CENTURIES) + " " + y.compareTo(Year.of(2000)) + " " + y.isAfter(Year.of(2000))
            + " " + Year.from(LocalDate.of(1999, 5, 5)) + " " + Year.isLeap(2028) + " " + y.with(ChronoField.ERA, 0));
        tryIt("Year.of too big", () -> Year.of(1_000_000_000));
        tryIt("Year plus overflow", () -> Year.of(Year.MAX_VALUE).plusYears(1));
        tryIt("Year get month", () -> y.get(ChronoField.MONTH_OF_YEAR));
        tryIt("Year plus months", () -> y.plus(1, ChronoUnit.MONTHS));
        tryIt("Year atDay 367", () -> y.atDay(367));

        YearMonth ym = YearMonth.of(2024, 2);
        System.out.println(ym + " " + ym.lengthOfMonth() + " " + ym.lengthOfYear() + " " + ym.isLeapYear() + " " + ym.atEndOfMonth()
            + " " + ym.atDay(1) + " " + ym.isValidDay(30) + " " + ym.plusMonths(11) + " " + ym.minusMonths(2) + " " + ym.plusYears(-2025)
            + " " + ym.plus(3, ChronoUnit.DECADES) + " " + ym.withMonth(12) + " " + ym.with(ChronoField.PROLEPTIC_MONTH, 0)
            + " " + ym.until(YearMonth.of(2025, 1), ChronoUnit.MONTHS) + " " + ym.until(YearMonth.of(2020, 3), ChronoUnit.YEARS));
        System.out.println(YearMonth.of(-5, 1) + " " + YearMonth.of(12345, 10) + " " + YearMonth.of(999, 9) + " " + ym.hashCode()
            + " " + ym.compareTo(YearMonth.of(2024, 3)) + " " + ym.equals(YearMonth.from(LocalDate.of(2024, 2, 7)))
            + " " + ym.getLong(ChronoField.PROLEPTIC_MONTH) + " " + ym.format(DateTimeFormatter.ofPattern("MMMM uuuu")));
        tryIt("YearMonth month 0", () -> YearMonth.of(2024, 0));
        tryIt("YearMonth atDay 30", () -> ym.atDay(30));
        tryIt("YearMonth get day", () -> ym.get(ChronoField.DAY_OF_MONTH));
        tryIt("YearMonth from LocalTime", () -> YearMonth.from(java.time.LocalTime.NOON));

        MonthDay md = MonthDay.of(2, 29);
        System.out.println(md + " " + md.isValidYear(2023) + " " + md.atYear(2023) + " " + md.atYear(2024) + " " + md.withMonth(4)
            + " " + md.with(Month.JANUARY) + " " + md.withDayOfMonth(1) + " " + md.range(ChronoField.DAY_OF_MONTH) + " " + md.hashCode()
            + " " + md.compareTo(MonthDay.of(3, 1)) + " " + md.isBefore(MonthDay.of(3, 1)) + " " + MonthDay.from(LocalDate.of(2020, 12, 25))
            + " " + LocalDate.of(2023, 1, 31).with(MonthDay.of(2, 29)) + " " + md.format(DateTimeFormatter.ofPattern("MMM dd")));
        tryIt("MonthDay Feb 30", () -> MonthDay.of(2, 30));
        tryIt("MonthDay Apr 31", () -> MonthDay.of(4, 31));
        tryIt("MonthDay day 32", () -> MonthDay.of(1, 32));
        tryIt("MonthDay get year", () -> md.get(ChronoField.YEAR));
        tryIt("MonthDay withDayOfMonth 31 in Apr", () -> MonthDay.of(4, 1).withDayOfMonth(31));
    }
}
