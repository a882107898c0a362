import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.Era;
import java.time.chrono.IsoEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

// OffsetTime; eras; comparisons through the chrono interfaces.
public class TimeOffsetTime {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        OffsetTime t = OffsetTime.of(23, 30, 15, 500_000_000, ZoneOffset.ofHours(2));
        OffsetTime u = t.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(-3, -30));
        System.out.println(t + " " + u + " " + t.withOffsetSameLocal(ZoneOffset.UTC) + " " + t.plusHours(2) + " " + t.minusMinutes(45)
            + " " + t.truncatedTo(ChronoUnit.MINUTES) + " " + t.getOffset() + " " + t.toLocalTime() + " " + OffsetTime.MIN + " " + OffsetTime.MAX);
        System.out.println(t.compareTo(u) + " " + t.isEqual(u) + " " + t.equals(u) + " " + t.isAfter(OffsetTime.of(LocalTime.NOON, ZoneOffset.UTC))
            + " " + t.until(u.plusMinutes(5), ChronoUnit.SECONDS) + " " + t.hashCode() + " " + t.get(ChronoField.OFFSET_SECONDS)
            + " " + t.getLong(ChronoField.NANO_OF_DAY) + " " + t.atDate(LocalDate.of(2024, 2, 29)) + " " + t.toEpochSecond(LocalDate.EPOCH));
        System.out.println(OffsetTime.parse("10:15:30+01:00") + " " + OffsetTime.parse("10:15Z") + " " + LocalTime.NOON.atOffset(ZoneOffset.ofHours(-8))
            + " " + OffsetDateTime.parse("2024-01-01T10:00+05:00").toOffsetTime() + " " + LocalDate.of(2024, 1, 1).atTime(t)
            + " " + OffsetTime.ofInstant(Instant.ofEpochSecond(1700000000), ZoneId.of("Asia/Tokyo")) + " " + t.format(DateTimeFormatter.ofPattern("hh:mm a xxx"))
            + " " + OffsetTime.from(OffsetDateTime.parse("2024-01-01T10:00+05:00")) + " " + t.with(LocalTime.MIDNIGHT) + " " + t.with(ZoneOffset.UTC));
        tryIt("parse no offset", () -> OffsetTime.parse("10:15"));
        tryIt("from LocalTime", () -> OffsetTime.from(LocalTime.NOON));
        tryIt("plus days", () -> t.plus(1, ChronoUnit.DAYS));
        tryIt("get year", () -> t.get(ChronoField.YEAR));

        LocalDate bc = LocalDate.of(-43, 3, 15);
        Era e = bc.getEra();
        System.out.println(e + " " + e.getValue() + " " + LocalDate.of(2024, 1, 1).getEra() + " " + IsoEra.of(1) + " "
            + e.getDisplayName(TextStyle.FULL, Locale.US) + " " + e.getDisplayName(TextStyle.SHORT, Locale.US) + " "
            + e.getDisplayName(TextStyle.NARROW, Locale.US) + " " + e.getLong(ChronoField.ERA) + " " + e.isSupported(ChronoField.YEAR)
            + " " + LocalDate.of(2024, 5, 5).with(IsoEra.BCE) + " " + bc.get(ChronoField.YEAR_OF_ERA));
        tryIt("IsoEra.of(2)", () -> IsoEra.of(2));
        ChronoLocalDate a = LocalDate.of(2024, 1, 1);
        ChronoLocalDate b = LocalDate.of(2023, 12, 31);
        ChronoLocalDateTime<?> x = a.atTime(LocalTime.NOON);
        ChronoLocalDateTime<?> y = b.atTime(LocalTime.MAX);
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + x.compareTo(y) + " " + a.isAfter(b) + " " + x.isBefore(y)
            + " " + a.getEra() + " " + ChronoLocalDateTime.from(x) + " " + a.until(b, ChronoUnit.DAYS) + " " + a.query(java.time.temporal.TemporalQueries.precision()));
    }
}
