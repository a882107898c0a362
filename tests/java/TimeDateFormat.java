import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;

// java.util.Date and TimeZone, and Formatter's %t/%T conversions on Long, Date and java.time values.
public class TimeDateFormat {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        System.out.println("default zone: " + TimeZone.getDefault().getID() + " " + ZoneId.systemDefault()
            + " " + System.getProperty("user.timezone"));
        Date epoch = new Date(0);
        Date d = new Date(1709876543210L);
        System.out.println(epoch + " | " + d + " | " + d.getTime() + " " + d.hashCode() + " " + d.equals(new Date(1709876543210L))
            + " " + d.compareTo(epoch) + " " + d.before(epoch) + " " + d.after(epoch) + " " + d.toInstant() + " " + Date.from(d.toInstant()).getTime());
        System.out.println(new Date(-1) + " | " + new Date(253402300799999L) + " | " + d.toGMTString());
        System.out.println("now year: " + (new Date().getYear() + 1900 >= 2024) + " " + (Math.abs(new Date().getTime() - System.currentTimeMillis()) < 60_000));
        tryIt("Date.from huge", () -> Date.from(Instant.MAX));
        String[] ids = {"America/New_York", "Europe/Paris", "Asia/Kolkata", "Australia/Sydney", "UTC", "GMT", "GMT+5", "GMT-03:30",
            "GMT+0530", "PST", "EST", "Foo/Bar", "Asia/Kathmandu", "Etc/GMT+5", "Europe/London", "America/Sao_Paulo"};
        for (String id : ids) {
            TimeZone tz = TimeZone.getTimeZone(id);
            System.out.println(id + " -> " + tz.getID() + " " + tz.getDisplayName(false, TimeZone.SHORT) + " " + tz.getDisplayName(true, TimeZone.SHORT)
                + " | " + tz.getDisplayName() + " | " + tz.getDisplayName(true, TimeZone.LONG) + " | raw " + tz.getRawOffset()
                + " jan " + tz.getOffset(1704067200000L) + " jul " + tz.getOffset(1719792000000L) + " dstJul " + tz.inDaylightTime(new Date(1719792000000L))
                + " zone " + tz.toZoneId());
        }
        System.out.println(TimeZone.getTimeZone(ZoneId.of("Europe/Berlin")).getID() + " " + TimeZone.getTimeZone(ZoneOffset.ofHours(3)).getID()
            + " " + TimeZone.getTimeZone(ZoneOffset.UTC).getID() + " " + TimeZone.getTimeZone("America/Chicago").hasSameRules(TimeZone.getTimeZone("US/Central")));
        System.out.println("ids contain Asia/Tokyo: " + java.util.Arrays.asList(TimeZone.getAvailableIDs()).contains("Asia/Tokyo"));

        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        System.out.println(epoch + " | " + d + " | " + new Date(1719792000000L) + " | " + ZoneId.systemDefault() + " | " + d.getHours()
            + " " + d.getTimezoneOffset() + " " + d.getDay() + " " + d.getMonth() + " " + d.getYear());
        System.out.println(new Date(124, 1, 29).getTime() + " " + new Date(124, 13, 1, 25, 61, 61) + " " + LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault()));
        System.out.println(String.format("%tc | %tF %tT | %tD %tr | %tZ %tz", d, d, d, d, d, d, d));
        System.out.println(String.format("%tH %tI %tk %tl %tM %tS %tL %tN %tp %Tp %ts %tQ", d, d, d, d, d, d, d, d, d, d, d, d));
        System.out.println(String.format("%tB %tb %th %tA %ta %tC %ty %tY %tj %tm %td %te %tR", d, d, d, d, d, d, d, d, d, d, d, d, d));
        System.out.println(String.format("%TB %Ta %TZ %-12tY| %12tm| %1$tY-%1$tm %<te", d, d, d, d, d));
        long millis = 86_400_000L * 45 + 3_723_004L;
        System.out.println(String.format("%tF %<tT.%<tL %<tZ", millis) + " " + String.format("%tY", Long.valueOf(-62_000_000_000_000L)));
        TimeZone.setDefault(null);
        System.out.println(String.format("%tF %<tT %<tZ", millis) + " " + TimeZone.getDefault().getID());

        LocalDateTime ldt = LocalDateTime.of(2024, 7, 4, 15, 6, 7, 890_123_456);
        ZonedDateTime zdt = ldt.atZone(ZoneId.of("Europe/Paris"));
        OffsetDateTime odt = ldt.atOffset(ZoneOffset.ofHoursMinutes(-9, -30));
        System.out.println(String.format("%tc | %tc | %tT.%<tN %<tp | %tF | %tr", zdt, odt, ldt, LocalDate.of(5, 1, 2), LocalTime.of(0, 1)));
        System.out.println(String.format("%tz %tZ %ts %tQ | %tz %tZ", zdt, zdt, zdt, zdt, odt, odt));
        System.out.println(String.format("%tF %<tT", Instant.ofEpochSecond(0).atZone(ZoneOffset.UTC)));
        tryIt("%tH LocalDate", () -> String.format("%tH", LocalDate.of(2024, 1, 1)));
        tryIt("%tY LocalTime", () -> String.format("%tY", LocalTime.NOON));
        tryIt("%tZ LocalDateTime", () -> String.format("%tZ", ldt));
        tryIt("%ts Instant", () -> System.out.print(String.format("%ts %<tQ %<tN ", Instant.ofEpochSecond(12, 345_000_000))));
        tryIt("%tY Instant", () -> String.format("%tY", Instant.EPOCH));
        tryIt("%tY String", () -> String.format("%tY", "2024"));
        tryIt("%tY Integer", () -> String.format("%tY", 2024));
        tryIt("%tY null", () -> System.out.print(String.format("%tY %Tb|", null, null)));
        tryIt("%tq", () -> String.format("%tq", d));
        tryIt("%#tY", () -> String.format("%#tY", d));
        tryIt("%-tY", () -> String.format("%-tY", d));
        tryIt("%.2tY", () -> String.format("%.2tY", d));
    }
}
