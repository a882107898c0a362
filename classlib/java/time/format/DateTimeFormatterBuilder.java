/*
 * DateTimeFormatterBuilder: builds a formatter from printer-parsers, as the
 * JDK's (the same element kinds, pattern letters, optional sections,
 * adjacent-value parsing and toString forms), for the US/ROOT locale only.
 * Each element prints from a TemporalAccessor and parses into a Parsed.
 */
package java.time.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

import static java.time.temporal.ChronoField.*;

public final class DateTimeFormatterBuilder {
    private DateTimeFormatterBuilder active = this;
    private final DateTimeFormatterBuilder parent;
    private final List<Element> elements = new ArrayList<>();
    private final boolean optional;
    /** The last number element that may be followed by fixed-width adjacent ones. */
    private int valueParserIndex = -1;
    /** Width to pad the next element to (padNext), or 0. */
    private int padNextWidth;

    public DateTimeFormatterBuilder() {
        parent = null;
        optional = false;
    }

    private DateTimeFormatterBuilder(DateTimeFormatterBuilder parent, boolean optional) {
        this.parent = parent;
        this.optional = optional;
    }

    // ---- contexts ----

    /** Printing: the temporal, and how deep inside optional sections we are. */
    static final class PrintContext {
        final TemporalAccessor temporal;
        int optional;

        PrintContext(TemporalAccessor temporal) {
            this.temporal = temporal;
        }

        Long getValue(TemporalField field) {
            if (optional > 0 && !temporal.isSupported(field))
                return null;
            return temporal.getLong(field);
        }

        <R> R getValue(java.time.temporal.TemporalQuery<R> query) {
            R result = temporal.query(query);
            if (result == null && optional == 0)
                throw new DateTimeException("Unable to extract " + query + " from temporal " + temporal);
            return result;
        }
    }

    /** Parsing: the Parsed being filled, with a stack for optional sections. */
    static final class ParseContext {
        boolean caseSensitive = true;
        boolean strict = true;
        final ArrayList<Parsed> parsed = new ArrayList<>();

        ParseContext() {
            parsed.add(new Parsed());
        }

        Parsed current() {
            return parsed.get(parsed.size() - 1);
        }

        void startOptional() {
            parsed.add(current().copy());
        }

        void endOptional(boolean successful) {
            if (successful)
                parsed.remove(parsed.size() - 2);
            else
                parsed.remove(parsed.size() - 1);
        }

        int setParsedField(TemporalField field, long value, int errorPos, int successPos) {
            Long old = current().fieldValues.put(field, value);
            return (old != null && old != value) ? ~errorPos : successPos;
        }

        boolean charEquals(char a, char b) {
            if (caseSensitive)
                return a == b;
            return a == b || Character.toUpperCase(a) == Character.toUpperCase(b)
                || Character.toLowerCase(a) == Character.toLowerCase(b);
        }

        boolean subSequenceEquals(CharSequence a, int aOff, CharSequence b, int bOff, int len) {
            if (aOff + len > a.length() || bOff + len > b.length())
                return false;
            for (int i = 0; i < len; i++)
                if (!charEquals(a.charAt(aOff + i), b.charAt(bOff + i)))
                    return false;
            return true;
        }
    }

    interface Element {
        boolean format(PrintContext context, StringBuilder buf);

        /** The position after the parsed text, or ~position of the error. */
        int parse(ParseContext context, CharSequence text, int position);
    }

    // ---- the builder API ----

    public DateTimeFormatterBuilder parseCaseSensitive() {
        appendInternal(new SettingsElement(0));
        return this;
    }

    public DateTimeFormatterBuilder parseCaseInsensitive() {
        appendInternal(new SettingsElement(1));
        return this;
    }

    public DateTimeFormatterBuilder parseStrict() {
        appendInternal(new SettingsElement(2));
        return this;
    }

    public DateTimeFormatterBuilder parseLenient() {
        appendInternal(new SettingsElement(3));
        return this;
    }

    public DateTimeFormatterBuilder parseDefaulting(TemporalField field, long value) {
        Objects.requireNonNull(field, "field");
        appendInternal(new DefaultValue(field, value));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field) {
        Objects.requireNonNull(field, "field");
        appendValue(new NumberElement(field, 1, 19, SignStyle.NORMAL, 0));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int width) {
        Objects.requireNonNull(field, "field");
        if (width < 1 || width > 19)
            throw new IllegalArgumentException("The width must be from 1 to 19 inclusive but was " + width);
        appendValue(new NumberElement(field, width, width, SignStyle.NOT_NEGATIVE, 0));
        return this;
    }

