/*
 * Parsed: what a DateTimeFormatter parsed (field values, zone), and its
 * resolution into a date, a time and an instant, following the JDK's SMART,
 * STRICT and LENIENT rules for the ISO calendar.  Its toString is the JDK's,
 * since error messages quote it.
 */
package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalField;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalQuery;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.HashMap;
import java.util.Map;

import static java.time.temporal.ChronoField.*;

final class Parsed implements TemporalAccessor {
    final Map<TemporalField, Long> fieldValues = new HashMap<>();
    ZoneId zone;
    private LocalDate date;
    private LocalTime time;
    private Period excessDays = Period.ZERO;

    Parsed copy() {
        Parsed cloned = new Parsed();
        cloned.fieldValues.putAll(fieldValues);
        cloned.zone = zone;
        return cloned;
    }

    TemporalAccessor resolve(ResolverStyle style, ZoneId overrideZone) {
        if (zone == null)
            zone = overrideZone;
        resolveDate(style);
        resolveTime(style);
        if (date != null && time != null && excessDays != null && !excessDays.isZero()) {
            date = date.plus(excessDays);
            excessDays = Period.ZERO;
        }
        crossCheck();
        resolveInstant();
        return this;
    }

    /** Fields left over must agree with the resolved date and time (a wrong day-of-week, say). */
    private void crossCheck() {
        if (date != null)
            crossCheck(date);
        if (time != null)
            crossCheck(time);
    }

    private void crossCheck(TemporalAccessor target) {
        for (java.util.Iterator<Map.Entry<TemporalField, Long>> it = fieldValues.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<TemporalField, Long> entry = it.next();
            TemporalField field = entry.getKey();
            if (target.isSupported(field)) {
                long val1;
                try {
                    val1 = target.getLong(field);
                } catch (RuntimeException ex) {
                    continue;
                }
                long val2 = entry.getValue();
                if (val1 != val2)
                    throw new DateTimeException("Conflict found: Field " + field + " " + val1
                        + " differs from " + field + " " + val2 + " derived from " + target);
                it.remove();
            }
        }
    }

    private Long take(TemporalField f) {
        return fieldValues.remove(f);
    }

    private void resolveDate(ResolverStyle style) {
        if (fieldValues.containsKey(EPOCH_DAY)) {
            date = LocalDate.ofEpochDay(EPOCH_DAY.checkValidValue(take(EPOCH_DAY)));
            return;
        }
        Long pMonth = take(PROLEPTIC_MONTH);
        if (pMonth != null) {
            if (style != ResolverStyle.LENIENT)
                PROLEPTIC_MONTH.checkValidValue(pMonth);
            addField(MONTH_OF_YEAR, Math.floorMod(pMonth, 12) + 1);
            addField(YEAR, Math.floorDiv(pMonth, 12));
        }
        Long yoeLong = take(YEAR_OF_ERA);
        if (yoeLong != null) {
            if (style != ResolverStyle.LENIENT)
                YEAR_OF_ERA.checkValidValue(yoeLong);
            Long era = take(ERA);
            if (era == null) {
                Long year = fieldValues.get(YEAR);
                if (style == ResolverStyle.STRICT) {
                    if (year != null)
                        addField(YEAR, year > 0 ? yoeLong : Math.subtractExact(1, yoeLong));
                    else
                        fieldValues.put(YEAR_OF_ERA, yoeLong);
                } else {
                    addField(YEAR, year == null || year > 0 ? yoeLong : Math.subtractExact(1, yoeLong));
                }
            } else if (era == 1L) {
                addField(YEAR, yoeLong);
            } else if (era == 0L) {
                addField(YEAR, Math.subtractExact(1, yoeLong));
            } else {
                throw new DateTimeException("Invalid value for era: " + era);
            }
        } else if (fieldValues.containsKey(ERA)) {
            ERA.checkValidValue(fieldValues.get(ERA));
        }
        // Fields outside ChronoField (IsoFields' week and quarter dates) resolve themselves once the year is known.
        for (TemporalField field : new java.util.ArrayList<>(fieldValues.keySet())) {
            if (!(field instanceof ChronoField) && fieldValues.containsKey(field)) {
                TemporalAccessor resolved = field.resolve(fieldValues, this, style);
                if (resolved instanceof LocalDate) {
                    date = (LocalDate) resolved;
                    return;
                }
            }
        }
        if (!fieldValues.containsKey(YEAR))
            return;
        if (fieldValues.containsKey(MONTH_OF_YEAR) && fieldValues.containsKey(DAY_OF_MONTH)) {
            date = resolveYMD(style);
            return;
        }
        if (fieldValues.containsKey(DAY_OF_YEAR)) {
            int y = YEAR.checkValidIntValue(take(YEAR));
            long doy = take(DAY_OF_YEAR);
            if (style == ResolverStyle.LENIENT)
                date = LocalDate.of(y, 1, 1).plusDays(Math.subtractExact(doy, 1));
            else
                date = LocalDate.ofYearDay(y, DAY_OF_YEAR.checkValidIntValue(doy));
        }
    }

