/* Period: years, months and days, as the JDK's (ISO-8601 text "P1Y2M3D"). */
package java.time;

import java.time.chrono.ChronoPeriod;
import java.time.chrono.Chronology;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.time.temporal.TemporalQueries;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.YEARS;

public final class Period implements ChronoPeriod, java.io.Serializable {
    private static final long serialVersionUID = -3587258372562876L;
    public static final Period ZERO = new Period(0, 0, 0);

    private final int years;
    private final int months;
    private final int days;

    private Period(int years, int months, int days) {
        this.years = years;
        this.months = months;
        this.days = days;
    }

    private static Period create(int years, int months, int days) {
        if ((years | months | days) == 0)
            return ZERO;
        return new Period(years, months, days);
    }

    public static Period ofYears(int years) {
        return create(years, 0, 0);
    }

    public static Period ofMonths(int months) {
        return create(0, months, 0);
    }

    public static Period ofWeeks(int weeks) {
        return create(0, 0, Math.multiplyExact(weeks, 7));
    }

    public static Period ofDays(int days) {
        return create(0, 0, days);
    }

    public static Period of(int years, int months, int days) {
        return create(years, months, days);
    }

    public static Period from(TemporalAmount amount) {
        if (amount instanceof Period)
            return (Period) amount;
        if (amount instanceof ChronoPeriod
                && !IsoChronology.INSTANCE.equals(((ChronoPeriod) amount).getChronology()))
            throw new DateTimeException("Period requires ISO chronology: " + amount);
        Objects.requireNonNull(amount, "amount");
        int years = 0, months = 0, days = 0;
        for (TemporalUnit unit : amount.getUnits()) {
            long unitAmount = amount.get(unit);
            if (unit == ChronoUnit.YEARS)
                years = Math.toIntExact(unitAmount);
            else if (unit == ChronoUnit.MONTHS)
                months = Math.toIntExact(unitAmount);
            else if (unit == ChronoUnit.DAYS)
                days = Math.toIntExact(unitAmount);
            else
                throw new DateTimeException("Unit must be Years, Months or Days, but was " + unit);
        }
        return create(years, months, days);
    }

