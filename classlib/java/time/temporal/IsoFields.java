/* IsoFields: quarter-of-year, day-of-quarter and the ISO week-based year, as the JDK's. */
package java.time.temporal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;

import static java.time.temporal.ChronoField.*;
import static java.time.temporal.ChronoUnit.*;

public final class IsoFields {
    public static final TemporalField DAY_OF_QUARTER = Field.DAY_OF_QUARTER;
    public static final TemporalField QUARTER_OF_YEAR = Field.QUARTER_OF_YEAR;
    public static final TemporalField WEEK_OF_WEEK_BASED_YEAR = Field.WEEK_OF_WEEK_BASED_YEAR;
    public static final TemporalField WEEK_BASED_YEAR = Field.WEEK_BASED_YEAR;
    public static final TemporalUnit WEEK_BASED_YEARS = Unit.WEEK_BASED_YEARS;
    public static final TemporalUnit QUARTER_YEARS = Unit.QUARTER_YEARS;

    private IsoFields() {
    }

    private static boolean isIso(TemporalAccessor temporal) {
        return IsoChronology.INSTANCE.equals(temporal.query(TemporalQueries.chronology()));
    }

    static int getWeek(LocalDate date) {
        int dow0 = date.getDayOfWeek().ordinal();
        int doy0 = date.getDayOfYear() - 1;
        int doyThu0 = doy0 + (3 - dow0);
        int alignedWeek = doyThu0 / 7;
        int firstThuDoy0 = doyThu0 - (alignedWeek * 7);
        int firstMonDoy0 = firstThuDoy0 - 3;
        if (firstMonDoy0 < -3)
            firstMonDoy0 += 7;
        if (doy0 < firstMonDoy0)
            return (int) getWeekRange(date.withDayOfYear(180).minusYears(1)).getMaximum();
        int week = ((doy0 - firstMonDoy0) / 7) + 1;
        if (week == 53 && !(firstMonDoy0 == -3 || (firstMonDoy0 == -2 && date.isLeapYear())))
            week = 1;
        return week;
    }

    static ValueRange getWeekRange(LocalDate date) {
        return ValueRange.of(1, getWeekRange(getWeekBasedYear(date)));
    }

    static int getWeekRange(int wby) {
        LocalDate date = LocalDate.of(wby, 1, 1);
        if (date.getDayOfWeek() == DayOfWeek.THURSDAY
                || (date.getDayOfWeek() == DayOfWeek.WEDNESDAY && date.isLeapYear()))
            return 53;
        return 52;
    }

    static int getWeekBasedYear(LocalDate date) {
        int year = date.getYear();
        int doy = date.getDayOfYear();
        if (doy <= 3) {
            int dow = date.getDayOfWeek().ordinal();
            if (doy - dow < -2)
                year--;
        } else if (doy >= 363) {
            int dow = date.getDayOfWeek().ordinal();
            doy = doy - 363 - (date.isLeapYear() ? 1 : 0);
            if (doy - dow >= 0)
                year++;
        }
        return year;
    }

    private enum Field implements TemporalField {
        DAY_OF_QUARTER("DayOfQuarter", DAYS, QUARTER_YEARS, ValueRange.of(1, 90, 92)),
        QUARTER_OF_YEAR("QuarterOfYear", QUARTER_YEARS, YEARS, ValueRange.of(1, 4)),
        WEEK_OF_WEEK_BASED_YEAR("WeekOfWeekBasedYear", WEEKS, WEEK_BASED_YEARS, ValueRange.of(1, 52, 53)),
        WEEK_BASED_YEAR("WeekBasedYear", WEEK_BASED_YEARS, FOREVER, YEAR.range());

        private final String name;
        private final TemporalUnit baseUnit;
        private final TemporalUnit rangeUnit;
        private final ValueRange range;

        Field(String name, TemporalUnit baseUnit, TemporalUnit rangeUnit, ValueRange range) {
            this.name = name;
            this.baseUnit = baseUnit;
            this.rangeUnit = rangeUnit;
            this.range = range;
        }

        @Override
        public TemporalUnit getBaseUnit() {
            return baseUnit;
        }

        @Override
        public TemporalUnit getRangeUnit() {
            return rangeUnit;
        }

        @Override
        public ValueRange range() {
            return range;
        }

        @Override
        public boolean isDateBased() {
            return true;
        }

        @Override
        public boolean isTimeBased() {
            return false;
        }