    public DateTimeFormatterBuilder appendValue(TemporalField field, int minWidth, int maxWidth,
                                                SignStyle signStyle) {
        if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE)
            return appendValue(field, maxWidth);
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signStyle, "signStyle");
        if (minWidth < 1 || minWidth > 19)
            throw new IllegalArgumentException("The minimum width must be from 1 to 19 inclusive but was " + minWidth);
        if (maxWidth < 1 || maxWidth > 19)
            throw new IllegalArgumentException("The maximum width must be from 1 to 19 inclusive but was " + maxWidth);
        if (maxWidth < minWidth)
            throw new IllegalArgumentException("The maximum width must exceed or equal the minimum width but "
                + maxWidth + " < " + minWidth);
        appendValue(new NumberElement(field, minWidth, maxWidth, signStyle, 0));
        return this;
    }

    public DateTimeFormatterBuilder appendValueReduced(TemporalField field, int width, int maxWidth, int baseValue) {
        Objects.requireNonNull(field, "field");
        appendValue(new ReducedElement(field, width, maxWidth, baseValue));
        return this;
    }

    /** Adjacent value parsing: a fixed-width number right after a number narrows it. */
    private void appendValue(NumberElement pp) {
        List<Element> list = active.elements;
        if (active.valueParserIndex >= 0) {
            NumberElement base = (NumberElement) list.get(active.valueParserIndex);
            if (pp.minWidth == pp.maxWidth && pp.signStyle == SignStyle.NOT_NEGATIVE) {
                list.set(active.valueParserIndex, base.withSubsequentWidth(pp.maxWidth));
                appendInternal(pp.withFixedWidth());
                return;
            }
            list.set(active.valueParserIndex, base.withFixedWidth());
            active.valueParserIndex = appendInternal(pp);
        } else {
            active.valueParserIndex = appendInternal(pp);
        }
    }

    public DateTimeFormatterBuilder appendFraction(TemporalField field, int minWidth, int maxWidth,
                                                   boolean decimalPoint) {
        Objects.requireNonNull(field, "field");
        if (!field.range().isFixed())
            throw new IllegalArgumentException("Field must have a fixed set of values: " + field);
        if (minWidth < 0 || minWidth > 9)
            throw new IllegalArgumentException("Minimum width must be from 0 to 9 inclusive but was " + minWidth);
        if (maxWidth < 1 || maxWidth > 9)
            throw new IllegalArgumentException("Maximum width must be from 1 to 9 inclusive but was " + maxWidth);
        if (maxWidth < minWidth)
            throw new IllegalArgumentException("Maximum width must exceed or equal the minimum width but "
                + maxWidth + " < " + minWidth);
        if (minWidth == maxWidth && !decimalPoint) {
            // a fixed-width fraction takes part in adjacent value parsing
            appendValue(new FractionElement(field, minWidth, maxWidth, decimalPoint, 0));
        } else {
            appendInternal(new FractionElement(field, minWidth, maxWidth, decimalPoint, 0));
        }
        return this;
    }

    public DateTimeFormatterBuilder appendText(TemporalField field) {
        return appendText(field, TextStyle.FULL);
    }

    public DateTimeFormatterBuilder appendText(TemporalField field, TextStyle textStyle) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(textStyle, "textStyle");
        appendInternal(new TextElement(field, textStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant() {
        appendInternal(new InstantElement(-2));
        return this;
    }

    public DateTimeFormatterBuilder appendInstant(int fractionalDigits) {
        if (fractionalDigits < -1 || fractionalDigits > 9)
            throw new IllegalArgumentException("The fractional digits must be from -1 to 9 inclusive but was "
                + fractionalDigits);
        appendInternal(new InstantElement(fractionalDigits));
        return this;
    }

    public DateTimeFormatterBuilder appendOffsetId() {
        appendInternal(new OffsetElement("+HH:MM:ss", "Z"));
        return this;
    }

    public DateTimeFormatterBuilder appendOffset(String pattern, String noOffsetText) {
        appendInternal(new OffsetElement(pattern, noOffsetText));
        return this;
    }

    public DateTimeFormatterBuilder appendLocalizedOffset(TextStyle style) {
        Objects.requireNonNull(style, "style");
        if (style != TextStyle.FULL && style != TextStyle.SHORT)
            throw new IllegalArgumentException("Style must be either full or short");
        appendInternal(new LocalizedOffsetElement(style));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneId() {
        appendInternal(new ZoneIdElement(TemporalQueries.zoneId(), "ZoneId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneRegionId() {
        appendInternal(new ZoneIdElement(ZONE_REGION, "ZoneRegionId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneOrOffsetId() {
        appendInternal(new ZoneIdElement(TemporalQueries.zone(), "ZoneOrOffsetId()"));
        return this;
    }

    public DateTimeFormatterBuilder appendZoneText(TextStyle textStyle) {
        appendInternal(new ZoneTextElement(textStyle));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(char literal) {
        appendInternal(new CharLiteral(literal));
        return this;
    }

    public DateTimeFormatterBuilder appendLiteral(String literal) {
        Objects.requireNonNull(literal, "literal");
        if (!literal.isEmpty()) {
            if (literal.length() == 1)
                appendInternal(new CharLiteral(literal.charAt(0)));
            else
                appendInternal(new StringLiteral(literal));
        }
        return this;
    }

    public DateTimeFormatterBuilder append(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(false));
        return this;
    }

    public DateTimeFormatterBuilder appendOptional(DateTimeFormatter formatter) {
        Objects.requireNonNull(formatter, "formatter");
        appendInternal(formatter.toPrinterParser(true));
        return this;
    }

    public DateTimeFormatterBuilder appendLocalized(FormatStyle dateStyle, FormatStyle timeStyle) {
        if (dateStyle == null && timeStyle == null)
            throw new IllegalArgumentException("Either the date or time style must be non-null");
        appendInternal(new LocalizedElement(dateStyle, timeStyle));
        return this;
    }

    /** The US (CLDR) patterns for the localized styles, as JDK 17 has them. */
    public static String getLocalizedDateTimePattern(FormatStyle dateStyle, FormatStyle timeStyle,
                                                     java.time.chrono.Chronology chrono, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(chrono, "chrono");
        if (dateStyle == null && timeStyle == null)
            throw new IllegalArgumentException("Either dateStyle or timeStyle must be non-null");
        String date = null;
        String time = null;
        if (dateStyle != null) {
            switch (dateStyle) {
                case FULL: date = "EEEE, MMMM d, y"; break;
                case LONG: date = "MMMM d, y"; break;
                case MEDIUM: date = "MMM d, y"; break;
                default: date = "M/d/yy"; break;
            }
        }
        if (timeStyle != null) {
            switch (timeStyle) {
                case FULL: time = "h:mm:ss a zzzz"; break;
                case LONG: time = "h:mm:ss a z"; break;
                case MEDIUM: time = "h:mm:ss a"; break;
                default: time = "h:mm a"; break;
            }
        }
        if (date == null)
            return time;
        if (time == null)
            return date;
        boolean at = (dateStyle == FormatStyle.FULL || dateStyle == FormatStyle.LONG)
            && (timeStyle == FormatStyle.FULL || timeStyle == FormatStyle.LONG);
        return date + (at ? " 'at' " : ", ") + time;
    }

    public DateTimeFormatterBuilder appendPattern(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        parsePattern(pattern);
        return this;
    }

    public DateTimeFormatterBuilder optionalStart() {
        active.valueParserIndex = -1;
        active = new DateTimeFormatterBuilder(active, true);
        return this;
    }

    public DateTimeFormatterBuilder optionalEnd() {
        if (active.parent == null)
            throw new IllegalStateException("Cannot call optionalEnd() as there was no previous call to optionalStart()");
        if (!active.elements.isEmpty()) {
            Composite cpp = new Composite(active.elements, active.optional);
            active = active.parent;
            appendInternal(cpp);
        } else {
            active = active.parent;
        }
        return this;
    }

    public DateTimeFormatterBuilder padNext(int padWidth) {
        return padNext(padWidth, ' ');
    }

    public DateTimeFormatterBuilder padNext(int padWidth, char padChar) {
        if (padWidth < 1)
            throw new IllegalArgumentException("The pad width must be at least one but was " + padWidth);
        active.padNextWidth = padWidth;
        active.padNextChar = padChar;
        active.valueParserIndex = -1;
        return this;
    }

    private char padNextChar;

    private int appendInternal(Element pp) {
        Objects.requireNonNull(pp, "pp");
        if (active.padNextWidth > 0) {
            pp = new PadElement(pp, active.padNextWidth, active.padNextChar);
            active.padNextWidth = 0;
            active.valueParserIndex = -1;
        }
        active.elements.add(pp);
        if (!(pp instanceof NumberElement))
            active.valueParserIndex = -1;
        return active.elements.size() - 1;
    }

    public DateTimeFormatter toFormatter() {
        return toFormatter(Locale.getDefault());
    }

    public DateTimeFormatter toFormatter(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        while (active.parent != null)
            optionalEnd();
        Composite pp = new Composite(elements, false);
        return new DateTimeFormatter(pp, ResolverStyle.SMART, null, locale);
    }

    DateTimeFormatter toFormatter(ResolverStyle resolverStyle) {
        return toFormatter(Locale.getDefault()).withResolverStyle(resolverStyle);
    }

    // ---- patterns ----

    private void parsePattern(String pattern) {
        for (int pos = 0; pos < pattern.length(); pos++) {
            char cur = pattern.charAt(pos);
            if ((cur >= 'A' && cur <= 'Z') || (cur >= 'a' && cur <= 'z')) {
                int start = pos++;
                while (pos < pattern.length() && pattern.charAt(pos) == cur)
                    pos++;
                int count = pos - start;
                if (cur == 'p') {
                    int pad = 0;
                    if (pos < pattern.length()) {
                        cur = pattern.charAt(pos);
                        if ((cur >= 'A' && cur <= 'Z') || (cur >= 'a' && cur <= 'z')) {
                            pad = count;
                            start = pos++;
                            while (pos < pattern.length() && pattern.charAt(pos) == cur)
                                pos++;
                            count = pos - start;
                        }
                    }
                    if (pad == 0)
                        throw new IllegalArgumentException("Pad letter 'p' must be followed by valid pad pattern: "
                            + pattern);
                    padNext(pad);
                }
                pos--;
                parseLetter(cur, count);
            } else if (cur == '\'') {
                int start = pos++;
                for (; pos < pattern.length(); pos++) {
                    if (pattern.charAt(pos) == '\'') {
                        if (pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '\'')
                            pos++;
                        else
                            break;
                    }
                }
                if (pos >= pattern.length())
                    throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + pattern);
                String str = pattern.substring(start + 1, pos);
                if (str.isEmpty())
                    appendLiteral('\'');
                else
                    appendLiteral(str.replace("''", "'"));
            } else if (cur == '[') {
                optionalStart();
            } else if (cur == ']') {
                if (active.parent == null)
                    throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                optionalEnd();
            } else if (cur == '{' || cur == '}' || cur == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + cur + "'");
            } else {
                appendLiteral(cur);
            }
        }
    }

    private void parseLetter(char cur, int count) {
        switch (cur) {
            case 'G':
                if (count > 5)
                    tooMany(cur);
                appendText(ERA, count == 4 ? TextStyle.FULL : count == 5 ? TextStyle.NARROW : TextStyle.SHORT);
                return;
            case 'u': case 'y':
                TemporalField yf = cur == 'u' ? YEAR : YEAR_OF_ERA;
                if (count == 2)
                    appendValue(new ReducedElement(yf, 2, 2, 2000, 0, "2000-01-01"));
                else if (count < 4)
                    appendValue(yf, count, 19, SignStyle.NORMAL);
                else
                    appendValue(yf, count, 19, SignStyle.EXCEEDS_PAD);
                return;
            case 'M': case 'L':
                switch (count) {
                    case 1: appendValue(MONTH_OF_YEAR); return;
                    case 2: appendValue(MONTH_OF_YEAR, 2); return;
                    case 3: appendText(MONTH_OF_YEAR, cur == 'M' ? TextStyle.SHORT : TextStyle.SHORT_STANDALONE); return;
                    case 4: appendText(MONTH_OF_YEAR, cur == 'M' ? TextStyle.FULL : TextStyle.FULL_STANDALONE); return;
                    case 5: appendText(MONTH_OF_YEAR, cur == 'M' ? TextStyle.NARROW : TextStyle.NARROW_STANDALONE); return;
                    default: tooMany(cur); return;
                }
            case 'E':
                if (count > 5)
                    tooMany(cur);
                appendText(DAY_OF_WEEK, count == 4 ? TextStyle.FULL : count == 5 ? TextStyle.NARROW : TextStyle.SHORT);
                return;
            case 'a':
                if (count > 1)
                    tooMany(cur);
                appendText(AMPM_OF_DAY, TextStyle.SHORT);
                return;
            case 'd': case 'h': case 'H': case 'k': case 'K': case 'm': case 's':
                TemporalField f = cur == 'd' ? DAY_OF_MONTH : cur == 'h' ? CLOCK_HOUR_OF_AMPM
                    : cur == 'H' ? HOUR_OF_DAY : cur == 'k' ? CLOCK_HOUR_OF_DAY
                    : cur == 'K' ? HOUR_OF_AMPM : cur == 'm' ? MINUTE_OF_HOUR : SECOND_OF_MINUTE;
                if (count == 1)
                    appendValue(f);
                else if (count == 2)
                    appendValue(f, 2);
                else
                    tooMany(cur);
                return;
            case 'D':
                if (count == 1)
                    appendValue(DAY_OF_YEAR);
                else if (count == 2)
                    appendValue(DAY_OF_YEAR, 2, 3, SignStyle.NOT_NEGATIVE);
                else if (count == 3)
                    appendValue(DAY_OF_YEAR, 3);
                else
                    tooMany(cur);
                return;
            case 'F':
                if (count > 1)
                    tooMany(cur);
                appendValue(ALIGNED_DAY_OF_WEEK_IN_MONTH);
                return;
            case 'S':
                appendFraction(NANO_OF_SECOND, count, count, false);
                return;
            case 'A': case 'n': case 'N':
                TemporalField nf = cur == 'A' ? MILLI_OF_DAY : cur == 'n' ? NANO_OF_SECOND : NANO_OF_DAY;
                if (count == 1)
                    appendValue(nf);
                else
                    appendValue(nf, count, 19, SignStyle.NOT_NEGATIVE);
                return;
            case 'V':
                if (count != 2)
                    throw new IllegalArgumentException("Pattern letter count must be 2: " + cur);
                appendZoneId();
                return;
            case 'v':
                if (count != 1 && count != 4)
                    throw new IllegalArgumentException("Wrong number of pattern letters: " + cur);
                appendZoneText(count == 1 ? TextStyle.SHORT : TextStyle.FULL);
                return;
            case 'z':
                if (count > 4)
                    tooMany(cur);
                appendZoneText(count == 4 ? TextStyle.FULL : TextStyle.SHORT);
                return;
            case 'O':
                if (count == 1)
                    appendLocalizedOffset(TextStyle.SHORT);
                else if (count == 4)
                    appendLocalizedOffset(TextStyle.FULL);
                else
                    throw new IllegalArgumentException("Pattern letter count must be 1 or 4: " + cur);
                return;
            case 'X':
                if (count > 5)
                    tooMany(cur);
                appendOffset(OffsetElement.PATTERNS[count + (count == 1 ? 0 : 1)], "Z");
                return;
            case 'x':
                if (count > 5)
                    tooMany(cur);
                String zero = count == 1 ? "+00" : (count % 2 == 0 ? "+0000" : "+00:00");
                appendOffset(OffsetElement.PATTERNS[count + (count == 1 ? 0 : 1)], zero);
                return;
            case 'Z':
                if (count < 4)
                    appendOffset("+HHMM", "+0000");
                else if (count == 4)
                    appendLocalizedOffset(TextStyle.FULL);
                else if (count == 5)
                    appendOffset("+HH:MM:ss", "Z");
                else
                    tooMany(cur);
                return;
            case 'Q': case 'q':
                switch (count) {
                    case 1: appendValue(java.time.temporal.IsoFields.QUARTER_OF_YEAR); return;
                    case 2: appendValue(java.time.temporal.IsoFields.QUARTER_OF_YEAR, 2); return;
                    case 3: appendText(java.time.temporal.IsoFields.QUARTER_OF_YEAR,
                                       cur == 'Q' ? TextStyle.SHORT : TextStyle.SHORT_STANDALONE); return;
                    case 4: appendText(java.time.temporal.IsoFields.QUARTER_OF_YEAR,
                                       cur == 'Q' ? TextStyle.FULL : TextStyle.FULL_STANDALONE); return;
                    case 5: appendText(java.time.temporal.IsoFields.QUARTER_OF_YEAR,
                                       cur == 'Q' ? TextStyle.NARROW : TextStyle.NARROW_STANDALONE); return;
                    default: tooMany(cur); return;
                }
            case 'e': case 'c':
                if (cur == 'c' && count == 2)
                    throw new IllegalArgumentException("Invalid pattern \"cc\"");
                if (count > 5)
                    tooMany(cur);
                if (count <= 2) {
                    appendInternal(new WeekBasedElement(cur, count));
                    return;
                }
                TextStyle es = count == 3 ? TextStyle.SHORT : count == 4 ? TextStyle.FULL : TextStyle.NARROW;
                appendText(DAY_OF_WEEK, cur == 'c' ? es.asStandalone() : es);
                return;
            case 'w':
                if (count > 2)
                    tooMany(cur);
                appendInternal(new WeekBasedElement(cur, count));
                return;
            case 'W':
                if (count > 1)
                    tooMany(cur);
                appendInternal(new WeekBasedElement(cur, count));
                return;
            case 'Y':
                appendInternal(new WeekBasedElement(cur, count));
                return;
            case 'B':
                if (count == 2 || count == 3 || count > 5)
                    throw new IllegalArgumentException("Wrong number of pattern letters: " + cur);
                appendInternal(new DayPeriodElement(count == 1 ? TextStyle.SHORT
                                                    : count == 4 ? TextStyle.FULL : TextStyle.NARROW));
                return;
            default:
                throw new IllegalArgumentException("Unknown pattern letter: " + cur);
        }
    }

    private static void tooMany(char cur) {
        throw new IllegalArgumentException("Too many pattern letters: " + cur);
    }

    // ---- elements ----

    static final class Composite implements Element {
        private final Element[] elements;
        private final boolean optional;

        Composite(List<Element> elements, boolean optional) {
            this.elements = elements.toArray(new Element[0]);
            this.optional = optional;
        }

        Composite withOptional(boolean optional) {
            if (optional == this.optional)
                return this;
            return new Composite(List.of(elements), optional);
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            int length = buf.length();
            if (optional)
                context.optional++;
            try {
                for (Element pp : elements) {
                    if (!pp.format(context, buf)) {
                        buf.setLength(length);
                        return true;
                    }
                }
            } finally {
                if (optional)
                    context.optional--;
            }
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (optional) {
                context.startOptional();
                int pos = position;
                for (Element pp : elements) {
                    pos = pp.parse(context, text, pos);
                    if (pos < 0) {
                        context.endOptional(false);
                        return position;
                    }
                }
                context.endOptional(true);
                return pos;
            }
            for (Element pp : elements) {
                position = pp.parse(context, text, position);
                if (position < 0)
                    break;
            }
            return position;
        }

        @Override
        public String toString() {
            StringBuilder buf = new StringBuilder();
            buf.append(optional ? "[" : "(");
            for (Element pp : elements)
                buf.append(pp);
            buf.append(optional ? "]" : ")");
            return buf.toString();
        }
    }

    static final class SettingsElement implements Element {
        private final int kind;

        SettingsElement(int kind) {
            this.kind = kind;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            switch (kind) {
                case 0: context.caseSensitive = true; break;
                case 1: context.caseSensitive = false; break;
                case 2: context.strict = true; break;
                default: context.strict = false; break;
            }
            return position;
        }

        @Override
        public String toString() {
            switch (kind) {
                case 0: return "ParseCaseSensitive(true)";
                case 1: return "ParseCaseSensitive(false)";
                case 2: return "ParseStrict(true)";
                default: return "ParseStrict(false)";
            }
        }
    }

    static final class DefaultValue implements Element {
        private final TemporalField field;
        private final long value;

        DefaultValue(TemporalField field, long value) {
            this.field = field;
            this.value = value;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (!context.current().fieldValues.containsKey(field))
                context.setParsedField(field, value, position, position);
            return position;
        }

        @Override
        public String toString() {
            return "";
        }
    }

    static final class CharLiteral implements Element {
        private final char literal;

        CharLiteral(char literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (position == text.length())
                return ~position;
            if (!context.charEquals(literal, text.charAt(position)))
                return ~position;
            return position + 1;
        }

        @Override
        public String toString() {
            return literal == '\'' ? "''" : "'" + literal + "'";
        }
    }

    static final class StringLiteral implements Element {
        private final String literal;

        StringLiteral(String literal) {
            this.literal = literal;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            buf.append(literal);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (position > text.length() || position < 0)
                throw new IndexOutOfBoundsException();
            if (!context.subSequenceEquals(text, position, literal, 0, literal.length()))
                return ~position;
            return position + literal.length();
        }

        @Override
        public String toString() {
            return "'" + literal.replace("'", "''") + "'";
        }
    }

    static class NumberElement implements Element {
        static final long[] EXCEED_POINTS = {0L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L,
            100000000L, 1000000000L, 10000000000L};
        final TemporalField field;
        final int minWidth;
        final int maxWidth;
        final SignStyle signStyle;
        final int subsequentWidth;

        NumberElement(TemporalField field, int minWidth, int maxWidth, SignStyle signStyle, int subsequentWidth) {
            this.field = field;
            this.minWidth = minWidth;
            this.maxWidth = maxWidth;
            this.signStyle = signStyle;
            this.subsequentWidth = subsequentWidth;
        }

        NumberElement withFixedWidth() {
            return subsequentWidth == -1 ? this : new NumberElement(field, minWidth, maxWidth, signStyle, -1);
        }

        NumberElement withSubsequentWidth(int width) {
            return new NumberElement(field, minWidth, maxWidth, signStyle, subsequentWidth + width);
        }

        long getValue(PrintContext context, long value) {
            return value;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long valueLong = context.getValue(field);
            if (valueLong == null)
                return false;
            long value = getValue(context, valueLong);
            String str = value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
            if (str.length() > maxWidth)
                throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                    + " exceeds the maximum print width of " + maxWidth);
            if (value >= 0) {
                if (signStyle == SignStyle.EXCEEDS_PAD) {
                    if (minWidth < 19 && value >= EXCEED_POINTS[minWidth])
                        buf.append('+');
                } else if (signStyle == SignStyle.ALWAYS) {
                    buf.append('+');
                }
            } else {
                switch (signStyle) {
                    case NORMAL: case EXCEEDS_PAD: case ALWAYS:
                        buf.append('-');
                        break;
                    case NOT_NEGATIVE:
                        throw new DateTimeException("Field " + field + " cannot be printed as the value " + value
                            + " cannot be negative according to the SignStyle");
                    default:
                        break;
                }
            }
            for (int i = 0; i < minWidth - str.length(); i++)
                buf.append('0');
            buf.append(str);
            return true;
        }

        boolean isFixedWidth(ParseContext context) {
            return subsequentWidth == -1 || (subsequentWidth > 0 && minWidth == maxWidth
                && signStyle == SignStyle.NOT_NEGATIVE);
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int length = text.length();
            if (position == length)
                return ~position;
            char sign = text.charAt(position);
            boolean negative = false;
            boolean positive = false;
            int effMinWidth = context.strict || isFixedWidth(context) ? minWidth : 1;
            if (sign == '+') {
                if (!signStyle.parse(true, context.strict, minWidth == maxWidth))
                    return ~position;
                positive = true;
                position++;
            } else if (sign == '-') {
                if (!signStyle.parse(false, context.strict, minWidth == maxWidth))
                    return ~position;
                negative = true;
                position++;
            } else if (signStyle == SignStyle.ALWAYS && context.strict) {
                return ~position;
            }
            int minEndPos = position + effMinWidth;
            if (minEndPos > length)
                return ~position;
            int effMaxWidth = (context.strict || isFixedWidth(context) ? maxWidth : 9)
                + Math.max(subsequentWidth, 0);
            long total = 0;
            java.math.BigInteger totalBig = null;
            int pos = position;
            for (int pass = 0; pass < 2; pass++) {
                int maxEndPos = Math.min(pos + effMaxWidth, length);
                while (pos < maxEndPos) {
                    char ch = text.charAt(pos++);
                    int digit = ch >= '0' && ch <= '9' ? ch - '0' : -1;
                    if (digit < 0) {
                        pos--;
                        if (pos < minEndPos)
                            return ~position;
                        break;
                    }
                    if ((pos - position) > 18) {
                        if (totalBig == null)
                            totalBig = java.math.BigInteger.valueOf(total);
                        totalBig = totalBig.multiply(java.math.BigInteger.TEN)
                                           .add(java.math.BigInteger.valueOf(digit));
                    } else {
                        total = total * 10 + digit;
                    }
                }
                if (subsequentWidth > 0 && pass == 0) {
                    // give the following fixed-width fields their digits
                    int parseLen = pos - position;
                    effMaxWidth = Math.max(effMinWidth, parseLen - subsequentWidth);
                    pos = position;
                    total = 0;
                    totalBig = null;
                } else {
                    break;
                }
            }
            if (negative) {
                if (totalBig != null) {
                    if (totalBig.equals(java.math.BigInteger.ZERO) && context.strict)
                        return ~(position - 1);
                    totalBig = totalBig.negate();
                } else {
                    if (total == 0 && context.strict)
                        return ~(position - 1);
                    total = -total;
                }
            } else if (signStyle == SignStyle.EXCEEDS_PAD && context.strict) {
                int parseLen = pos - position;
                if (positive) {
                    if (parseLen <= minWidth)
                        return ~(position - 1);
                } else if (parseLen > minWidth) {
                    return ~position;
                }
            }
            if (totalBig != null) {
                if (totalBig.bitLength() > 63) {
                    totalBig = totalBig.divide(java.math.BigInteger.TEN);
                    pos--;
                }
                return setValue(context, totalBig.longValue(), position, pos);
            }
            return setValue(context, total, position, pos);
        }

        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        public String toString() {
            if (minWidth == 1 && maxWidth == 19 && signStyle == SignStyle.NORMAL)
                return "Value(" + field + ")";
            if (minWidth == maxWidth && signStyle == SignStyle.NOT_NEGATIVE)
                return "Value(" + field + "," + minWidth + ")";
            return "Value(" + field + "," + minWidth + "," + maxWidth + "," + signStyle + ")";
        }
    }

    static final class ReducedElement extends NumberElement {
        private final int baseValue;

        /** How toString shows the base: the JDK shows the base date of a pattern's "yy". */
        private final String baseText;

        ReducedElement(TemporalField field, int minWidth, int maxWidth, int baseValue) {
            this(field, minWidth, maxWidth, baseValue, 0, Integer.toString(baseValue));
        }

        ReducedElement(TemporalField field, int minWidth, int maxWidth, int baseValue, int subsequentWidth,
                       String baseText) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.baseValue = baseValue;
            this.baseText = baseText;
        }

        @Override
        NumberElement withFixedWidth() {
            return subsequentWidth == -1 ? this
                : new ReducedElement(field, minWidth, maxWidth, baseValue, -1, baseText);
        }

        @Override
        NumberElement withSubsequentWidth(int width) {
            return new ReducedElement(field, minWidth, maxWidth, baseValue, subsequentWidth + width, baseText);
        }

        @Override
        long getValue(PrintContext context, long value) {
            long absValue = Math.abs(value);
            if (value >= baseValue && value < baseValue + EXCEED_POINTS[minWidth])
                return absValue % EXCEED_POINTS[minWidth];
            return absValue % EXCEED_POINTS[maxWidth];
        }

        @Override
        int setValue(ParseContext context, long value, int errorPos, int successPos) {
            int parseLen = successPos - errorPos;
            if (parseLen == minWidth && value >= 0) {
                long range = EXCEED_POINTS[minWidth];
                long lastPart = baseValue % range;
                long basePart = baseValue - lastPart;
                if (baseValue > 0)
                    value = basePart + value;
                else
                    value = basePart - value;
                if (value < baseValue)
                    value += range;
            }
            return context.setParsedField(field, value, errorPos, successPos);
        }

        @Override
        boolean isFixedWidth(ParseContext context) {
            if (!context.strict)
                return false;
            return super.isFixedWidth(context);
        }

        @Override
        public String toString() {
            return "ReducedValue(" + field + "," + minWidth + "," + maxWidth + "," + baseText + ")";
        }
    }

    static final class FractionElement extends NumberElement {
        private final boolean decimalPoint;

        FractionElement(TemporalField field, int minWidth, int maxWidth, boolean decimalPoint, int subsequentWidth) {
            super(field, minWidth, maxWidth, SignStyle.NOT_NEGATIVE, subsequentWidth);
            this.decimalPoint = decimalPoint;
        }

        @Override
        NumberElement withFixedWidth() {
            return subsequentWidth == -1 ? this : new FractionElement(field, minWidth, maxWidth, decimalPoint, -1);
        }

        @Override
        NumberElement withSubsequentWidth(int width) {
            return new FractionElement(field, minWidth, maxWidth, decimalPoint, subsequentWidth + width);
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            Long value = context.getValue(field);
            if (value == null)
                return false;
            long min = field.range().getMinimum();
            long max = field.range().getMaximum();
            field.range().checkValidValue(value, field);
            // the fraction (value - min) / (max - min + 1) to maxWidth digits, truncated
            long range = max - min + 1;
            java.math.BigInteger scaled = java.math.BigInteger.valueOf(value - min)
                .multiply(java.math.BigInteger.TEN.pow(maxWidth)).divide(java.math.BigInteger.valueOf(range));
            String digits = scaled.toString();
            StringBuilder frac = new StringBuilder();
            for (int i = digits.length(); i < maxWidth; i++)
                frac.append('0');
            frac.append(digits);
            int len = frac.length();
            while (len > minWidth && frac.charAt(len - 1) == '0')
                len--;
            frac.setLength(len);
            if (len == 0) {
                return true;
            }
            if (decimalPoint)
                buf.append('.');
            buf.append(frac);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            int effectiveMin = context.strict || isFixedWidth(context) ? minWidth : 0;
            int effectiveMax = context.strict || isFixedWidth(context) ? maxWidth : 9;
            int length = text.length();
            if (position == length)
                return effectiveMin > 0 ? ~position : position;
            if (decimalPoint) {
                if (text.charAt(position) != '.')
                    return effectiveMin > 0 ? ~position : position;
                position++;
            }
            int minEndPos = position + effectiveMin;
            if (minEndPos > length)
                return ~position;
            int maxEndPos = Math.min(position + effectiveMax, length);
            long total = 0;
            int pos = position;
            while (pos < maxEndPos) {
                char ch = text.charAt(pos);
                if (ch < '0' || ch > '9') {
                    if (pos < minEndPos)
                        return ~position;
                    break;
                }
                total = total * 10 + (ch - '0');
                pos++;
            }
            int digits = pos - position;
            long min = field.range().getMinimum();
            long range = field.range().getMaximum() - min + 1;
            java.math.BigInteger value = java.math.BigInteger.valueOf(total)
                .multiply(java.math.BigInteger.valueOf(range)).divide(java.math.BigInteger.TEN.pow(digits));
            return context.setParsedField(field, value.longValue() + min, position, pos);
        }

        @Override
        public String toString() {
            return "Fraction(" + field + "," + minWidth + "," + maxWidth + (decimalPoint ? ",DecimalPoint" : "") + ")";
        }
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

    /** Pads what an element prints to a width, and skips the padding when parsing. */
    static final class PadElement implements Element {
        private final Element element;
        private final int padWidth;
        private final char padChar;

        PadElement(Element element, int padWidth, char padChar) {
            this.element = element;
            this.padWidth = padWidth;
            this.padChar = padChar;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            int preLen = buf.length();
            if (!element.format(context, buf))
                return false;
            int len = buf.length() - preLen;
            if (len > padWidth)
                throw new DateTimeException("Cannot print as output of " + len
                    + " characters exceeds pad width of " + padWidth);
            for (int i = 0; i < padWidth - len; i++)
                buf.insert(preLen, padChar);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            if (position > text.length())
                throw new IndexOutOfBoundsException();
            if (position == text.length())
                return ~position;
            int endPos = position + padWidth;
            if (endPos > text.length()) {
                if (context.strict)
                    return ~position;
                endPos = text.length();
            }
            int pos = position;
            while (pos < endPos && context.charEquals(text.charAt(pos), padChar))
                pos++;
            int resultPos = element.parse(context, text.subSequence(0, endPos), pos);
            if (resultPos != endPos && context.strict)
                return ~(position + pos);
            return resultPos;
        }

        @Override
        public String toString() {
            return "Pad(" + element + "," + padWidth + (padChar == ' ' ? ")" : ",'" + padChar + "')");
        }
    }

    /**
     * The US locale's week-based fields (weeks start on Sunday, a first week
     * has at least one day): e/c day-of-week, w week-of-week-based-year,
     * W week-of-month, Y week-based-year.  Printing only.
     */
    static final class WeekBasedElement implements Element {
        private final char chr;
        private final int count;

        WeekBasedElement(char chr, int count) {
            this.chr = chr;
            this.count = count;
        }

        private static int startOfWeekOffset(int day, int dow) {
            int weekStart = Math.floorMod(day - dow, 7);
            int offset = -weekStart;
            if (weekStart + 1 > 1)
                offset = 7 - weekStart;
            return offset;
        }

        private static int computeWeek(int offset, int day) {
            return (7 + offset + (day - 1)) / 7;
        }

        private static int localizedDayOfWeek(TemporalAccessor t) {
            return Math.floorMod(t.get(DAY_OF_WEEK) - 7, 7) + 1;
        }

        private static int weekOfWeekBasedYear(TemporalAccessor t) {
            int dow = localizedDayOfWeek(t);
            int doy = t.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            int week = computeWeek(offset, doy);
            if (week == 0)
                return weekOfWeekBasedYear(LocalDate.from(t).minusDays(doy));
            if (week > 50) {
                int yearLen = (int) t.range(DAY_OF_YEAR).getMaximum();
                int newYearWeek = computeWeek(offset, yearLen + 1);
                if (week >= newYearWeek)
                    week = week - newYearWeek + 1;
            }
            return week;
        }

        private static int weekBasedYear(TemporalAccessor t) {
            int dow = localizedDayOfWeek(t);
            int year = t.get(YEAR);
            int doy = t.get(DAY_OF_YEAR);
            int offset = startOfWeekOffset(doy, dow);
            int week = computeWeek(offset, doy);
            if (week == 0)
                return year - 1;
            int yearLen = (int) t.range(DAY_OF_YEAR).getMaximum();
            int newYearWeek = computeWeek(offset, yearLen + 1);
            return week >= newYearWeek ? year + 1 : year;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            TemporalAccessor t = context.temporal;
            TemporalField needed = chr == 'W' ? DAY_OF_MONTH : chr == 'e' || chr == 'c' ? DAY_OF_WEEK : DAY_OF_YEAR;
            if (context.optional > 0 && !t.isSupported(needed))
                return false;
            long value;
            int width = count;
            switch (chr) {
                case 'e': case 'c': value = localizedDayOfWeek(t); break;
                case 'w': value = weekOfWeekBasedYear(t); break;
                case 'W': {
                    int dow = localizedDayOfWeek(t);
                    int dom = t.get(DAY_OF_MONTH);
                    value = computeWeek(startOfWeekOffset(dom, dow), dom);
                    break;
                }
                default:
                    value = weekBasedYear(t);
                    if (count == 2) {
                        value = Math.abs(value) % 100;
                    } else if (count >= 4 && value >= NumberElement.EXCEED_POINTS[Math.min(count, 10)]) {
                        buf.append('+');
                    }
                    break;
            }
            if (value < 0)
                buf.append('-');
            String str = Long.toString(Math.abs(value));
            for (int i = str.length(); i < width; i++)
                buf.append('0');
            buf.append(str);
            return true;
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return ~position;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(30);
            sb.append("Localized(");
            if (chr == 'Y') {
                if (count == 1)
                    sb.append("WeekBasedYear");
                else if (count == 2)
                    sb.append("ReducedValue(WeekBasedYear,2,2,2000-01-01)");
                else
                    sb.append("WeekBasedYear,").append(count).append(",").append(19).append(",")
                      .append(count < 4 ? SignStyle.NORMAL : SignStyle.EXCEEDS_PAD);
            } else {
                sb.append(chr == 'w' ? "WeekOfWeekBasedYear" : chr == 'W' ? "WeekOfMonth" : "DayOfWeek");
                sb.append(",").append(count);
            }
            return sb.append(")").toString();
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

    /** ofLocalized*: the US pattern of a date and/or time style. */
    static final class LocalizedElement implements Element {
        private final FormatStyle dateStyle;
        private final FormatStyle timeStyle;
        private Composite formatter;

        LocalizedElement(FormatStyle dateStyle, FormatStyle timeStyle) {
            this.dateStyle = dateStyle;
            this.timeStyle = timeStyle;
        }

        private Composite formatter() {
            if (formatter == null) {
                String pattern = getLocalizedDateTimePattern(dateStyle, timeStyle,
                                                             java.time.chrono.IsoChronology.INSTANCE, Locale.US);
                formatter = new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter().toPrinterParser(false);
            }
            return formatter;
        }

        @Override
        public boolean format(PrintContext context, StringBuilder buf) {
            return formatter().format(context, buf);
        }

        @Override
        public int parse(ParseContext context, CharSequence text, int position) {
            return formatter().parse(context, text, position);
        }

        @Override
        public String toString() {
            return "Localized(" + (dateStyle != null ? dateStyle : "") + ","
                + (timeStyle != null ? timeStyle : "") + ")";
        }
    }
}
