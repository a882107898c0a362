import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.ChronoLocalDateTime;
import java.time.chrono.ChronoPeriod;
import java.time.chrono.ChronoZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

// Localized styles (US), ISO week dates, calls through the chrono interfaces, Date's setters.
public class TimeLocalized {
    public static void main(String[] args) {
        ZonedDateTime z = ZonedDateTime.of(2024, 3, 5, 17, 8, 9, 0, ZoneId.of("America/New_York"));
        for (FormatStyle s : FormatStyle.values()) {
            System.out.println(s + " " + DateTimeFormatter.ofLocalizedDate(s).format(z) + " | " + DateTimeFormatter.ofLocalizedTime(s).format(z)
                + " | " + DateTimeFormatter.ofLocalizedDateTime(s).format(z) + " | " + DateTimeFormatter.ofLocalizedDateTime(s));
            for (FormatStyle t : FormatStyle.values())
                System.out.println("  " + t + " " + DateTimeFormatter.ofLocalizedDateTime(s, t).format(z)
                    + " | " + DateTimeFormatterBuilder.getLocalizedDateTimePattern(s, t, IsoChronology.INSTANCE, Locale.US));
        }
        System.out.println(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).format(LocalDate.of(2024, 12, 25)) + " "
            + LocalDate.parse("Dec 25, 2024", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)) + " "
            + LocalDate.parse("12/25/24", DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)));
        try {
            DateTimeFormatter.ofLocalizedTime(FormatStyle.LONG).format(LocalTime.NOON);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println(DateTimeFormatter.ISO_WEEK_DATE.format(z) + " " + DateTimeFormatter.ISO_WEEK_DATE.format(LocalDate.of(2021, 1, 3))
            + " " + DateTimeFormatter.ISO_WEEK_DATE);

        ChronoLocalDate cd = LocalDate.of(2024, 1, 31);
        ChronoLocalDate cd2 = cd.plus(1, ChronoUnit.MONTHS).minus(java.time.Period.ofDays(1)).with(java.time.temporal.ChronoField.YEAR, 2023);
        ChronoPeriod cp = cd.until(cd2);
        ChronoLocalDateTime<?> cdt = cd.atTime(LocalTime.NOON).plus(5, ChronoUnit.HOURS);
        ChronoZonedDateTime<?> czdt = cdt.atZone(ZoneId.of("Europe/Paris")).withZoneSameInstant(ZoneId.of("Asia/Tokyo"));
        System.out.println(cd2 + " " + cp + " " + cp.negated() + " " + cp.normalized() + " " + cdt + " " + czdt + " " + cd.getChronology()
            + " " + cd.isLeapYear() + " " + cd.format(DateTimeFormatter.ISO_DATE) + " " + czdt.toLocalDateTime().format(DateTimeFormatter.ISO_DATE_TIME)
            + " " + ChronoLocalDate.timeLineOrder().compare(cd, cd2) + " " + ChronoZonedDateTime.timeLineOrder().compare(czdt, czdt)
            + " " + ChronoLocalDate.from(z) + " " + cdt.getChronology() + " " + czdt.toInstant());

        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
        Date d = new Date(1711846800000L);
        System.out.println(d + " " + d.toLocaleString());
        d.setHours(2);
        System.out.println(d + " " + d.getTime());
        d.setDate(15);
        d.setMonth(1);
        d.setMinutes(5);
        d.setYear(99);
        d.setSeconds(15);
        System.out.println(d + " " + d.getTime() + " " + Date.UTC(124, 1, 29, 25, 0, 0));
    }
}
