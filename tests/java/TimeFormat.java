import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;

// DateTimeFormatter: the ISO constants and ofPattern letters, formatting every kind of temporal.
public class TimeFormat {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        LocalDateTime ldt = LocalDateTime.of(2024, 3, 5, 7, 8, 9, 123_400_000);
        ZonedDateTime zdt = ldt.atZone(ZoneId.of("America/New_York"));
        ZonedDateTime summer = LocalDateTime.of(2024, 7, 4, 21, 0).atZone(ZoneId.of("Europe/Paris"));
        OffsetDateTime odt = ldt.atOffset(ZoneOffset.ofHoursMinutes(5, 45));
        DateTimeFormatter[] isos = {DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME, DateTimeFormatter.ISO_DATE_TIME,
            DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_TIME, DateTimeFormatter.ISO_INSTANT, DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ISO_ORDINAL_DATE, DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE,
            DateTimeFormatter.ISO_OFFSET_TIME};
        Object[] temporals = {ldt, zdt, odt, ldt.toLocalDate(), ldt.toLocalTime(), zdt.toInstant(), summer};
        for (DateTimeFormatter f : isos) {
            StringBuilder sb = new StringBuilder();
            for (Object t : temporals) {
                try {
                    sb.append(f.format((java.time.temporal.TemporalAccessor) t)).append(" | ");
                } catch (RuntimeException e) {
                    sb.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).append(" | ");
                }
            }
            System.out.println(sb);
        }
        System.out.println(DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.of(10, 15)) + " "
            + DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.of(10, 15, 0, 5_000)) + " "
            + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.of(12345, 1, 1)) + " "
            + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.of(-12, 1, 1)) + " "
            + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ldt.atOffset(ZoneOffset.ofHoursMinutesSeconds(-1, -2, -3))));
        String[] patterns = {"yyyy-MM-dd", "dd/MM/yy", "d.M.y", "yyyy-MM-dd HH:mm:ss", "EEE, d MMM yyyy", "EEEE MMMM dd", "EEEEE MMMMM",
            "h:mm a", "hh 'o''clock' a", "K k H", "HH:mm:ss.SSS", "HH:mm:ss.SSSSSSSSS", "HH:mm:ss.S", "D DD DDD", "uuuu G GGGG GGGGG",
            "yyyyMMddHHmmss", "'quoted ''text'''", "[yyyy][ MM]", "A n N", "e", "yyyy-MM-dd'T'HH:mm:ssXXX", "X XX XXX XXXX XXXXX",
            "x xx xxx xxxx xxxxx", "Z ZZ ZZZ ZZZZ ZZZZZ", "O OOOO", "VV", "z zzzz", "F", "LLL LLLL", "yy yyy yyyyy"};
        for (String p : patterns) {
            StringBuilder sb = new StringBuilder(p + " -> ");
            DateTimeFormatter f = DateTimeFormatter.ofPattern(p);
            for (Object t : temporals) {
                try {
                    sb.append(f.format((java.time.temporal.TemporalAccessor) t)).append(" | ");
                } catch (RuntimeException e) {
                    sb.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).append(" | ");
                }
            }
            System.out.println(sb);
        }
        for (String p : new String[] {"yyyy-MM-dd", "HH:mm:ss.SSS", "EEE MMM d", "[HH][:mm]", "uuuu-MM-dd'T'HH:mmXXX", "yy", "h a", "VV z"})
            System.out.println(DateTimeFormatter.ofPattern(p));
        System.out.println(DateTimeFormatter.ISO_LOCAL_DATE + "\n" + DateTimeFormatter.ISO_LOCAL_TIME + "\n" + DateTimeFormatter.ISO_ZONED_DATE_TIME
            + "\n" + DateTimeFormatter.ISO_INSTANT + "\n" + DateTimeFormatter.BASIC_ISO_DATE);
        for (String p : new String[] {"yyyy-MM-dd{", "ddd", "MMMMMM", "HHH", "aa", "q", "#", "'unclosed", "yyyy]", "VVV", "p", "ZZZZZZ", "B"})
            tryIt("pattern " + p, () -> DateTimeFormatter.ofPattern(p));
        tryIt("LocalDate with HH", () -> LocalDate.of(2024, 1, 1).format(DateTimeFormatter.ofPattern("HH")));
        tryIt("LocalDateTime with z", () -> ldt.format(DateTimeFormatter.ofPattern("z")));
        tryIt("OffsetDateTime with VV", () -> odt.format(DateTimeFormatter.ofPattern("VV")));
        tryIt("Instant with yyyy", () -> Instant.EPOCH.toString().length());
        tryIt("Instant with yyyy fmt", () -> DateTimeFormatter.ofPattern("yyyy").format(Instant.EPOCH));
        tryIt("year too wide", () -> DateTimeFormatter.ofPattern("yyyy").format(LocalDate.MAX));
        DateTimeFormatter withZone = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId.of("Asia/Tokyo"));
        System.out.println(withZone.format(Instant.parse("2024-01-01T00:00:00Z")) + " | " + withZone.format(zdt) + " | "
            + DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(1)) + " | " + withZone.getZone());
        DateTimeFormatter built = new DateTimeFormatterBuilder().appendLiteral("Day ").appendValue(ChronoField.DAY_OF_YEAR, 3)
            .appendLiteral(" of ").appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT).optionalStart().appendLiteral(" at ")
            .appendValue(ChronoField.HOUR_OF_DAY, 2).optionalEnd().toFormatter();
        System.out.println(built.format(ldt) + " | " + built.format(ldt.toLocalDate()) + " | " + built);
        System.out.println(ldt.format(DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a")) + " " + LocalTime.MIDNIGHT.format(DateTimeFormatter.ofPattern("h:mm a"))
            + " " + LocalTime.NOON.format(DateTimeFormatter.ofPattern("hh:mm a K")) + " " + LocalDate.of(-5, 1, 1).format(DateTimeFormatter.ofPattern("y yyyy u uuuu G")));
    }
}
