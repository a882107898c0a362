/* Printer-parsers for instants, offsets and zone IDs. */
package java.time.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.FormatContexts.*;
import java.time.format.LiteralElements.*;
import java.time.format.NumberElements.*;
import java.time.format.TextElements.*;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.util.Objects;

import static java.time.temporal.ChronoField.*;

final class ZoneElements {
    private ZoneElements() {
    }

    static final class InstantElement implements Element {
        private final int fractionalDigits;

        InstantElement(int fractionalDigits) {
            this.fractionalDigits = fractionalDigits;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long inSecs = context.getValue(INSTANT_SECONDS);
            Long inNanos = null;
            if (context.temporal.isSupported(NANO_OF_SECOND))
                inNanos = context.temporal.getLong(NANO_OF_SECOND);
            if (inSecs == null)
                return false;
            long nanos = inNanos == null ? 0 : inNanos;
            String text = Instant.ofEpochSecond(inSecs, nanos).toString();
            if (fractionalDigits == -2 || nanos == 0 && fractionalDigits <= 0) {
                if (fractionalDigits == -2 || nanos == 0) {
                    buf.append(text);
                    return true;
                }
            }
            // A fixed number of fraction digits (or -1: as many as needed, no grouping).
            int dot = text.indexOf('.');
            String head = dot >= 0 ? text.substring(0, dot) : text.substring(0, text.length() - 1);
            buf.append(head);
            int n = (int) nanos;
            if ((fractionalDigits < 0 && n > 0) || fractionalDigits > 0) {
                buf.append('.');
                int div = 100_000_000;
                for (int i = 0; ((fractionalDigits == -1 && n > 0) || i < fractionalDigits); i++) {
                    int digit = n / div;
                    buf.append((char) (digit + '0'));
                    n = n - (digit * div);
                    div = div / 10;
                }
            }
            buf.append('Z');
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            DateTimeFormatter f = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
                .appendLiteral('T').appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
                .appendValue(MINUTE_OF_HOUR, 2).appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
                .appendFraction(NANO_OF_SECOND, 0, 9, true).appendOffsetId().toFormatter();
            ParseContext sub = new ParseContext();
            sub.caseSensitive = context.caseSensitive;
            sub.strict = context.strict;
            int pos = f.toPrinterParser(false).parse(sub, text, position);
            if (pos < 0)
                return pos;
            java.util.Map<TemporalField, Long> v = sub.current().fieldValues;
            long yearParsed = v.get(YEAR);
            int month = v.get(MONTH_OF_YEAR).intValue();
            int day = v.get(DAY_OF_MONTH).intValue();
            int hour = v.get(HOUR_OF_DAY).intValue();
            int min = v.get(MINUTE_OF_HOUR).intValue();
            Long secVal = v.get(SECOND_OF_MINUTE);
            Long nanoVal = v.get(NANO_OF_SECOND);
            int sec = secVal != null ? secVal.intValue() : 0;
            int nano = nanoVal != null ? nanoVal.intValue() : 0;
            int offset = v.get(OFFSET_SECONDS).intValue();
            int days = 0;
            if (hour == 24 && min == 0 && sec == 0 && nano == 0) {
                hour = 0;
                days = 1;
            } else if (hour == 23 && min == 59 && sec == 60) {
                sec = 59;
            }
            int year = (int) yearParsed % 10_000;
            long instantSecs;
            try {
                LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, min, sec, 0).plusDays(days);
                instantSecs = ldt.toEpochSecond(ZoneOffset.ofTotalSeconds(offset));
                instantSecs += Math.multiplyExact(yearParsed / 10_000L, 146097L * 25L * 86400L);
            } catch (RuntimeException ex) {
                return ~position;
            }
            int successPos = pos;
            successPos = context.setParsedField(INSTANT_SECONDS, instantSecs, position, successPos);
            return context.setParsedField(NANO_OF_SECOND, nano, position, successPos);
        }

