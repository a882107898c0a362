import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

// Zones: offsets, region rules, DST gaps and overlaps, ZonedDateTime and OffsetDateTime arithmetic.
public class TimeZones {
    static void tryIt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        for (String s : new String[] {"Z", "+1", "-05", "+0530", "+05:30", "-08:00:15", "+083015", "+18", "-18:00",
                "+19", "+05:60", "1", "+5:30", "+05:3", "05:30", "+18:01", "+AB"})
            tryIt("offset " + s, () -> System.out.print(ZoneOffset.of(s) + " " + ZoneOffset.of(s).getTotalSeconds() + " | "));
        tryIt("ofHoursMinutes(5,-30)", () -> ZoneOffset.ofHoursMinutes(5, -30));
        tryIt("ofHoursMinutesSeconds(0,30,-1)", () -> ZoneOffset.ofHoursMinutesSeconds(0, 30, -1));
        tryIt("ofTotalSeconds(64801)", () -> ZoneOffset.ofTotalSeconds(64801));
        System.out.println(ZoneOffset.UTC + " " + ZoneOffset.MIN + " " + ZoneOffset.MAX + " " + ZoneOffset.ofHours(2).compareTo(ZoneOffset.ofHours(3))
            + " " + (ZoneOffset.ofHours(2) == ZoneOffset.ofHours(2)) + " " + ZoneOffset.ofHours(-7).hashCode() + " " + ZoneOffset.UTC.getRules());
        for (String s : new String[] {"UTC", "GMT", "UT", "Z", "UTC+3", "GMT-04:30", "UT+01:00", "UTC+0", "Europe/Paris", "America/New_York",
                "Asia/Kolkata", "Etc/GMT+5", "Mars/Olympus", "EST5EDT", "+02:00", "GMT+", "/Europe", "E", "Europe/paris", "US/Pacific"})
            tryIt("zone " + s, () -> {
                ZoneId z = ZoneId.of(s);
                System.out.print(z + " " + z.getClass().getSimpleName() + " norm=" + z.normalized() + " | ");
            });
        System.out.println(ZoneId.of("PST", ZoneId.SHORT_IDS) + " " + ZoneId.of("EST", ZoneId.SHORT_IDS) + " " + ZoneId.SHORT_IDS.get("IST"));
        System.out.println("available has Europe/Paris: " + ZoneId.getAvailableZoneIds().contains("Europe/Paris")
            + " count>500: " + (ZoneId.getAvailableZoneIds().size() > 500));

        ZoneId ny = ZoneId.of("America/New_York");
        ZoneRules r = ny.getRules();
        Instant[] is = {Instant.parse("2024-01-15T12:00:00Z"), Instant.parse("2024-07-15T12:00:00Z"), Instant.parse("1950-07-01T00:00:00Z"),
            Instant.parse("1883-01-01T00:00:00Z"), Instant.parse("2300-07-01T00:00:00Z"), Instant.parse("2024-03-10T07:00:00Z"),
            Instant.parse("2024-03-10T06:59:59Z")};
        for (Instant i : is)
            System.out.println(i + " offset=" + r.getOffset(i) + " std=" + r.getStandardOffset(i) + " dst=" + r.isDaylightSavings(i)
                + " save=" + r.getDaylightSavings(i) + " next=" + r.nextTransition(i) + " prev=" + r.previousTransition(i));
        LocalDateTime gap = LocalDateTime.of(2024, 3, 10, 2, 30);
        LocalDateTime overlap = LocalDateTime.of(2024, 11, 3, 1, 30);
        System.out.println(r.getValidOffsets(gap) + " " + r.getTransition(gap) + " " + r.getValidOffsets(overlap) + " " + r.getTransition(overlap)
            + " " + r.getOffset(gap) + " " + r.getOffset(overlap) + " " + r.isValidOffset(overlap, ZoneOffset.ofHours(-5)));
        ZoneOffsetTransition t = r.getTransition(gap);
        System.out.println(t.getInstant() + " " + t.getDateTimeBefore() + " " + t.getDateTimeAfter() + " " + t.getDuration() + " " + t.isGap()
            + " " + t.isOverlap() + " " + t.getOffsetBefore() + " " + t.getOffsetAfter() + " " + t.toEpochSecond());
        System.out.println(r.getTransitionRules());
        System.out.println(r + " fixed=" + r.isFixedOffset() + " " + ZoneOffset.ofHours(3).getRules().isFixedOffset());
        System.out.println(r.getTransitions().size() > 100);