    private LocalDate resolveYMD(ResolverStyle style) {
        int y = YEAR.checkValidIntValue(take(YEAR));
        if (style == ResolverStyle.LENIENT) {
            long months = Math.subtractExact(take(MONTH_OF_YEAR), 1);
            long days = Math.subtractExact(take(DAY_OF_MONTH), 1);
            return LocalDate.of(y, 1, 1).plusMonths(months).plusDays(days);
        }
        int moy = MONTH_OF_YEAR.checkValidIntValue(take(MONTH_OF_YEAR));
        int dom = DAY_OF_MONTH.checkValidIntValue(take(DAY_OF_MONTH));
        if (style == ResolverStyle.SMART) {
            if (moy == 4 || moy == 6 || moy == 9 || moy == 11)
                dom = Math.min(dom, 30);
            else if (moy == 2)
                dom = Math.min(dom, IsoChronology.INSTANCE.isLeapYear(y) ? 29 : 28);
        }
        return LocalDate.of(y, moy, dom);
    }

    private void addField(TemporalField field, long value) {
        Long old = fieldValues.put(field, value);
        if (old != null && old != value)
            throw new DateTimeException("Conflict found: " + field + " " + old + " differs from "
                + field + " " + value + " while resolving  " + this);
    }

    private void updateCheck(TemporalField changeField, TemporalField field, long value, ResolverStyle style) {
        if (style != ResolverStyle.LENIENT)
            ((ChronoField) changeField).checkValidValue(fieldValues.get(changeField));
        Long old = fieldValues.put(field, value);
        if (old != null && old != value)
            throw new DateTimeException("Conflict found: " + field + " " + old + " differs from "
                + field + " " + value + " while resolving  " + this);
    }