    private static final class Lazy {
        static final Pattern PATTERN = Pattern.compile("([-+]?)P(?:([-+]?[0-9]+)Y)?(?:([-+]?[0-9]+)M)?"
            + "(?:([-+]?[0-9]+)W)?(?:([-+]?[0-9]+)D)?", Pattern.CASE_INSENSITIVE);
    }

    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Matcher m = Lazy.PATTERN.matcher(text);
        if (m.matches()) {
            int negate = "-".equals(m.group(1)) ? -1 : 1;
            if (m.start(2) >= 0 || m.start(3) >= 0 || m.start(4) >= 0 || m.start(5) >= 0) {
                try {
                    int years = parseNumber(text, m.group(2), negate);
                    int months = parseNumber(text, m.group(3), negate);
                    int weeks = parseNumber(text, m.group(4), negate);
                    int days = parseNumber(text, m.group(5), negate);
                    days = Math.addExact(days, Math.multiplyExact(weeks, 7));
                    return create(years, months, days);
                } catch (NumberFormatException ex) {
                    throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0, ex);
                }
            }
        }
        throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0);
    }

    private static int parseNumber(CharSequence text, String digits, int negate) {
        if (digits == null)
            return 0;
        int val = Integer.parseInt(digits);
        try {
            return Math.multiplyExact(val, negate);
        } catch (ArithmeticException ex) {
            throw new DateTimeParseException("Text cannot be parsed to a Period", text, 0, ex);
        }
    }

    public static Period between(LocalDate startDateInclusive, LocalDate endDateExclusive) {
        return startDateInclusive.until(endDateExclusive);
    }

    @Override
    public long get(TemporalUnit unit) {
        if (unit == ChronoUnit.YEARS)
            return getYears();
        if (unit == ChronoUnit.MONTHS)
            return getMonths();
        if (unit == ChronoUnit.DAYS)
            return getDays();
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }

    @Override
    public List<TemporalUnit> getUnits() {
        return Collections.unmodifiableList(Arrays.<TemporalUnit>asList(YEARS, MONTHS, DAYS));
    }

    @Override
    public IsoChronology getChronology() {
        return IsoChronology.INSTANCE;
    }

    @Override
    public boolean isZero() {
        return this == ZERO;
    }

    @Override
    public boolean isNegative() {
        return years < 0 || months < 0 || days < 0;
    }

    public int getYears() {
        return years;
    }

    public int getMonths() {
        return months;
    }

    public int getDays() {
        return days;
    }

    public Period withYears(int years) {
        return years == this.years ? this : create(years, months, days);
    }

    public Period withMonths(int months) {
        return months == this.months ? this : create(years, months, days);
    }

    public Period withDays(int days) {
        return days == this.days ? this : create(years, months, days);
    }

    public Period plus(TemporalAmount amountToAdd) {
        Period iso = Period.from(amountToAdd);
        return create(Math.addExact(years, iso.years), Math.addExact(months, iso.months),
                      Math.addExact(days, iso.days));
    }

    public Period plusYears(long yearsToAdd) {
        if (yearsToAdd == 0)
            return this;
        return create(Math.toIntExact(Math.addExact(years, yearsToAdd)), months, days);
    }

    public Period plusMonths(long monthsToAdd) {
        if (monthsToAdd == 0)
            return this;
        return create(years, Math.toIntExact(Math.addExact(months, monthsToAdd)), days);
    }

    public Period plusDays(long daysToAdd) {
        if (daysToAdd == 0)
            return this;
        return create(years, months, Math.toIntExact(Math.addExact(days, daysToAdd)));
    }

    public Period minus(TemporalAmount amountToSubtract) {
        Period iso = Period.from(amountToSubtract);
        return create(Math.subtractExact(years, iso.years), Math.subtractExact(months, iso.months),
                      Math.subtractExact(days, iso.days));
    }

    public Period minusYears(long yearsToSubtract) {
        return yearsToSubtract == Long.MIN_VALUE
            ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-yearsToSubtract);
    }

    public Period minusMonths(long monthsToSubtract) {
        return monthsToSubtract == Long.MIN_VALUE
            ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-monthsToSubtract);
    }

    public Period minusDays(long daysToSubtract) {
        return daysToSubtract == Long.MIN_VALUE
            ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-daysToSubtract);
    }

    public Period multipliedBy(int scalar) {
        if (this == ZERO || scalar == 1)
            return this;
        return create(Math.multiplyExact(years, scalar), Math.multiplyExact(months, scalar),
                      Math.multiplyExact(days, scalar));
    }

    public Period negated() {
        return multipliedBy(-1);
    }

    public Period normalized() {
        long totalMonths = toTotalMonths();
        long splitYears = totalMonths / 12;
        int splitMonths = (int) (totalMonths % 12);
        if (splitYears == years && splitMonths == months)
            return this;
        return create(Math.toIntExact(splitYears), splitMonths, days);
    }

    public long toTotalMonths() {
        return years * 12L + months;
    }

    private void validateChrono(Temporal temporal) {
        Chronology chrono = temporal.query(TemporalQueries.chronology());
        if (chrono != null && !IsoChronology.INSTANCE.equals(chrono))
            throw new DateTimeException("Chronology mismatch, expected: ISO, actual: " + chrono.getId());
    }

    @Override
    public Temporal addTo(Temporal temporal) {
        validateChrono(temporal);
        if (months == 0) {
            if (years != 0)
                temporal = temporal.plus(years, YEARS);
        } else {
            long totalMonths = toTotalMonths();
            if (totalMonths != 0)
                temporal = temporal.plus(totalMonths, MONTHS);
        }
        if (days != 0)
            temporal = temporal.plus(days, DAYS);
        return temporal;
    }

    @Override
    public Temporal subtractFrom(Temporal temporal) {
        validateChrono(temporal);
        if (months == 0) {
            if (years != 0)
                temporal = temporal.minus(years, YEARS);
        } else {
            long totalMonths = toTotalMonths();
            if (totalMonths != 0)
                temporal = temporal.minus(totalMonths, MONTHS);
        }
        if (days != 0)
            temporal = temporal.minus(days, DAYS);
        return temporal;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj)
            return true;
        return obj instanceof Period o && years == o.years && months == o.months && days == o.days;
    }

    @Override
    public int hashCode() {
        return years + Integer.rotateLeft(months, 8) + Integer.rotateLeft(days, 16);
    }

    @Override
    public String toString() {
        if (this == ZERO)
            return "P0D";
        StringBuilder buf = new StringBuilder();
        buf.append('P');
        if (years != 0)
            buf.append(years).append('Y');
        if (months != 0)
            buf.append(months).append('M');
        if (days != 0)
            buf.append(days).append('D');
        return buf.toString();
    }
}
