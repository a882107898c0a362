/*
 * DateTimeFormatter: formats and parses date-times, as the JDK's: the ISO
 * constants, ofPattern, the parse errors ("Text '...' could not be parsed
 * at index N") and resolution of what was parsed (Parsed).  Only the
 * US/ROOT locale's texts exist.
 */
package java.time.format;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.time.format.FormatContexts.ParseContext;
import java.time.format.FormatContexts.PrintContext;
import java.time.format.LiteralElements.Composite;

import static java.time.temporal.ChronoField.*;

public final class DateTimeFormatter {
    private final Composite printerParser;
    private final ResolverStyle resolverStyle;
    private final ZoneId zone;
    private final Locale locale;
    /** The override chronology: ISO for the localized styles, else null. */
    private final Chronology chrono;

    public static final DateTimeFormatter ISO_LOCAL_DATE = new DateTimeFormatterBuilder()
        .appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD).appendLiteral('-')
        .appendValue(MONTH_OF_YEAR, 2).appendLiteral('-')
        .appendValue(DAY_OF_MONTH, 2)
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().append(ISO_LOCAL_DATE).appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().append(ISO_LOCAL_DATE).optionalStart().appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_LOCAL_TIME = new DateTimeFormatterBuilder()
        .appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
        .appendValue(MINUTE_OF_HOUR, 2).optionalStart().appendLiteral(':')
        .appendValue(SECOND_OF_MINUTE, 2).optionalStart()
        .appendFraction(NANO_OF_SECOND, 0, 9, true)
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().append(ISO_LOCAL_TIME).appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().append(ISO_LOCAL_TIME).optionalStart().appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().append(ISO_LOCAL_DATE).appendLiteral('T').append(ISO_LOCAL_TIME)
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_OFFSET_DATE_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().append(ISO_LOCAL_DATE_TIME).parseLenient().appendOffsetId().parseStrict()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_ZONED_DATE_TIME = new DateTimeFormatterBuilder()
        .append(ISO_OFFSET_DATE_TIME).optionalStart().appendLiteral('[').parseCaseSensitive()
        .appendZoneRegionId().appendLiteral(']')
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_DATE_TIME = new DateTimeFormatterBuilder()
        .append(ISO_LOCAL_DATE_TIME).optionalStart().appendOffsetId()
        .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']')
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_ORDINAL_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().appendValue(YEAR, 4, 10, SignStyle.EXCEEDS_PAD).appendLiteral('-')
        .appendValue(DAY_OF_YEAR, 3).optionalStart().appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter ISO_INSTANT = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().appendInstant()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().appendValue(YEAR, 4).appendValue(MONTH_OF_YEAR, 2)
        .appendValue(DAY_OF_MONTH, 2).optionalStart().parseLenient().appendOffset("+HHMMss", "Z")
        .parseStrict()
        .toFormatter(ResolverStyle.STRICT);

    public static final DateTimeFormatter RFC_1123_DATE_TIME = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().parseLenient().optionalStart().appendText(DAY_OF_WEEK, TextStyle.SHORT)
        .appendLiteral(", ").optionalEnd().appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE)
        .appendLiteral(' ').appendText(MONTH_OF_YEAR, TextStyle.SHORT).appendLiteral(' ')
        .appendValue(YEAR, 4).appendLiteral(' ').appendValue(HOUR_OF_DAY, 2).appendLiteral(':')
        .appendValue(MINUTE_OF_HOUR, 2).optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
        .optionalEnd().appendLiteral(' ').appendOffset("+HHMM", "GMT")
        .toFormatter(ResolverStyle.SMART);

    public static final DateTimeFormatter ISO_WEEK_DATE = new DateTimeFormatterBuilder()
        .parseCaseInsensitive().appendValue(java.time.temporal.IsoFields.WEEK_BASED_YEAR, 4, 10, SignStyle.EXCEEDS_PAD)
        .appendLiteral("-W").appendValue(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2)
        .appendLiteral('-').appendValue(DAY_OF_WEEK, 1).optionalStart().appendOffsetId()
        .toFormatter(ResolverStyle.STRICT);

    public static DateTimeFormatter ofLocalizedDate(FormatStyle dateStyle) {
        Objects.requireNonNull(dateStyle, "dateStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateStyle, null).toFormatter(ResolverStyle.SMART)
            .withChronology(IsoChronology.INSTANCE);
    }

    public static DateTimeFormatter ofLocalizedTime(FormatStyle timeStyle) {
        Objects.requireNonNull(timeStyle, "timeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(null, timeStyle).toFormatter(ResolverStyle.SMART)
            .withChronology(IsoChronology.INSTANCE);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateTimeStyle) {
        Objects.requireNonNull(dateTimeStyle, "dateTimeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateTimeStyle, dateTimeStyle)
            .toFormatter(ResolverStyle.SMART)
            .withChronology(IsoChronology.INSTANCE);
    }

    public static DateTimeFormatter ofLocalizedDateTime(FormatStyle dateStyle, FormatStyle timeStyle) {
        Objects.requireNonNull(dateStyle, "dateStyle");
        Objects.requireNonNull(timeStyle, "timeStyle");
        return new DateTimeFormatterBuilder().appendLocalized(dateStyle, timeStyle).toFormatter(ResolverStyle.SMART)
            .withChronology(IsoChronology.INSTANCE);
    }

    DateTimeFormatter(Composite printerParser, ResolverStyle resolverStyle,
                      ZoneId zone, Locale locale) {
        this(printerParser, resolverStyle, zone, locale, null);
    }

    private DateTimeFormatter(Composite printerParser, ResolverStyle resolverStyle,
                              ZoneId zone, Locale locale, Chronology chrono) {
        this.printerParser = printerParser;
        this.resolverStyle = resolverStyle;
        this.zone = zone;
        this.locale = locale;
        this.chrono = chrono;
    }

    public static DateTimeFormatter ofPattern(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter();
    }

    public static DateTimeFormatter ofPattern(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).toFormatter(locale);
    }

    public Locale getLocale() {
        return locale;
    }

    public DateTimeFormatter withLocale(Locale locale) {
        if (this.locale.equals(locale))
            return this;
        return new DateTimeFormatter(printerParser, resolverStyle, zone, locale, chrono);
    }

    public Chronology getChronology() {
        return chrono;
    }

    public DateTimeFormatter withChronology(Chronology chrono) {
        if (Objects.equals(this.chrono, chrono))
            return this;
        return new DateTimeFormatter(printerParser, resolverStyle, zone, locale, chrono);
    }

    public ZoneId getZone() {
        return zone;
    }

    public DateTimeFormatter withZone(ZoneId zone) {
        if (Objects.equals(this.zone, zone))
            return this;
        return new DateTimeFormatter(printerParser, resolverStyle, zone, locale, chrono);
    }

    public ResolverStyle getResolverStyle() {
        return resolverStyle;
    }

    public DateTimeFormatter withResolverStyle(ResolverStyle resolverStyle) {
        Objects.requireNonNull(resolverStyle, "resolverStyle");
        if (this.resolverStyle == resolverStyle)
            return this;
        return new DateTimeFormatter(printerParser, resolverStyle, zone, locale, chrono);
    }

    public Set<TemporalField> getResolverFields() {
        return null;
    }

    public String format(TemporalAccessor temporal) {
        StringBuilder buf = new StringBuilder(32);
        formatTo(temporal, buf);
        return buf.toString();
    }

    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        Objects.requireNonNull(temporal, "temporal");
        Objects.requireNonNull(appendable, "appendable");
        TemporalAccessor t = adjust(temporal);
        try {
            if (appendable instanceof StringBuilder) {
                printerParser.format(new PrintContext(t), (StringBuilder) appendable);
            } else {
                StringBuilder buf = new StringBuilder(32);
                printerParser.format(new PrintContext(t), buf);
                appendable.append(buf);
            }
        } catch (IOException ex) {
            throw new DateTimeException(ex.getMessage(), ex);
        }
    }

    /** Applies the override zone and chronology, as the JDK's DateTimePrintContext.adjust. */
    private TemporalAccessor adjust(TemporalAccessor temporal) {
        Chronology overrideChrono = chrono;
        ZoneId overrideZone = zone;
        if (overrideChrono == null && overrideZone == null)
            return temporal;
        if (Objects.equals(overrideChrono, temporal.query(TemporalQueries.chronology())))
            overrideChrono = null;
        if (Objects.equals(overrideZone, temporal.query(TemporalQueries.zoneId())))
            overrideZone = null;
        if (overrideChrono == null && overrideZone == null)
            return temporal;
        if (overrideZone != null && temporal.isSupported(INSTANT_SECONDS))
            return ZonedDateTime.ofInstant(Instant.from(temporal), overrideZone);
        Chronology effectiveChrono = overrideChrono;
        ZoneId shownZone = overrideZone;
        ZoneId effectiveZone = overrideZone != null ? overrideZone : temporal.query(TemporalQueries.zoneId());
        return new TemporalAccessor() {
            public boolean isSupported(TemporalField field) {
                return temporal.isSupported(field);
            }

            public java.time.temporal.ValueRange range(TemporalField field) {
                return temporal.range(field);
            }

            public long getLong(TemporalField field) {
                return temporal.getLong(field);
            }

            @SuppressWarnings("unchecked")
            public <R> R query(TemporalQuery<R> query) {
                if (query == TemporalQueries.chronology())
                    return (R) (effectiveChrono != null ? effectiveChrono : temporal.query(query));
                if (query == TemporalQueries.zoneId())
                    return (R) effectiveZone;
                return temporal.query(query);
            }

            @Override
            public String toString() {
                return temporal + (effectiveChrono != null ? " with chronology " + effectiveChrono : "")
                    + (shownZone != null ? " with zone " + shownZone : "");
            }
        };
    }

    public TemporalAccessor parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            return parseResolved0(text);
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    public <T> T parse(CharSequence text, TemporalQuery<T> query) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(query, "query");
        try {
            return parseResolved0(text).query(query);
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    public TemporalAccessor parseBest(CharSequence text, TemporalQuery<?>... queries) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(queries, "queries");
        if (queries.length < 2)
            throw new IllegalArgumentException("At least two queries must be specified");
        try {
            TemporalAccessor resolved = parseResolved0(text);
            for (TemporalQuery<?> query : queries) {
                try {
                    return (TemporalAccessor) resolved.query(query);
                } catch (RuntimeException ex) {
                    // continue
                }
            }
            throw new DateTimeException("Unable to convert parsed text using any of the specified queries");
        } catch (DateTimeParseException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw createError(text, ex);
        }
    }

    private static String abbreviate(CharSequence text) {
        if (text.length() > 64)
            return text.subSequence(0, 64).toString() + "...";
        return text.toString();
    }

    private DateTimeParseException createError(CharSequence text, RuntimeException ex) {
        return new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed: "
            + ex.getMessage(), text, 0, ex);
    }

    private TemporalAccessor parseResolved0(CharSequence text) {
        ParseContext context = new ParseContext();
        int pos = printerParser.parse(context, text, 0);
        if (pos < 0) {
            int errorIndex = ~pos;
            throw new DateTimeParseException("Text '" + abbreviate(text) + "' could not be parsed at index "
                + errorIndex, text, errorIndex);
        }
        if (pos < text.length()) {
            throw new DateTimeParseException("Text '" + abbreviate(text)
                + "' could not be parsed, unparsed text found at index " + pos, text, pos);
        }
        return context.current().resolve(resolverStyle, zone);
    }

    Composite toPrinterParser(boolean optional) {
        return printerParser.withOptional(optional);
    }

    @Override
    public String toString() {
        String pattern = printerParser.toString();
        return pattern.startsWith("[") ? pattern : pattern.substring(1, pattern.length() - 1);
    }
}
