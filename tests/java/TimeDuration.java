import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;

// Duration and Period: text forms (negative and fractional), parsing, arithmetic and overflow.
public class TimeDuration {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Duration[] ds = {Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(-1), Duration.ofNanos(1), Duration.ofSeconds(-1, 1),
            Duration.ofSeconds(59, 999_999_999), Duration.ofHours(25), Duration.ofMinutes(-61), Duration.ofDays(400),
            Duration.ofSeconds(-90, -500_000_000), Duration.ofMillis(3_723_004), Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
            Duration.ofSeconds(Long.MIN_VALUE), Duration.ofSeconds(3600, 1000), Duration.ofSeconds(-3600, 1000)};
        for (Duration d : ds)
            System.out.println(d + " secs=" + d.getSeconds() + " nano=" + d.getNano() + " neg=" + d.isNegative() + " zero=" + d.isZero()
                + " hash=" + d.hashCode() + " parts=" + d.toDaysPart() + "/" + d.toHoursPart() + "/" + d.toMinutesPart() + "/"
                + d.toSecondsPart() + "/" + d.toMillisPart() + " hours=" + d.toHours() + " min=" + d.toMinutes());
        Duration d = Duration.ofSeconds(3725, 123_456_789);
        System.out.println(d.toMillis() + " " + d.toNanos() + " " + d.negated() + " " + d.negated().abs() + " " + d.negated().toMillis()
            + " " + d.multipliedBy(-3) + " " + d.dividedBy(7) + " " + d.dividedBy(Duration.ofMinutes(1)) + " " + d.negated().dividedBy(2));
        System.out.println(d.plus(Duration.ofMillis(877)) + " " + d.minus(Duration.ofHours(2)) + " " + d.plus(2, ChronoUnit.HALF_DAYS)
            + " " + d.plus(5, ChronoUnit.MICROS) + " " + d.plusDays(1) + " " + d.truncatedTo(ChronoUnit.MINUTES)
            + " " + d.negated().truncatedTo(ChronoUnit.SECONDS) + " " + d.withNanos(0) + " " + d.withSeconds(-1));
        System.out.println(Duration.between(LocalTime.of(10, 0), LocalTime.of(8, 30, 0, 1)) + " "
            + Duration.between(LocalDateTime.of(2020, 1, 1, 0, 0), LocalDateTime.of(2024, 2, 29, 12, 0)) + " "
            + Duration.of(3, ChronoUnit.DAYS) + " " + Duration.from(Duration.ofSeconds(9)) + " " + d.getUnits());
        System.out.println(d.compareTo(Duration.ofHours(1)) + " " + Duration.ofSeconds(1, 1).compareTo(Duration.ofSeconds(1, 2))
            + " " + d.equals(Duration.ofNanos(3725_123_456_789L)) + " " + d.get(ChronoUnit.SECONDS) + " " + d.get(ChronoUnit.NANOS));
        tryIt("get MINUTES", () -> Duration.ZERO.get(ChronoUnit.MINUTES));
        tryIt("plus MONTHS", () -> Duration.ZERO.plus(1, ChronoUnit.MONTHS));
        tryIt("ofDays overflow", () -> Duration.ofDays(Long.MAX_VALUE));
        tryIt("plus overflow", () -> Duration.ofSeconds(Long.MAX_VALUE).plusSeconds(1));
        tryIt("multiply overflow", () -> Duration.ofSeconds(Long.MAX_VALUE / 2).multipliedBy(3));
        tryIt("divide zero", () -> Duration.ofSeconds(1).dividedBy(0));
        tryIt("divide by zero duration", () -> Duration.ofSeconds(1).dividedBy(Duration.ZERO));
        tryIt("toNanos overflow", () -> Duration.ofDays(365 * 300).toNanos());
        tryIt("truncate DAYS+", () -> d.truncatedTo(ChronoUnit.WEEKS));
        tryIt("withNanos bad", () -> d.withNanos(1_000_000_000));
        tryIt("min negate", () -> Duration.ofSeconds(Long.MIN_VALUE).negated());
        for (String s : new String[] {"PT20.345S", "PT15M", "PT10H", "P2D", "P2DT3H4M", "PT-6H3M", "-PT6H3M", "-PT-6H+3M", "pt1.5s",
                "PT-0.5S", "PT0.000000001S", "P-1DT1S", "PT1,5S", "P1DT", "PT", "P", "PT1.S", "PT1.1234567890S", "P9223372036854775807D",
                "PT9223372036854775807H", "PT1M2H", "X", "PT+3S", "+P1D"})
            tryIt("parse " + s, () -> System.out.print(Duration.parse(s) + " | "));

        Period p = Period.of(1, 14, -3);
        System.out.println(p + " " + p.normalized() + " " + p.negated() + " " + p.multipliedBy(2) + " " + p.toTotalMonths()
            + " " + p.plusDays(3) + " " + p.minusMonths(14) + " " + p.withYears(0) + " " + p.isNegative() + " " + p.hashCode()
            + " " + Period.ZERO + " " + Period.ofWeeks(2) + " " + Period.ofYears(-1).isNegative() + " " + p.getUnits());
        System.out.println(Period.of(0, -13, 0).normalized() + " " + Period.of(1, -25, 0).normalized() + " " + p.plus(Period.ofMonths(1))
            + " " + Period.from(Period.ofDays(3)) + " " + p.get(ChronoUnit.MONTHS) + " " + p.equals(Period.of(1, 14, -3)));
        tryIt("period get HOURS", () -> p.get(ChronoUnit.HOURS));
        tryIt("period plus Duration", () -> p.plus(Duration.ofDays(1)));
        tryIt("period multiply overflow", () -> Period.ofYears(Integer.MAX_VALUE).multipliedBy(2));
        for (String s : new String[] {"P1Y2M3D", "P2W", "P-1Y2M", "-P1Y2M", "p1y", "P1Y2W3D", "P", "PT1H", "P2147483648D", "P1D2Y", "P-0D"})
            tryIt("parse " + s, () -> System.out.print(Period.parse(s) + " | "));
    }
}