        @Override
        public boolean isSupportedBy(TemporalAccessor temporal) {
            if (!isIso(temporal))
                return false;
            switch (this) {
                case DAY_OF_QUARTER:
                    return temporal.isSupported(DAY_OF_YEAR) && temporal.isSupported(MONTH_OF_YEAR)
                        && temporal.isSupported(YEAR);
                case QUARTER_OF_YEAR:
                    return temporal.isSupported(MONTH_OF_YEAR);
                default:
                    return temporal.isSupported(EPOCH_DAY);
            }
        }

        @Override
        public ValueRange rangeRefinedBy(TemporalAccessor temporal) {
            if (!isSupportedBy(temporal))
                throw new UnsupportedTemporalTypeException("Unsupported field: " + this);
            switch (this) {
                case DAY_OF_QUARTER: {
                    long qoy = temporal.getLong(QUARTER_OF_YEAR);
                    if (qoy == 1) {
                        long year = temporal.getLong(YEAR);
                        return IsoChronology.INSTANCE.isLeapYear(year) ? ValueRange.of(1, 91) : ValueRange.of(1, 90);
                    }
                    if (qoy == 2)
                        return ValueRange.of(1, 91);
                    if (qoy == 3 || qoy == 4)
                        return ValueRange.of(1, 92);
                    return range();
                }
                case WEEK_OF_WEEK_BASED_YEAR:
                    return getWeekRange(LocalDate.from(temporal));
                default:
                    return range();
            }
        }

        @Override
        public long getFrom(TemporalAccessor temporal) {
            if (!isSupportedBy(temporal))
                throw new UnsupportedTemporalTypeException("Unsupported field: " + this);
            switch (this) {
                case DAY_OF_QUARTER: {
                    int doy = temporal.get(DAY_OF_YEAR);
                    int moy = temporal.get(MONTH_OF_YEAR);
                    long year = temporal.getLong(YEAR);
                    int[] quarterDays = {0, 90, 181, 273, 0, 91, 182, 274};
                    return doy - quarterDays[((moy - 1) / 3) + (IsoChronology.INSTANCE.isLeapYear(year) ? 4 : 0)];
                }
                case QUARTER_OF_YEAR:
                    return (temporal.getLong(MONTH_OF_YEAR) + 2) / 3;
                case WEEK_OF_WEEK_BASED_YEAR:
                    return getWeek(LocalDate.from(temporal));
                default:
                    return getWeekBasedYear(LocalDate.from(temporal));
            }
        }

        @SuppressWarnings("unchecked")
        @Override
        public <R extends Temporal> R adjustInto(R temporal, long newValue) {
            long curValue = getFrom(temporal);
            switch (this) {
                case DAY_OF_QUARTER:
                    range().checkValidValue(newValue, this);
                    return (R) temporal.with(DAY_OF_YEAR, temporal.getLong(DAY_OF_YEAR) + (newValue - curValue));
                case QUARTER_OF_YEAR:
                    range().checkValidValue(newValue, this);
                    return (R) temporal.with(MONTH_OF_YEAR, temporal.getLong(MONTH_OF_YEAR) + (newValue - curValue) * 3);
                case WEEK_OF_WEEK_BASED_YEAR:
                    range().checkValidValue(newValue, this);
                    return (R) temporal.plus(Math.subtractExact(newValue, curValue), WEEKS);
                default: {
                    if (!isSupportedBy(temporal))
                        throw new UnsupportedTemporalTypeException("Unsupported field: " + this);
                    int newWby = range().checkValidIntValue(newValue, WEEK_BASED_YEAR);
                    LocalDate date = LocalDate.from(temporal);
                    int dow = date.get(DAY_OF_WEEK);
                    int week = getWeek(date);
                    if (week == 53 && getWeekRange(newWby) == 52)
                        week = 52;
                    LocalDate resolved = LocalDate.of(newWby, 1, 4);
                    int days = (dow - resolved.get(DAY_OF_WEEK)) + ((week - 1) * 7);
                    resolved = resolved.plusDays(days);
                    return (R) temporal.with(resolved);
                }
            }
        }

