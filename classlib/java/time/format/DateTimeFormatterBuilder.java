/*
 * DateTimeFormatterBuilder: builds a formatter from printer-parsers, as the
 * JDK's (the same element kinds, pattern letters, optional sections,
 * adjacent-value parsing and toString forms), for the US/ROOT locale only.
 * Each element prints from a TemporalAccessor and parses into a Parsed;
 * they live in FormatContexts (the interface), LiteralElements,
 * NumberElements, TextElements and ZoneElements.
 */
package java.time.format;

import java.time.ZoneId;
import java.time.format.FormatContexts.*;
import java.time.format.LiteralElements.*;
import java.time.format.NumberElements.*;
import java.time.format.TextElements.*;
import java.time.format.ZoneElements.*;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
        appendInternal(new ZoneIdElement(ZoneElements.ZONE_REGION, "ZoneRegionId()"));
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
}
