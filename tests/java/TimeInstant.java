import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

// Instant: text (years beyond 9999, before 0), millis, arithmetic, truncation, parsing; Clock.
public class TimeInstant {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        long[] secs = {0, 1, -1, 86399, 1700000000L, -62135596800L, -62135596801L, -62167219200L, -62167219201L,
            253402300799L, 253402300800L, -377705116800L, -377705116801L, 31556889864403199L, -31557014167219200L, 951782400L};
        for (long s : secs)
            System.out.println(s + " -> " + Instant.ofEpochSecond(s) + " " + Instant.ofEpochSecond(s, 120_000_000)
                + " " + Instant.ofEpochSecond(s, 123_456) + " " + Instant.ofEpochSecond(s, 1));
        System.out.println(Instant.EPOCH + " " + Instant.MIN + " " + Instant.MAX);
        Instant i = Instant.ofEpochMilli(-1);
        System.out.println(i + " " + i.toEpochMilli() + " " + i.getEpochSecond() + " " + i.getNano() + " " + Instant.ofEpochMilli(1234567890123L));
        Instant j = Instant.parse("2024-03-10T07:30:15.5Z");
        System.out.println(j + " " + j.plusSeconds(3600) + " " + j.plusMillis(-500) + " " + j.plusNanos(1) + " " + j.plus(2, ChronoUnit.DAYS)
            + " " + j.minus(Duration.ofMinutes(90)) + " " + j.truncatedTo(ChronoUnit.HOURS) + " " + j.truncatedTo(ChronoUnit.DAYS));
        System.out.println(j.until(Instant.EPOCH, ChronoUnit.DAYS) + " " + Instant.EPOCH.until(j, ChronoUnit.MILLIS) + " "
            + j.until(j.plusNanos(1500), ChronoUnit.MICROS) + " " + j.getLong(ChronoField.INSTANT_SECONDS) + " " + j.get(ChronoField.MILLI_OF_SECOND));
        System.out.println(j.atZone(ZoneOffset.ofHours(9)) + " " + j.atOffset(ZoneOffset.ofHoursMinutes(-3, -30)) + " "
            + j.atZone(ZoneId.of("UTC")) + " " + j.compareTo(Instant.EPOCH) + " " + j.isAfter(Instant.EPOCH) + " " + j.hashCode());
        System.out.println(Instant.parse("2024-01-01T00:00:00Z") + " " + Instant.parse("2024-01-01T10:00:00+02:00") + " "
            + Instant.parse("1969-12-31T23:59:59.999999999Z") + " " + Instant.parse("2024-01-01t00:00:00z"));
        tryIt("parse no seconds", () -> Instant.parse("2024-01-01T00:00Z"));
        tryIt("parse no zone", () -> Instant.parse("2024-01-01T00:00:00"));
        tryIt("parse junk", () -> Instant.parse("yesterday"));
        tryIt("MAX plus", () -> Instant.MAX.plusNanos(1));
        tryIt("ofEpochSecond huge", () -> Instant.ofEpochSecond(Long.MAX_VALUE));
        tryIt("toEpochMilli overflow", () -> Instant.MAX.toEpochMilli());
        tryIt("get HourOfDay", () -> j.get(ChronoField.HOUR_OF_DAY));
        tryIt("plus MONTHS", () -> j.plus(1, ChronoUnit.MONTHS));
        tryIt("until WEEKS", () -> j.until(j, ChronoUnit.WEEKS));

        Instant now = Instant.now();
        System.out.println("now year >= 2024: " + (now.atZone(ZoneOffset.UTC).getYear() >= 2024));
        long ms = System.currentTimeMillis();
        System.out.println("now near currentTimeMillis: " + (Math.abs(Instant.now().toEpochMilli() - ms) < 60_000));
        Instant a = Instant.now();
        Instant b = Instant.now();
        System.out.println("monotone: " + !b.isBefore(a));
        Clock fixed = Clock.fixed(j, ZoneId.of("Europe/Paris"));
        System.out.println(fixed + " " + fixed.instant() + " " + fixed.millis() + " " + fixed.getZone() + " " + fixed.withZone(ZoneOffset.UTC));
        Clock off = Clock.offset(fixed, Duration.ofHours(-1));
        System.out.println(off + " " + off.instant() + " " + Clock.tick(fixed, Duration.ofMinutes(15)).instant() + " " + Clock.systemUTC()
            + " " + Clock.system(ZoneId.of("Asia/Tokyo")) + " " + Clock.fixed(j, ZoneOffset.UTC).equals(Clock.fixed(j, ZoneOffset.UTC)));
        System.out.println(java.time.LocalDate.now(fixed) + " " + java.time.LocalTime.now(fixed) + " " + java.time.ZonedDateTime.now(fixed)
            + " " + java.time.LocalDateTime.now(off) + " " + java.time.Year.now(fixed) + " " + java.time.YearMonth.now(fixed));
        System.out.println("clock systemUTC year >= 2024: " + (java.time.LocalDate.now(Clock.systemUTC()).getYear() >= 2024));
    }
}
