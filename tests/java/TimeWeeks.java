import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

// ISO weeks and quarters (IsoFields), week-based pattern letters, DayOfWeek and Month.
public class TimeWeeks {
    public static void main(String[] args) {
        int[][] dates = {{2020, 12, 31}, {2021, 1, 1}, {2021, 1, 3}, {2021, 1, 4}, {2024, 12, 30}, {2026, 1, 1}, {2015, 12, 31},
            {2016, 1, 3}, {2027, 1, 1}, {2004, 12, 31}, {2005, 1, 2}, {2008, 12, 29}, {2024, 2, 29}, {2024, 6, 30}, {2024, 9, 30}};
        DateTimeFormatter f = DateTimeFormatter.ofPattern("e c ee w ww W Y YY YYYY Q QQ QQQ QQQQ QQQQQ q F");
        for (int[] d : dates) {
            LocalDate ld = LocalDate.of(d[0], d[1], d[2]);
            System.out.println(ld + " " + ld.getDayOfWeek() + " wbYear=" + ld.get(IsoFields.WEEK_BASED_YEAR) + " week="
                + ld.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " q=" + ld.get(IsoFields.QUARTER_OF_YEAR) + " dq="
                + ld.get(IsoFields.DAY_OF_QUARTER) + " range=" + ld.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " "
                + ld.range(IsoFields.DAY_OF_QUARTER) + " | " + f.format(ld));
        }
        LocalDate x = LocalDate.of(2024, 5, 15);
        System.out.println(x.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1) + " " + x.with(IsoFields.QUARTER_OF_YEAR, 4) + " "
            + x.with(IsoFields.DAY_OF_QUARTER, 1) + " " + x.with(IsoFields.WEEK_BASED_YEAR, 2026) + " " + x.plus(5, IsoFields.QUARTER_YEARS)
            + " " + x.plus(1, IsoFields.WEEK_BASED_YEARS) + " " + IsoFields.QUARTER_YEARS.between(x, LocalDate.of(2026, 1, 1))
            + " " + x.isSupported(IsoFields.QUARTER_OF_YEAR) + " " + LocalTime.NOON.isSupported(IsoFields.QUARTER_OF_YEAR)
            + " " + IsoFields.WEEK_BASED_YEAR + " " + IsoFields.QUARTER_YEARS + " " + IsoFields.DAY_OF_QUARTER.range());
        for (DayOfWeek d : DayOfWeek.values())
            System.out.println(d + " " + d.getValue() + " " + d.plus(3) + " " + d.minus(10) + " "
                + d.getDisplayName(TextStyle.FULL, Locale.US) + " " + d.getDisplayName(TextStyle.SHORT, Locale.US) + " "
                + d.getDisplayName(TextStyle.NARROW, Locale.US));
        for (Month m : Month.values())
            System.out.println(m + " " + m.getValue() + " " + m.length(false) + "/" + m.length(true) + " " + m.firstDayOfYear(true)
                + " " + m.firstMonthOfQuarter() + " " + m.plus(-13) + " " + m.getDisplayName(TextStyle.SHORT, Locale.US)
                + " " + m.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US) + " " + m.maxLength());
        try {
            DayOfWeek.of(8);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Month.of(0);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Month.from(LocalTime.NOON);
        } catch (RuntimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println(DayOfWeek.from(x) + " " + Month.from(x) + " " + x.with(DayOfWeek.MONDAY) + " " + x.with(Month.JANUARY)
            + " " + DayOfWeek.MONDAY.adjustInto(x) + " " + ChronoUnit.DAYS.between(x, x.plusWeeks(2)));
        DateTimeFormatter p = DateTimeFormatter.ofPattern("ppH:mm|pppMMM|B|BBBB|BBBBB");
        for (LocalTime t : new LocalTime[] {LocalTime.MIDNIGHT, LocalTime.of(5, 59), LocalTime.of(6, 0), LocalTime.NOON,
                LocalTime.of(17, 0), LocalTime.of(18, 30), LocalTime.of(21, 0)})
            System.out.println(p.format(t.atDate(x)));
        System.out.println(p);
        for (String w : new String[] {"2024-W10-2", "2020-W53-7", "2021-W53-1", "2026-W01-1", "2024-W00-1", "2024-W10-8", "2024-W10-2+01:00"}) {
            try {
                System.out.println(w + " -> " + LocalDate.parse(w, DateTimeFormatter.ISO_WEEK_DATE));
            } catch (RuntimeException e) {
                System.out.println(w + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        java.time.format.DateTimeFormatter q = new java.time.format.DateTimeFormatterBuilder().appendPattern("yyyy-QQQ-")
            .appendValue(IsoFields.DAY_OF_QUARTER, 2).toFormatter();
        for (String s : new String[] {"2024-Q1-60", "2023-Q1-91", "2024-Q4-92", "2024-Q2-00"}) {
            try {
                System.out.println(s + " -> " + LocalDate.parse(s, q) + " " + q.format(LocalDate.parse(s, q)));
            } catch (RuntimeException e) {
                System.out.println(s + " -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
