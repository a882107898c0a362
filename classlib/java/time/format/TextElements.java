/* Printer-parsers for texts: field names (US), day periods, zone names. */
package java.time.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.FormatContexts.*;
import java.time.format.LiteralElements.*;
import java.time.format.NumberElements.*;
import java.time.format.ZoneElements.*;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

import static java.time.temporal.ChronoField.*;

final class TextElements {
    private TextElements() {
    }

    static final class TextElement implements Element {
        private final TemporalField field;
        private final TextStyle textStyle;

        TextElement(TemporalField field, TextStyle textStyle) {
            this.field = field;
            this.textStyle = textStyle;
        }

        private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"};
        private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"};

        /** The text for a value, or null when there is none (then the number is printed). */
        String text(long value, TextStyle style) {
            String full;
            if (field == MONTH_OF_YEAR && value >= 1 && value <= 12)
                full = MONTHS[(int) value - 1];
            else if (field == DAY_OF_WEEK && value >= 1 && value <= 7)
                full = DAYS[(int) value - 1];
            else if (field == java.time.temporal.IsoFields.QUARTER_OF_YEAR && value >= 1 && value <= 4) {
                switch (style.asNormal()) {
                    case FULL: return new String[] {"1st", "2nd", "3rd", "4th"}[(int) value - 1] + " quarter";
                    case SHORT: return "Q" + value;
                    default: return Long.toString(value);
                }
            } else if (field == AMPM_OF_DAY && (value == 0 || value == 1))
                return style.asNormal() == TextStyle.NARROW ? (value == 0 ? "a" : "p") : (value == 0 ? "AM" : "PM");
            else if (field == ERA && (value == 0 || value == 1)) {
                switch (style.asNormal()) {
                    case FULL: return value == 0 ? "Before Christ" : "Anno Domini";
                    case NARROW: return value == 0 ? "B" : "A";
                    default: return value == 0 ? "BC" : "AD";
                }
            } else
                return null;
            switch (style.asNormal()) {
                case SHORT: return full.substring(0, 3);
                case NARROW: return full.substring(0, 1);
                default: return full;
            }
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null)
                return false;
            String text = text(value, textStyle);
            if (text == null)
                return new NumberElement(field, 1, 19, SignStyle.NORMAL, 0).format(context, buf);
            buf.append(text);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence parseText, int position) {
            int length = parseText.length();
            if (position < 0 || position > length)
                throw new IndexOutOfBoundsException();
            long min = field.range().getMinimum();
            long max = field.range().getMaximum();
            if (max - min < 20) {
                TextStyle[] styles = context.strict ? new TextStyle[] {textStyle}
                    : new TextStyle[] {TextStyle.FULL, TextStyle.SHORT, TextStyle.NARROW};
                int bestLen = 0;
                long bestValue = 0;
                for (TextStyle style : styles) {
                    for (long v = min; v <= max; v++) {
                        String t = text(v, style);
                        if (t != null && t.length() > bestLen
                                && context.subSequenceEquals(t, 0, parseText, position, t.length())) {
                            bestLen = t.length();
                            bestValue = v;
                        }
                    }
                }
                if (bestLen > 0)
                    return context.setParsedField(field, bestValue, position, position + bestLen);
                if (text(min, textStyle) != null && context.strict)
                    return ~position;
            }
            return new NumberElement(field, 1, 19, SignStyle.NORMAL, 0).parse(context, parseText, position);
        }

        @Override
        public String toString() {
            if (textStyle == TextStyle.FULL)
                return "Text(" + field + ")";
            return "Text(" + field + "," + textStyle + ")";
        }
    }

    static final class ZoneTextElement implements Element {
        private final TextStyle textStyle;

        ZoneTextElement(TextStyle textStyle) {
            this.textStyle = Objects.requireNonNull(textStyle, "textStyle");
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            ZoneId zone = context.getValue(TemporalQueries.zoneId());
            if (zone == null)
                return false;
            String zname = zone.getId();
            if (!(zone instanceof ZoneOffset)) {
                TemporalAccessor dt = context.temporal;
                boolean daylight = false;
                if (dt.isSupported(INSTANT_SECONDS))
                    daylight = zone.getRules().isDaylightSavings(Instant.from(dt));
                else if (dt.isSupported(EPOCH_DAY) && dt.isSupported(NANO_OF_DAY)) {
                    LocalDateTime ldt = LocalDate.ofEpochDay(dt.getLong(EPOCH_DAY))
                        .atTime(java.time.LocalTime.ofNanoOfDay(dt.getLong(NANO_OF_DAY)));
                    daylight = zone.getRules().isDaylightSavings(ldt.atZone(zone).toInstant());
                }
                TimeZone tz = TimeZone.getTimeZone(zname);
                if (tz.getID().equals(zname))
                    zname = tz.getDisplayName(daylight, textStyle.asNormal() == TextStyle.FULL
                                              ? TimeZone.LONG : TimeZone.SHORT, Locale.US);
            }
            buf.append(zname);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return new ZoneIdElement(TemporalQueries.zoneId(), "").parse(context, text, position);
        }

        @Override
        public String toString() {
            return "ZoneText(" + textStyle + ")";
        }
    }

    /** 'B': the US day periods (midnight, noon, morning, afternoon, evening, night). */
    static final class DayPeriodElement implements Element {
        private final TextStyle style;

        DayPeriodElement(TextStyle style) {
            this.style = style;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long mod = context.getValue(MINUTE_OF_DAY);
            if (mod == null)
                return false;
            String text;
            if (mod == 0)
                text = style == TextStyle.NARROW ? "mi" : "midnight";
            else if (mod == 720)
                text = style == TextStyle.NARROW ? "n" : "noon";
            else if (mod >= 360 && mod < 720)
                text = "in the morning";
            else if (mod >= 720 && mod < 1080)
                text = "in the afternoon";
            else if (mod >= 1080 && mod < 1260)
                text = "in the evening";
            else
                text = "at night";
            buf.append(text);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return ~position;
        }

        @Override
        public String toString() {
            return "DayPeriod(" + style + ")";
        }
    }
}
