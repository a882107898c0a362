import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

// Parsing: patterns, resolver styles, adjacent values, optional sections, and the error messages and indexes.
public class TimeParse {
    interface P {
        Object parse();
    }

    static void tryIt(String what, P p) {
        try {
            System.out.println(what + " -> " + p.parse());
        } catch (DateTimeParseException e) {
            // The JDK prints the parsed fields from a HashMap keyed by enums: its order changes from run to run.
            String msg = e.getMessage();
            if (msg.indexOf('{') >= 0)
                msg = msg.substring(0, msg.indexOf('{')) + "...";
            System.out.println(what + " -> DateTimeParseException: " + msg + " [index " + e.getErrorIndex()
                + ", text " + e.getParsedString() + "]");
        } catch (RuntimeException e) {
            System.out.println(what + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        DateTimeFormatter ymd = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        for (String s : new String[] {"2024-02-29", "2023-02-29", "2023-02-31", "2023-04-31", "2023-02-32", "2023-13-01", "2023-1-01",
                "2023-01-1", "20230-01-01", "+2023-01-01", "-2023-01-01", "2023-01-01 ", " 2023-01-01", "2023/01/01", "", "0000-01-01"})
            tryIt("ymd " + s, () -> LocalDate.parse(s, ymd));
        DateTimeFormatter strict = ymd.withResolverStyle(ResolverStyle.STRICT);
        tryIt("strict yyyy", () -> LocalDate.parse("2023-02-28", strict));
        tryIt("strict uuuu", () -> LocalDate.parse("2023-02-31", DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT)));
        tryIt("lenient", () -> LocalDate.parse("2023-02-31", ymd.withResolverStyle(ResolverStyle.LENIENT)));
        tryIt("lenient month 14", () -> LocalDate.parse("2023-14-31", ymd.withResolverStyle(ResolverStyle.LENIENT)));
        tryIt("d/M/yy", () -> LocalDate.parse("5/3/24", DateTimeFormatter.ofPattern("d/M/yy")));
        tryIt("d/M/yy 99", () -> LocalDate.parse("31/12/99", DateTimeFormatter.ofPattern("d/M/yy")));
        tryIt("yyyyMMdd", () -> LocalDate.parse("20240315", DateTimeFormatter.ofPattern("yyyyMMdd")));
        tryIt("yyyyMMddHHmmss", () -> LocalDateTime.parse("20240315123456", DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        tryIt("HHmmssSSS", () -> LocalTime.parse("123456789", DateTimeFormatter.ofPattern("HHmmssSSS")));
        tryIt("basic iso", () -> LocalDate.parse("20240315", DateTimeFormatter.BASIC_ISO_DATE));
        tryIt("basic iso offset", () -> OffsetDateTime.parse("20240315+0100", DateTimeFormatter.BASIC_ISO_DATE).toString());
        tryIt("MMM", () -> LocalDate.parse("Mar 5 2024", DateTimeFormatter.ofPattern("MMM d yyyy")));
        tryIt("MMMM", () -> LocalDate.parse("September 5 2024", DateTimeFormatter.ofPattern("MMMM d yyyy")));
        tryIt("MMM lower", () -> LocalDate.parse("mar 5 2024", DateTimeFormatter.ofPattern("MMM d yyyy")));
        tryIt("EEE wrong day", () -> LocalDate.parse("Mon, 5 Mar 2024", DateTimeFormatter.ofPattern("EEE, d MMM yyyy")));
        tryIt("EEE right day", () -> LocalDate.parse("Tue, 5 Mar 2024", DateTimeFormatter.ofPattern("EEE, d MMM yyyy")));
        tryIt("h:mm a", () -> LocalTime.parse("7:05 PM", DateTimeFormatter.ofPattern("h:mm a")));
        tryIt("h:mm a 12AM", () -> LocalTime.parse("12:00 AM", DateTimeFormatter.ofPattern("h:mm a")));
        tryIt("h:mm no a", () -> LocalTime.parse("7:05", DateTimeFormatter.ofPattern("h:mm")));
        tryIt("HH only", () -> LocalTime.parse("07", DateTimeFormatter.ofPattern("HH")));
        tryIt("kk 24", () -> LocalTime.parse("24:00", DateTimeFormatter.ofPattern("kk:mm")));
        tryIt("HH 24:00 smart", () -> LocalDateTime.parse("2024-01-01 24:00", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        tryIt("date-time from date pattern", () -> LocalDateTime.parse("2024-01-01", ymd));
        tryIt("date from time", () -> LocalDate.parse("10:15", DateTimeFormatter.ofPattern("HH:mm")));
        tryIt("year only", () -> Year.parse("2024", DateTimeFormatter.ofPattern("yyyy")));
        tryIt("Year.parse", () -> Year.parse("-44"));
        tryIt("YearMonth.parse", () -> YearMonth.parse("2024-02"));
        tryIt("YearMonth bad", () -> YearMonth.parse("2024-13"));
        tryIt("MonthDay.parse", () -> MonthDay.parse("--02-29"));
        tryIt("MonthDay bad", () -> MonthDay.parse("--02-30"));
        tryIt("optional", () -> LocalDateTime.parse("2024-03-05", new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd[ HH:mm]")
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 9).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 30).toFormatter()));
        tryIt("optional present", () -> LocalDateTime.parse("2024-03-05 11:45", new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd[ HH:mm]")
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 9).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 30).toFormatter()));
        tryIt("case insensitive", () -> LocalDate.parse("05-MAR-2024", new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy").toFormatter()));
        tryIt("zoned pattern", () -> ZonedDateTime.parse("2024-03-10 02:30 America/New_York", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV")));
        tryIt("offset pattern", () -> OffsetDateTime.parse("2024-03-10T02:30:00+0530", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")));
        tryIt("offset XXX Z", () -> OffsetDateTime.parse("2024-03-10T02:30Z", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX")));
        tryIt("offset xxx", () -> OffsetDateTime.parse("2024-03-10T02:30-07:00", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx")));
        tryIt("iso offset lenient", () -> OffsetDateTime.parse("2024-03-10T02:30+01"));
        tryIt("iso offset seconds", () -> OffsetDateTime.parse("2024-03-10T02:30+01:02:03"));
        tryIt("iso zoned region", () -> ZonedDateTime.parse("2024-03-10T02:30:00-05:00[America/New_York]"));
        tryIt("iso zoned no offset", () -> ZonedDateTime.parse("2024-03-10T02:30:00[America/New_York]"));
        tryIt("iso date time", () -> DateTimeFormatter.ISO_DATE_TIME.parse("2024-03-10T02:30:00Z").toString().length() > 0);
        tryIt("instant from zoned text", () -> Instant.from(DateTimeFormatter.ISO_ZONED_DATE_TIME.parse("2024-03-10T12:00+09:00[Asia/Tokyo]")));
        tryIt("rfc1123", () -> ZonedDateTime.parse("Tue, 3 Jun 2008 11:05:30 GMT", DateTimeFormatter.RFC_1123_DATE_TIME));
        tryIt("rfc1123 offset", () -> OffsetDateTime.parse("3 Jun 2008 11:05 +0200", DateTimeFormatter.RFC_1123_DATE_TIME));
        tryIt("with zone parse", () -> ZonedDateTime.parse("2024-01-01 10:00", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Paris"))));
        tryIt("instant via zone", () -> Instant.from(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC")).parse("2024-01-01 10:00")));
        tryIt("long text", () -> LocalDate.parse("2024-01-01 and then some more text that is long enough to be cut off somewhere", ymd));
        tryIt("hour 25", () -> LocalTime.parse("25:00", DateTimeFormatter.ofPattern("HH:mm")));
        tryIt("minute 61", () -> LocalTime.parse("10:61", DateTimeFormatter.ofPattern("H:m")));
        tryIt("fraction", () -> LocalTime.parse("10:15:30.12", DateTimeFormatter.ofPattern("HH:mm:ss.SS")));
        tryIt("fraction short", () -> LocalTime.parse("10:15:30.1", DateTimeFormatter.ofPattern("HH:mm:ss.SS")));
        tryIt("day of year", () -> LocalDate.parse("2024-060", DateTimeFormatter.ISO_ORDINAL_DATE));
        tryIt("day of year 366", () -> LocalDate.parse("2023-366", DateTimeFormatter.ISO_ORDINAL_DATE));
        tryIt("era", () -> LocalDate.parse("0044-03-15 BC", DateTimeFormatter.ofPattern("yyyy-MM-dd G")));
        tryIt("parse to accessor", () -> {
            TemporalAccessor t = DateTimeFormatter.ISO_LOCAL_DATE.parse("2024-03-05");
            return t.get(ChronoField.DAY_OF_YEAR) + " " + t.isSupported(ChronoField.HOUR_OF_DAY) + " " + LocalDate.from(t);
        });
        tryIt("parseBest", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm]").parseBest("2024-03-05", LocalDateTime::from, LocalDate::from));
        tryIt("parseBest time", () -> DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm]").parseBest("2024-03-05 10:00", LocalDateTime::from, LocalDate::from));
        tryIt("null text", () -> LocalDate.parse(null));
    }
}