    private void resolveTime(ResolverStyle style) {
        if (fieldValues.containsKey(CLOCK_HOUR_OF_DAY)) {
            long ch = fieldValues.get(CLOCK_HOUR_OF_DAY);
            if (style == ResolverStyle.STRICT || (style == ResolverStyle.SMART && ch != 0))
                CLOCK_HOUR_OF_DAY.checkValidValue(ch);
            updateCheck(CLOCK_HOUR_OF_DAY, HOUR_OF_DAY, ch == 24 ? 0 : ch, ResolverStyle.LENIENT);
            take(CLOCK_HOUR_OF_DAY);
        }
        if (fieldValues.containsKey(CLOCK_HOUR_OF_AMPM)) {
            long ch = fieldValues.get(CLOCK_HOUR_OF_AMPM);
            if (style == ResolverStyle.STRICT || (style == ResolverStyle.SMART && ch != 0))
                CLOCK_HOUR_OF_AMPM.checkValidValue(ch);
            updateCheck(CLOCK_HOUR_OF_AMPM, HOUR_OF_AMPM, ch == 12 ? 0 : ch, ResolverStyle.LENIENT);
            take(CLOCK_HOUR_OF_AMPM);
        }
        if (fieldValues.containsKey(AMPM_OF_DAY) && fieldValues.containsKey(HOUR_OF_AMPM)) {
            long ap = take(AMPM_OF_DAY);
            long hap = take(HOUR_OF_AMPM);
            if (style == ResolverStyle.LENIENT) {
                addField(HOUR_OF_DAY, Math.addExact(Math.multiplyExact(ap, 12), hap));
            } else {
                AMPM_OF_DAY.checkValidValue(ap);
                HOUR_OF_AMPM.checkValidValue(hap);
                addField(HOUR_OF_DAY, ap * 12 + hap);
            }
        }
        if (fieldValues.containsKey(NANO_OF_DAY)) {
            long nod = take(NANO_OF_DAY);
            if (style != ResolverStyle.LENIENT)
                NANO_OF_DAY.checkValidValue(nod);
            addField(HOUR_OF_DAY, nod / 3600_000_000_000L);
            addField(MINUTE_OF_HOUR, (nod / 60_000_000_000L) % 60);
            addField(SECOND_OF_MINUTE, (nod / 1_000_000_000L) % 60);
            addField(NANO_OF_SECOND, nod % 1_000_000_000L);
        }
        if (fieldValues.containsKey(MICRO_OF_DAY)) {
            long cod = take(MICRO_OF_DAY);
            if (style != ResolverStyle.LENIENT)
                MICRO_OF_DAY.checkValidValue(cod);
            addField(SECOND_OF_DAY, cod / 1_000_000L);
            addField(MICRO_OF_SECOND, cod % 1_000_000L);
        }
        if (fieldValues.containsKey(MILLI_OF_DAY)) {
            long lod = take(MILLI_OF_DAY);
            if (style != ResolverStyle.LENIENT)
                MILLI_OF_DAY.checkValidValue(lod);
            addField(SECOND_OF_DAY, lod / 1_000);
            addField(MILLI_OF_SECOND, lod % 1_000);
        }
        if (fieldValues.containsKey(SECOND_OF_DAY)) {
            long sod = take(SECOND_OF_DAY);
            if (style != ResolverStyle.LENIENT)
                SECOND_OF_DAY.checkValidValue(sod);
            addField(HOUR_OF_DAY, sod / 3600);
            addField(MINUTE_OF_HOUR, (sod / 60) % 60);
            addField(SECOND_OF_MINUTE, sod % 60);
        }
        if (fieldValues.containsKey(MINUTE_OF_DAY)) {
            long mod = take(MINUTE_OF_DAY);
            if (style != ResolverStyle.LENIENT)
                MINUTE_OF_DAY.checkValidValue(mod);
            addField(HOUR_OF_DAY, mod / 60);
            addField(MINUTE_OF_HOUR, mod % 60);
        }
        if (fieldValues.containsKey(NANO_OF_SECOND)) {
            long nos = fieldValues.get(NANO_OF_SECOND);
            if (style != ResolverStyle.LENIENT)
                NANO_OF_SECOND.checkValidValue(nos);
            if (fieldValues.containsKey(MICRO_OF_SECOND)) {
                long cos = take(MICRO_OF_SECOND);
                if (style != ResolverStyle.LENIENT)
                    MICRO_OF_SECOND.checkValidValue(cos);
                nos = cos * 1000 + (nos % 1000);
                updateCheck(NANO_OF_SECOND, NANO_OF_SECOND, nos, style);
            }
            if (fieldValues.containsKey(MILLI_OF_SECOND)) {
                long los = take(MILLI_OF_SECOND);
                if (style != ResolverStyle.LENIENT)
                    MILLI_OF_SECOND.checkValidValue(los);
                updateCheck(NANO_OF_SECOND, NANO_OF_SECOND, los * 1_000_000L + (nos % 1_000_000L), style);
            }
        } else if (fieldValues.containsKey(MICRO_OF_SECOND)) {
            long cos = take(MICRO_OF_SECOND);
            if (style != ResolverStyle.LENIENT)
                MICRO_OF_SECOND.checkValidValue(cos);
            addField(NANO_OF_SECOND, cos * 1000);
        } else if (fieldValues.containsKey(MILLI_OF_SECOND)) {
            long los = take(MILLI_OF_SECOND);
            if (style != ResolverStyle.LENIENT)
                MILLI_OF_SECOND.checkValidValue(los);
            addField(NANO_OF_SECOND, los * 1_000_000L);
        }
        Long hod = fieldValues.get(HOUR_OF_DAY);
        if (hod == null)
            return;
        Long moh = fieldValues.get(MINUTE_OF_HOUR);
        Long som = fieldValues.get(SECOND_OF_MINUTE);
        Long nos = fieldValues.get(NANO_OF_SECOND);
        if ((moh == null && (som != null || nos != null)) || (moh != null && som == null && nos != null))
            return;
        long mohVal = moh != null ? moh : 0;
        long somVal = som != null ? som : 0;
        long nosVal = nos != null ? nos : 0;
        resolveTime(style, hod, mohVal, somVal, nosVal);
        take(HOUR_OF_DAY);
        take(MINUTE_OF_HOUR);
        take(SECOND_OF_MINUTE);
        take(NANO_OF_SECOND);
    }

