/*
 * FormatterDateTime: Formatter's %t/%T conversions, as the JDK's for the US
 * locale.  A Long or Date is read in the default zone; a TemporalAccessor
 * gives its own fields, and a field it lacks is the JDK's
 * IllegalFormatConversionException.  A Calendar is read in its own zone.
 */
package java.util;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

import static java.time.temporal.ChronoField.*;

final class FormatterDateTime {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};

    private FormatterDateTime() {
    }

    /** The text of conversion c for arg, or null when arg is not a date/time. */
    static String format(Object arg, char c) {
        TimeZone legacy = null;
        long millis = 0;
        if (arg instanceof Long) {
            millis = (Long) arg;
            legacy = TimeZone.getDefault();
        } else if (arg instanceof Date) {
            millis = ((Date) arg).getTime();
            legacy = TimeZone.getDefault();
        } else if (arg instanceof Calendar) {
            millis = ((Calendar) arg).getTimeInMillis();
            legacy = ((Calendar) arg).getTimeZone();
        } else if (!(arg instanceof TemporalAccessor)) {
            return null;
        }
        // Long, Date and Calendar are read as the JDK's Calendar reads them: legacy offsets, TimeZone names.
        TemporalAccessor t = legacy == null ? (TemporalAccessor) arg
            : Instant.ofEpochMilli(millis).atOffset(legacy.offsetAt(millis));
        StringBuilder sb = new StringBuilder();
        try {
            if (legacy != null && c == 'Z')
                sb.append(legacy.getDisplayName(legacy.inDaylightTime(new Date(millis)), TimeZone.SHORT, Locale.US));
            else if (legacy != null && c == 'c')
                printLegacyC(sb, t, legacy, millis);
            else
                print(sb, t, c);
        } catch (DateTimeException ex) {
            throw new IllegalFormatConversionException(c, arg.getClass());
        }
        return sb.toString();
    }

    private static void printLegacyC(StringBuilder sb, TemporalAccessor t, TimeZone legacy, long millis) {
        print(sb, t, 'a');
        sb.append(' ');
        print(sb, t, 'b');
        sb.append(' ');
        print(sb, t, 'd');
        sb.append(' ');
        print(sb, t, 'T');
        sb.append(' ');
        sb.append(legacy.getDisplayName(legacy.inDaylightTime(new Date(millis)), TimeZone.SHORT, Locale.US));
        sb.append(' ');
        print(sb, t, 'Y');
    }

    private static void pad(StringBuilder sb, long value, int width) {
        String s = Long.toString(value);
        for (int i = s.length(); i < width; i++)
            sb.append('0');
        sb.append(s);
    }

    private static void print(StringBuilder sb, TemporalAccessor t, char c) {
        switch (c) {
            case 'H': pad(sb, t.get(HOUR_OF_DAY), 2); break;
            case 'I': pad(sb, t.get(CLOCK_HOUR_OF_AMPM), 2); break;
            case 'k': sb.append(t.get(HOUR_OF_DAY)); break;
            case 'l': sb.append(t.get(CLOCK_HOUR_OF_AMPM)); break;
            case 'M': pad(sb, t.get(MINUTE_OF_HOUR), 2); break;
            case 'S': pad(sb, t.get(SECOND_OF_MINUTE), 2); break;
            case 'L': pad(sb, t.get(MILLI_OF_SECOND), 3); break;
            case 'N': pad(sb, t.get(NANO_OF_SECOND), 9); break;
            case 'p': sb.append(t.get(AMPM_OF_DAY) == 0 ? "am" : "pm"); break;
            case 'z': {
                int offset = t.get(OFFSET_SECONDS);
                sb.append(offset < 0 ? '-' : '+');
                offset = Math.abs(offset) / 60;
                pad(sb, (offset / 60) * 100 + offset % 60, 4);
                break;
            }
            case 'Z': {
                ZoneId zid = t.query(TemporalQueries.zone());
                if (zid == null)
                    throw new DateTimeException("no zone");
                if (!(zid instanceof ZoneOffset) && t.isSupported(INSTANT_SECONDS)) {
                    Instant instant = Instant.from(t);
                    sb.append(TimeZone.getTimeZone(zid.getId()).getDisplayName(
                        zid.getRules().isDaylightSavings(instant), TimeZone.SHORT, Locale.US));
                } else {
                    sb.append(zid.getId());
                }
                break;
            }
            case 's': sb.append(t.getLong(INSTANT_SECONDS)); break;
            case 'Q': sb.append(t.getLong(INSTANT_SECONDS) * 1000L + t.getLong(MILLI_OF_SECOND)); break;
            case 'B': sb.append(MONTHS[t.get(MONTH_OF_YEAR) - 1]); break;
            case 'b': case 'h': sb.append(MONTHS[t.get(MONTH_OF_YEAR) - 1], 0, 3); break;
            case 'A': sb.append(DAYS[t.get(DAY_OF_WEEK) - 1]); break;
            case 'a': sb.append(DAYS[t.get(DAY_OF_WEEK) - 1], 0, 3); break;
            case 'C': pad(sb, t.get(YEAR_OF_ERA) / 100, 2); break;
            case 'y': pad(sb, t.get(YEAR_OF_ERA) % 100, 2); break;
            case 'Y': pad(sb, t.get(YEAR_OF_ERA), 4); break;
            case 'j': pad(sb, t.get(DAY_OF_YEAR), 3); break;
            case 'm': pad(sb, t.get(MONTH_OF_YEAR), 2); break;
            case 'd': pad(sb, t.get(DAY_OF_MONTH), 2); break;
            case 'e': sb.append(t.get(DAY_OF_MONTH)); break;
            case 'R': print(sb, t, 'H'); sb.append(':'); print(sb, t, 'M'); break;
            case 'T': print(sb, t, 'R'); sb.append(':'); print(sb, t, 'S'); break;
            case 'r': {
                print(sb, t, 'I');
                sb.append(':');
                print(sb, t, 'M');
                sb.append(':');
                print(sb, t, 'S');
                sb.append(' ');
                sb.append(t.get(AMPM_OF_DAY) == 0 ? "AM" : "PM");
                break;
            }
            case 'D': print(sb, t, 'm'); sb.append('/'); print(sb, t, 'd'); sb.append('/'); print(sb, t, 'y'); break;
            case 'F': print(sb, t, 'Y'); sb.append('-'); print(sb, t, 'm'); sb.append('-'); print(sb, t, 'd'); break;
            case 'c': {
                print(sb, t, 'a');
                sb.append(' ');
                print(sb, t, 'b');
                sb.append(' ');
                print(sb, t, 'd');
                sb.append(' ');
                print(sb, t, 'T');
                sb.append(' ');
                print(sb, t, 'Z');
                sb.append(' ');
                print(sb, t, 'Y');
                break;
            }
            default: throw new DateTimeException("conversion " + c);
        }
    }
}