        /** Week-date and quarter-date fields resolve to a date, as the JDK's. */
        @Override
        public java.time.temporal.TemporalAccessor resolve(java.util.Map<TemporalField, Long> fieldValues,
                TemporalAccessor partialTemporal, java.time.format.ResolverStyle resolverStyle) {
            boolean lenient = resolverStyle == java.time.format.ResolverStyle.LENIENT;
            boolean strict = resolverStyle == java.time.format.ResolverStyle.STRICT;
            if (this == WEEK_OF_WEEK_BASED_YEAR) {
                Long wbyLong = fieldValues.get(WEEK_BASED_YEAR);
                Long dowLong = fieldValues.get(DAY_OF_WEEK);
                if (wbyLong == null || dowLong == null)
                    return null;
                int wby = WEEK_BASED_YEAR.range().checkValidIntValue(wbyLong, WEEK_BASED_YEAR);
                long wowby = fieldValues.get(WEEK_OF_WEEK_BASED_YEAR);
                LocalDate date = LocalDate.of(wby, 1, 4);
                if (lenient) {
                    long dow = dowLong;
                    if (dow > 7) {
                        date = date.plusWeeks((dow - 1) / 7);
                        dow = ((dow - 1) % 7) + 1;
                    } else if (dow < 1) {
                        date = date.plusWeeks(Math.subtractExact(dow, 7) / 7);
                        dow = ((dow + 6) % 7) + 1;
                    }
                    date = date.plusWeeks(Math.subtractExact(wowby, 1)).with(DAY_OF_WEEK, dow);
                } else {
                    int dow = DAY_OF_WEEK.checkValidIntValue(dowLong);
                    if (wowby < 1 || wowby > 52) {
                        if (strict)
                            getWeekRange(date).checkValidValue(wowby, this);
                        else
                            range().checkValidValue(wowby, this);
                    }
                    date = date.plusWeeks(wowby - 1).with(DAY_OF_WEEK, dow);
                }
                fieldValues.remove(this);
                fieldValues.remove(WEEK_BASED_YEAR);
                fieldValues.remove(DAY_OF_WEEK);
                return date;
            }
            if (this == DAY_OF_QUARTER) {
                Long yearLong = fieldValues.get(YEAR);
                Long qoyLong = fieldValues.get(QUARTER_OF_YEAR);
                if (yearLong == null || qoyLong == null)
                    return null;
                int y = YEAR.checkValidIntValue(yearLong);
                long doq = fieldValues.get(DAY_OF_QUARTER);
                LocalDate date;
                if (lenient) {
                    date = LocalDate.of(y, 1, 1).plusMonths(Math.multiplyExact(Math.subtractExact(qoyLong, 1), 3));
                    doq = Math.subtractExact(doq, 1);
                } else {
                    int qoy = QUARTER_OF_YEAR.range().checkValidIntValue(qoyLong, QUARTER_OF_YEAR);
                    date = LocalDate.of(y, ((qoy - 1) * 3) + 1, 1);
                    if (doq < 1 || doq > 90) {
                        if (strict)
                            rangeRefinedBy(date).checkValidValue(doq, this);
                        else
                            range().checkValidValue(doq, this);
                    }
                    doq--;
                }
                fieldValues.remove(this);
                fieldValues.remove(YEAR);
                fieldValues.remove(QUARTER_OF_YEAR);
                return date.plusDays(doq);
            }
            return null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private enum Unit implements TemporalUnit {
        WEEK_BASED_YEARS("WeekBasedYears", Duration.ofSeconds(31556952L)),
        QUARTER_YEARS("QuarterYears", Duration.ofSeconds(31556952L / 4));

        private final String name;
        private final Duration duration;

        Unit(String name, Duration estimatedDuration) {
            this.name = name;
            this.duration = estimatedDuration;
        }

        @Override
        public Duration getDuration() {
            return duration;
        }

        @Override
        public boolean isDurationEstimated() {
            return true;
        }

        @Override
        public boolean isDateBased() {
            return true;
        }

        @Override
        public boolean isTimeBased() {
            return false;
        }

        @Override
        public boolean isSupportedBy(Temporal temporal) {
            return temporal.isSupported(EPOCH_DAY) && isIso(temporal);
        }

        @SuppressWarnings("unchecked")
        @Override
        public <R extends Temporal> R addTo(R temporal, long amount) {
            if (this == WEEK_BASED_YEARS)
                return (R) temporal.with(WEEK_BASED_YEAR, Math.addExact(temporal.get(WEEK_BASED_YEAR), amount));
            return (R) temporal.plus(amount / 4, YEARS).plus((amount % 4) * 3, MONTHS);
        }

        @Override
        public long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive) {
            if (temporal1Inclusive.getClass() != temporal2Exclusive.getClass())
                return temporal1Inclusive.until(temporal2Exclusive, this);
            if (this == WEEK_BASED_YEARS)
                return Math.subtractExact(temporal2Exclusive.getLong(WEEK_BASED_YEAR),
                                          temporal1Inclusive.getLong(WEEK_BASED_YEAR));
            return temporal1Inclusive.until(temporal2Exclusive, MONTHS) / 3;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