    private void resolveTime(ResolverStyle style, long hod, long moh, long som, long nos) {
        if (style == ResolverStyle.LENIENT) {
            long totalNanos = Math.multiplyExact(hod, 3600_000_000_000L);
            totalNanos = Math.addExact(totalNanos, Math.multiplyExact(moh, 60_000_000_000L));
            totalNanos = Math.addExact(totalNanos, Math.multiplyExact(som, 1_000_000_000L));
            totalNanos = Math.addExact(totalNanos, nos);
            int excess = (int) Math.floorDiv(totalNanos, 86400_000_000_000L);
            time = LocalTime.ofNanoOfDay(Math.floorMod(totalNanos, 86400_000_000_000L));
            excessDays = Period.ofDays(excess);
            return;
        }
        int mohVal = MINUTE_OF_HOUR.checkValidIntValue(moh);
        int nosVal = NANO_OF_SECOND.checkValidIntValue(nos);
        if (style == ResolverStyle.SMART && hod == 24 && mohVal == 0 && som == 0 && nosVal == 0) {
            time = LocalTime.MIDNIGHT;
            excessDays = Period.ofDays(1);
            return;
        }
        int hodVal = HOUR_OF_DAY.checkValidIntValue(hod);
        int somVal = SECOND_OF_MINUTE.checkValidIntValue(som);
        time = LocalTime.of(hodVal, mohVal, somVal, nosVal);
    }

    private void resolveInstant() {
        if (date != null && time != null) {
            Long offsetSecs = fieldValues.get(OFFSET_SECONDS);
            if (offsetSecs != null) {
                ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSecs.intValue());
                fieldValues.put(INSTANT_SECONDS, date.atTime(time).atZone(offset).toEpochSecond());
            } else if (zone != null) {
                fieldValues.put(INSTANT_SECONDS, date.atTime(time).atZone(zone).toEpochSecond());
            }
        }
    }

    @Override
    public boolean isSupported(TemporalField field) {
        if (fieldValues.containsKey(field) || (date != null && date.isSupported(field))
                || (time != null && time.isSupported(field)))
            return true;
        return field != null && !(field instanceof ChronoField) && field.isSupportedBy(this);
    }

    @Override
    public long getLong(TemporalField field) {
        Long value = fieldValues.get(field);
        if (value != null)
            return value;
        if (date != null && date.isSupported(field))
            return date.getLong(field);
        if (time != null && time.isSupported(field))
            return time.getLong(field);
        if (field instanceof ChronoField)
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        return field.getFrom(this);
    }

    @SuppressWarnings("unchecked")
    @Override
    public <R> R query(TemporalQuery<R> query) {
        if (query == TemporalQueries.zoneId())
            return (R) zone;
        if (query == TemporalQueries.chronology())
            return (R) IsoChronology.INSTANCE;
        if (query == TemporalQueries.localDate())
            return (R) date;
        if (query == TemporalQueries.localTime())
            return (R) time;
        if (query == TemporalQueries.offset()) {
            Long offsetSecs = fieldValues.get(OFFSET_SECONDS);
            if (offsetSecs != null)
                return (R) ZoneOffset.ofTotalSeconds(offsetSecs.intValue());
            if (zone instanceof ZoneOffset)
                return (R) zone;
            return query.queryFrom(this);
        }
        if (query == TemporalQueries.zone())
            return query.queryFrom(this);
        if (query == TemporalQueries.precision())
            return null;
        return query.queryFrom(this);
    }

    @Override
    public String toString() {
        StringBuilder buf = new StringBuilder(64);
        buf.append(fieldValues).append(',').append(IsoChronology.INSTANCE);
        if (zone != null)
            buf.append(',').append(zone);
        if (date != null || time != null) {
            buf.append(" resolved to ");
            if (date != null) {
                buf.append(date);
                if (time != null)
                    buf.append('T').append(time);
            } else {
                buf.append(time);
            }
        }
        return buf.toString();
    }
}