        System.out.println(ZonedDateTime.of(gap, ny) + " " + ZonedDateTime.of(overlap, ny) + " "
            + ZonedDateTime.of(overlap, ny).withLaterOffsetAtOverlap() + " " + ZonedDateTime.of(overlap, ny).withLaterOffsetAtOverlap().withEarlierOffsetAtOverlap());
        ZonedDateTime z = ZonedDateTime.of(2024, 3, 9, 2, 30, 0, 0, ny);
        System.out.println(z.plusDays(1) + " " + z.plusHours(24) + " " + z.plus(Duration.ofDays(1)) + " " + z.plusMonths(8).minusDays(6)
            + " " + z.plusMonths(8).minusDays(6).plusHours(1) + " " + z.until(z.plusDays(1), ChronoUnit.HOURS) + " "
            + z.until(z.plusHours(24), ChronoUnit.DAYS));
        System.out.println(z.withZoneSameInstant(ZoneId.of("Asia/Tokyo")) + " " + z.withZoneSameLocal(ZoneId.of("Europe/London")) + " "
            + z.withFixedOffsetZone() + " " + z.toOffsetDateTime() + " " + z.toInstant() + " " + z.toEpochSecond() + " " + z.getOffset());
        for (String zone : new String[] {"Europe/Paris", "Australia/Lord_Howe", "Asia/Kathmandu", "America/St_Johns", "Pacific/Apia",
                "Africa/Casablanca", "America/Sao_Paulo", "Europe/Dublin", "Asia/Tehran", "Pacific/Chatham", "Antarctica/Troll", "Etc/GMT-14"})
            System.out.println(zone + ": " + Instant.parse("2024-01-01T00:00:00Z").atZone(ZoneId.of(zone)) + " "
                + Instant.parse("2024-07-01T00:00:00Z").atZone(ZoneId.of(zone)) + " "
                + Instant.parse("1970-01-01T00:00:00Z").atZone(ZoneId.of(zone)) + " "
                + LocalDate.of(2031, 10, 26).atStartOfDay(ZoneId.of(zone)) + " "
                + ZoneId.of(zone).getRules().nextTransition(Instant.parse("2030-01-01T00:00:00Z")));
        System.out.println(LocalDate.of(2024, 9, 8).atStartOfDay(ZoneId.of("America/Santiago")) + " "
            + LocalDate.of(1979, 5, 27).atStartOfDay(ZoneId.of("Asia/Amman")));
        ZonedDateTime p = ZonedDateTime.parse("2024-10-27T02:30+02:00[Europe/Paris]");
        System.out.println(p + " " + p.plusHours(1) + " " + ZonedDateTime.parse("2024-10-27T02:30+01:00[Europe/Paris]") + " "
            + ZonedDateTime.parse("2024-06-01T12:00Z") + " " + ZonedDateTime.parse("2024-06-01T12:00:00-03:00") + " "
            + p.equals(ZonedDateTime.parse("2024-10-27T02:30+02:00[Europe/Paris]")) + " " + p.compareTo(p.plusNanos(1)) + " " + p.hashCode());
        tryIt("ofStrict gap", () -> ZonedDateTime.ofStrict(gap, ZoneOffset.ofHours(-5), ny));
        tryIt("ofStrict bad offset", () -> ZonedDateTime.ofStrict(overlap, ZoneOffset.ofHours(-6), ny));
        tryIt("parse bad zone", () -> ZonedDateTime.parse("2024-01-01T00:00Z[Mars/Base]"));
        tryIt("from LocalDateTime", () -> ZonedDateTime.from(gap));

        OffsetDateTime o = OffsetDateTime.of(2024, 1, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-2));
        System.out.println(o + " " + o.plusMonths(1) + " " + o.withOffsetSameInstant(ZoneOffset.UTC) + " " + o.withOffsetSameLocal(ZoneOffset.UTC)
            + " " + o.toInstant() + " " + o.atZoneSameInstant(ny) + " " + o.toZonedDateTime() + " " + OffsetDateTime.parse("2024-01-31T23:00-02:00"));
        OffsetDateTime o2 = o.withOffsetSameInstant(ZoneOffset.ofHours(5));
        System.out.println(o.compareTo(o2) + " " + o.isEqual(o2) + " " + o.equals(o2) + " " + OffsetDateTime.timeLineOrder().compare(o, o2)
            + " " + o.until(o2.plusHours(3), ChronoUnit.MINUTES) + " " + OffsetDateTime.MIN + " " + OffsetDateTime.MAX);
        tryIt("OffsetDateTime from LocalDate", () -> OffsetDateTime.from(LocalDate.of(2000, 1, 1)));
        tryIt("rules of unknown", () -> ZoneId.of("Foo/Bar"));
        tryIt("zone from LocalDate", () -> ZoneId.from(LocalDate.of(2000, 1, 1)));
    }
}
