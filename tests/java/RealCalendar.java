// Calendar arithmetic without java.time: leap years, day of week by Zeller's
// congruence, days between dates through a day-number function, printing a month
// grid with printf, Easter by the anonymous Gregorian algorithm, and Friday-the-13ths.
import java.util.*;

public class RealCalendar {
    static boolean leap(int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
    static int daysIn(int y, int m) { return m == 2 ? (leap(y) ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31; }

    static int dayOfWeek(int y, int m, int d) {
        if (m < 3) { m += 12; y--; }
        int h = (d + 13 * (m + 1) / 5 + y + y / 4 - y / 100 + y / 400) % 7;
        return (h + 5) % 7;
    }

    static long dayNumber(int y, int m, int d) {
        long a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3;
        return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
    }

    static String easter(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return String.format("%04d-%02d-%02d", y, month, day);
    }

    public static void main(String[] args) {
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        int y = 2024, m = 2;
        System.out.println("     February 2024");
        System.out.println(String.join(" ", Arrays.stream(names).map(n -> n.substring(0, 2)).toArray(String[]::new)));
        StringBuilder sb = new StringBuilder("   ".repeat(dayOfWeek(y, m, 1)));
        for (int d = 1; d <= daysIn(y, m); d++) {
            sb.append(String.format("%2d", d)).append(' ');
            if ((dayOfWeek(y, m, d) + 1) % 7 == 0) { System.out.println(sb.toString().stripTrailing()); sb.setLength(0); }
        }
        if (sb.length() > 0) System.out.println(sb.toString().stripTrailing());
        int[][] dates = {{1970, 1, 1}, {2000, 1, 1}, {2000, 2, 29}, {1969, 7, 20}, {2038, 1, 19}, {1900, 3, 1}, {2100, 12, 31}};
        for (int[] d : dates) System.out.print(String.format("%04d-%02d-%02d %s  ", d[0], d[1], d[2], names[dayOfWeek(d[0], d[1], d[2])]));
        System.out.println();
        System.out.println("days 1970-01-01 .. 2038-01-19: " + (dayNumber(2038, 1, 19) - dayNumber(1970, 1, 1)) + ", Julian day of 2000-01-01: " + dayNumber(2000, 1, 1));
        StringBuilder ls = new StringBuilder();
        for (int yr : new int[]{1600, 1700, 1900, 2000, 2004, 2023, 2024, 2100}) ls.append(yr).append(leap(yr) ? "L " : "- ");
        System.out.println(ls.toString().trim());
        List<String> easters = new ArrayList<>();
        for (int yr = 2020; yr <= 2030; yr++) easters.add(easter(yr).substring(5));
        System.out.println("easter 2020-2030 " + easters + " 1818: " + easter(1818) + " 2285: " + easter(2285));
        Map<Integer, Integer> fri13 = new TreeMap<>();
        for (int yr = 2015; yr <= 2026; yr++) for (int mo = 1; mo <= 12; mo++) if (dayOfWeek(yr, mo, 13) == 4) fri13.merge(yr, 1, Integer::sum);
        System.out.println("Friday 13ths per year " + fri13);
        int[] counts = new int[7];
        for (int yr = 1601; yr <= 2000; yr++) for (int mo = 1; mo <= 12; mo++) counts[dayOfWeek(yr, mo, 13)]++;
        System.out.println("13th weekday counts over 400 years " + Arrays.toString(counts));
    }
}
