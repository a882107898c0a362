import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

// LocalTime and LocalDateTime: text forms, wrap-around, truncation, fields, until.
public class TimeLocalTime {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println(LocalTime.of(9, 5) + " " + LocalTime.of(9, 5, 7) + " " + LocalTime.of(9, 5, 0, 1)
            + " " + LocalTime.of(9, 5, 0, 120_000_000) + " " + LocalTime.of(9, 5, 0, 123_400) + " " + LocalTime.of(23, 59, 59, 999_999_999));
        System.out.println(LocalTime.MIN + " " + LocalTime.MAX + " " + LocalTime.NOON + " " + LocalTime.MIDNIGHT);
        LocalTime t = LocalTime.of(22, 45, 30, 500);
        System.out.println(t.plusHours(3) + " " + t.plusMinutes(80) + " " + t.plusSeconds(-86401) + " " + t.plusNanos(-501)
            + " " + t.minusHours(25) + " " + t.minusMinutes(Long.MIN_VALUE) + " " + t.plus(3, ChronoUnit.HALF_DAYS));
        System.out.println(t.truncatedTo(ChronoUnit.HOURS) + " " + t.truncatedTo(ChronoUnit.MINUTES) + " "
            + t.truncatedTo(ChronoUnit.SECONDS) + " " + t.truncatedTo(ChronoUnit.HALF_DAYS) + " " + t.truncatedTo(ChronoUnit.DAYS));
        tryIt("truncate to weeks", () -> t.truncatedTo(ChronoUnit.WEEKS));
        tryIt("hour 24", () -> LocalTime.of(24, 0));
        tryIt("minute 60", () -> LocalTime.of(1, 60));
        tryIt("nano -1", () -> LocalTime.of(1, 1, 1, -1));
        tryIt("ofSecondOfDay 86400", () -> LocalTime.ofSecondOfDay(86400));
        tryIt("plus days", () -> t.plus(1, ChronoUnit.DAYS));
        tryIt("get NanoOfDay", () -> t.get(ChronoField.NANO_OF_DAY));
        tryIt("get year", () -> t.get(ChronoField.YEAR));
        for (ChronoField f : ChronoField.values())
            if (t.isSupported(f))
                System.out.println(f + "=" + t.getLong(f));
        System.out.println(t.with(ChronoField.CLOCK_HOUR_OF_AMPM, 12) + " " + t.with(ChronoField.AMPM_OF_DAY, 0) + " "
            + t.with(ChronoField.MILLI_OF_DAY, 1234) + " " + t.withNano(0) + " " + t.withSecond(0).withNano(0));
        System.out.println(LocalTime.ofSecondOfDay(3661) + " " + LocalTime.ofNanoOfDay(1) + " " + t.toSecondOfDay() + " " + t.toNanoOfDay());
        System.out.println(t.until(LocalTime.of(1, 0), ChronoUnit.MINUTES) + " " + LocalTime.of(1, 0).until(t, ChronoUnit.HOURS)
            + " " + t.compareTo(LocalTime.NOON) + " " + t.isAfter(LocalTime.NOON) + " " + t.hashCode());
        System.out.println(LocalTime.parse("10:15") + " " + LocalTime.parse("10:15:30") + " " + LocalTime.parse("10:15:30.5")
            + " " + LocalTime.parse("10:15:30.123456789"));
        tryIt("parse 25:00", () -> LocalTime.parse("25:00"));
        tryIt("parse 10:15:30.1234567891", () -> LocalTime.parse("10:15:30.1234567891"));
        tryIt("parse 1:15", () -> LocalTime.parse("1:15"));

        LocalDateTime dt = LocalDateTime.of(2024, Month.DECEMBER, 31, 23, 59, 59, 999_999_999);
        System.out.println(dt + " " + dt.plusNanos(1) + " " + dt.plusSeconds(1) + " " + dt.minusHours(48) + " " + dt.plusWeeks(9)
            + " " + dt.plus(3, ChronoUnit.MILLIS) + " " + dt.plus(1000, ChronoUnit.HALF_DAYS));
        System.out.println(LocalDateTime.MIN + " " + LocalDateTime.MAX);
        LocalDateTime e = LocalDateTime.of(2021, 3, 14, 2, 30);
        System.out.println(e.until(dt, ChronoUnit.SECONDS) + " " + e.until(dt, ChronoUnit.DAYS) + " " + dt.until(e, ChronoUnit.MONTHS)
            + " " + e.until(dt, ChronoUnit.NANOS) + " " + e.until(dt, ChronoUnit.HALF_DAYS) + " " + dt.until(e, ChronoUnit.MICROS));
        System.out.println(LocalDateTime.ofEpochSecond(1700000000L, 5, ZoneOffset.ofHours(-8)) + " "
            + LocalDateTime.ofEpochSecond(-1, 0, ZoneOffset.UTC) + " " + e.toEpochSecond(ZoneOffset.ofHoursMinutes(5, 30))
            + " " + e.toInstant(ZoneOffset.UTC));
        System.out.println(e.with(LocalDate.of(2000, 1, 1)) + " " + e.with(LocalTime.NOON) + " " + e.withDayOfYear(1)
            + " " + e.truncatedTo(ChronoUnit.DAYS) + " " + e.getDayOfWeek() + " " + e.toLocalDate() + " " + e.toLocalTime());
        System.out.println(e.compareTo(dt) + " " + dt.compareTo(e) + " " + e.isBefore(dt) + " " + e.equals(LocalDateTime.parse("2021-03-14T02:30"))
            + " " + e.hashCode());
        System.out.println(LocalDateTime.parse("2024-01-02T03:04:05.06") + " " + LocalDateTime.parse("2024-01-02t03:04"));
        tryIt("parse no T", () -> LocalDateTime.parse("2024-01-02 03:04"));
        tryIt("parse date only", () -> LocalDateTime.parse("2024-01-02"));
        tryIt("MAX plus 1ns", () -> LocalDateTime.MAX.plusNanos(1));
        tryIt("until overflow", () -> LocalDateTime.MIN.until(LocalDateTime.MAX, ChronoUnit.NANOS));
    }
}