        @Override
        public String toString() {
            return fractionalDigits == -2 ? "Instant()" : "Instant(" + fractionalDigits + ")";
        }
    }

    static final class OffsetElement implements Element {
        static final String[] PATTERNS = {"+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss",
            "+HHMMSS", "+HH:MM:SS", "+HHmmss", "+HH:mm:ss"};
        private final String noOffsetText;
        private final int type;
        private final String pattern;

        OffsetElement(String pattern, String noOffsetText) {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(noOffsetText, "noOffsetText");
            int t = -1;
            for (int i = 0; i < PATTERNS.length; i++)
                if (PATTERNS[i].equals(pattern))
                    t = i;
            if (t < 0)
                throw new IllegalArgumentException("Invalid zone offset pattern: " + pattern);
            this.type = t;
            this.pattern = pattern;
            this.noOffsetText = noOffsetText;
        }

        private boolean isColon() {
            return pattern.indexOf(':') >= 0;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(OFFSET_SECONDS);
            if (offsetSecs == null)
                return false;
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs == 0) {
                buf.append(noOffsetText);
                return true;
            }
            int absHours = Math.abs((totalSecs / 3600) % 100);
            int absMinutes = Math.abs((totalSecs / 60) % 60);
            int absSeconds = Math.abs(totalSecs % 60);
            int bufPos = buf.length();
            int output = absHours;
            buf.append(totalSecs < 0 ? "-" : "+");
            buf.append((char) (absHours / 10 + '0')).append((char) (absHours % 10 + '0'));
            if ((type >= 3 && type <= 8) || (type >= 9 && absSeconds > 0) || (type >= 1 && absMinutes > 0)) {
                pad(absMinutes, buf);
                output += absMinutes;
                if (type == 7 || type == 8 || (type >= 5 && absSeconds > 0)) {
                    pad(absSeconds, buf);
                    output += absSeconds;
                }
            }
            if (output == 0) {
                buf.setLength(bufPos);
                buf.append(noOffsetText);
            }
            return true;
        }

        private void pad(int value, StringBuilder buf) {
            buf.append(isColon() ? ":" : "").append((char) (value / 10 + '0')).append((char) (value % 10 + '0'));
        }

        private static int digits2(CharSequence text, int pos) {
            if (pos + 2 > text.length())
                return -1;
            char a = text.charAt(pos);
            char b = text.charAt(pos + 1);
            if (a < '0' || a > '9' || b < '0' || b > '9')
                return -1;
            return (a - '0') * 10 + (b - '0');
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            int noOffsetLen = noOffsetText.length();
            if (noOffsetLen == 0) {
                if (position == length)
                    return context.setParsedField(OFFSET_SECONDS, 0, position, position);
            } else {
                if (position == length)
                    return ~position;
                if (context.subSequenceEquals(text, position, noOffsetText, 0, noOffsetLen))
                    return context.setParsedField(OFFSET_SECONDS, 0, position, position + noOffsetLen);
            }
            if (position < length) {
                char sign = text.charAt(position);
                if (sign == '+' || sign == '-') {
                    int negative = sign == '-' ? -1 : 1;
                    int pos = position + 1;
                    int hours = digits2(text, pos);
                    if (hours >= 0) {
                        pos += 2;
                        int minutes = 0;
                        int seconds = 0;
                        boolean colon = isColon();
                        boolean lenient = !context.strict;
                        boolean wantMinutes = type >= 3 && type <= 8 && !lenient;
                        boolean optMinutes = type != 0;
                        int p = pos;
                        boolean hasColon = p < length && text.charAt(p) == ':';
                        if (optMinutes && (lenient || hasColon == colon)) {
                            int mp = hasColon ? p + 1 : p;
                            int m = digits2(text, mp);
                            if (m >= 0) {
                                minutes = m;
                                pos = mp + 2;
                                boolean hasColon2 = pos < length && text.charAt(pos) == ':';
                                if (type >= 5 && (lenient || hasColon2 == colon)) {
                                    int sp = hasColon2 ? pos + 1 : pos;
                                    int s = digits2(text, sp);
                                    if (s >= 0) {
                                        seconds = s;
                                        pos = sp + 2;
                                    } else if (type == 7 || type == 8) {
                                        return ~position;
                                    }
                                } else if (type == 7 || type == 8) {
                                    return ~position;
                                }
                            } else if (wantMinutes) {
                                return ~position;
                            }
                        } else if (wantMinutes) {
                            return ~position;
                        }
                        if (hours <= 18 && minutes <= 59 && seconds <= 59) {
                            long offsetSecs = negative * (hours * 3600L + minutes * 60L + seconds);
                            return context.setParsedField(OFFSET_SECONDS, offsetSecs, position, pos);
                        }
                    }
                }
            }
            if (noOffsetLen == 0)
                return context.setParsedField(OFFSET_SECONDS, 0, position, position);
            return ~position;
        }

        @Override
        public String toString() {
            String converted = noOffsetText.replace("'", "''");
            return "Offset(" + pattern + ",'" + converted + "')";
        }
    }

    static final class LocalizedOffsetElement implements Element {
        private final TextStyle style;

        LocalizedOffsetElement(TextStyle style) {
            this.style = style;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long offsetSecs = context.getValue(OFFSET_SECONDS);
            if (offsetSecs == null)
                return false;
            buf.append("GMT");
            int totalSecs = Math.toIntExact(offsetSecs);
            if (totalSecs != 0) {
                int absHours = Math.abs((totalSecs / 3600) % 100);
                int absMinutes = Math.abs((totalSecs / 60) % 60);
                int absSeconds = Math.abs(totalSecs % 60);
                buf.append(totalSecs < 0 ? "-" : "+");
                if (style == TextStyle.FULL) {
                    buf.append(absHours / 10).append(absHours % 10).append(':')
                       .append(absMinutes / 10).append(absMinutes % 10);
                    if (absSeconds > 0)
                        buf.append(':').append(absSeconds / 10).append(absSeconds % 10);
                } else {
                    if (absHours >= 10)
                        buf.append(absHours / 10);
                    buf.append(absHours % 10);
                    if (absMinutes > 0 || absSeconds > 0) {
                        buf.append(':').append(absMinutes / 10).append(absMinutes % 10);
                        if (absSeconds > 0)
                            buf.append(':').append(absSeconds / 10).append(absSeconds % 10);
                    }
                }
            }
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (!context.subSequenceEquals(text, position, "GMT", 0, 3))
                return ~position;
            int pos = position + 3;
            if (pos == text.length() || (text.charAt(pos) != '+' && text.charAt(pos) != '-'))
                return context.setParsedField(OFFSET_SECONDS, 0, position, pos);
            int negative = text.charAt(pos) == '-' ? -1 : 1;
            pos++;
            int h = 0;
            int digits = 0;
            while (pos < text.length() && digits < 2 && Character.isDigit(text.charAt(pos))) {
                h = h * 10 + (text.charAt(pos++) - '0');
                digits++;
            }
            if (digits == 0)
                return ~position;
            int m = 0;
            int s = 0;
            if (pos + 2 < text.length() + 0 && text.charAt(pos) == ':') {
                int mm = OffsetElement.digits2(text, pos + 1);
                if (mm >= 0) {
                    m = mm;
                    pos += 3;
                    if (pos < text.length() && text.charAt(pos) == ':') {
                        int ss = OffsetElement.digits2(text, pos + 1);
                        if (ss >= 0) {
                            s = ss;
                            pos += 3;
                        }
                    }
                }
            }
            return context.setParsedField(OFFSET_SECONDS, negative * (h * 3600L + m * 60L + s), position, pos);
        }

        @Override
        public String toString() {
            return "LocalizedOffset(" + style + ")";
        }
    }

    static final java.time.temporal.TemporalQuery<ZoneId> ZONE_REGION = new java.time.temporal.TemporalQuery<>() {
        public ZoneId queryFrom(java.time.temporal.TemporalAccessor temporal) {
            ZoneId zone = temporal.query(TemporalQueries.zoneId());
            return zone instanceof ZoneOffset ? null : zone;
        }

        @Override
        public String toString() {
            return "ZoneRegionId()";
        }
    };

    static final class ZoneIdElement implements Element {
        private final java.time.temporal.TemporalQuery<ZoneId> query;
        private final String description;

        ZoneIdElement(java.time.temporal.TemporalQuery<ZoneId> query, String description) {
            this.query = query;
            this.description = description;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            ZoneId zone = context.getValue(query);
            if (zone == null)
                return false;
            buf.append(zone.getId());
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position > length)
                throw new IndexOutOfBoundsException();
            if (position == length)
                return ~position;
            char nextChar = text.charAt(position);
            if (nextChar == '+' || nextChar == '-') {
                ParseContext sub = new ParseContext();
                int pos = new OffsetElement("+HH:MM:ss", "Z").parse(sub, text, position);
                if (pos < 0)
                    return pos;
                int secs = sub.current().fieldValues.get(OFFSET_SECONDS).intValue();
                context.current().zone = ZoneOffset.ofTotalSeconds(secs);
                return pos;
            }
            // the longest ID made of ID characters that names a zone, an offset or a prefixed offset
            int end = position;
            while (end < length) {
                char c = text.charAt(end);
                if (Character.isLetterOrDigit(c) || "/~._+-:".indexOf(c) >= 0)
                    end++;
                else
                    break;
            }
            for (int e = end; e > position; e--) {
                String id = text.subSequence(position, e).toString();
                try {
                    ZoneId zone;
                    if (id.equals("Z"))
                        zone = ZoneOffset.UTC;
                    else
                        zone = ZoneId.of(id);
                    context.current().zone = zone;
                    return e;
                } catch (DateTimeException ex) {
                    // try a shorter ID
                }
            }
            return ~position;
        }

        @Override
        public String toString() {
            return description;
        }
    }
}
