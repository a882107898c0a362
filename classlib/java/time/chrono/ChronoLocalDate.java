/* ChronoLocalDate: a date without time or zone (LocalDate is the ISO one). */
package java.time.chrono;

import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;

public interface ChronoLocalDate extends Temporal, TemporalAdjuster, Comparable<ChronoLocalDate> {
    Chronology getChronology();

    boolean isLeapYear();

    int lengthOfMonth();

    int lengthOfYear();

    long toEpochDay();

    default Era getEra() {
        return IsoEra.of(get(java.time.temporal.ChronoField.ERA));
    }

    @Override
    default int compareTo(ChronoLocalDate other) {
        int cmp = Long.compare(toEpochDay(), other.toEpochDay());
        if (cmp == 0)
            cmp = getChronology().compareTo(other.getChronology());
        return cmp;
    }

    static java.util.Comparator<ChronoLocalDate> timeLineOrder() {
        return (date1, date2) -> Long.compare(date1.toEpochDay(), date2.toEpochDay());
    }

    static ChronoLocalDate from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof ChronoLocalDate)
            return (ChronoLocalDate) temporal;
        java.util.Objects.requireNonNull(temporal, "temporal");
        return java.time.LocalDate.from(temporal);
    }

    @Override
    ChronoLocalDate with(java.time.temporal.TemporalAdjuster adjuster);

    @Override
    ChronoLocalDate with(java.time.temporal.TemporalField field, long newValue);

    @Override
    ChronoLocalDate plus(java.time.temporal.TemporalAmount amount);

    @Override
    ChronoLocalDate plus(long amountToAdd, java.time.temporal.TemporalUnit unit);

    @Override
    ChronoLocalDate minus(java.time.temporal.TemporalAmount amount);

    @Override
    ChronoLocalDate minus(long amountToSubtract, java.time.temporal.TemporalUnit unit);

    ChronoPeriod until(ChronoLocalDate endDateExclusive);

    ChronoLocalDateTime<?> atTime(java.time.LocalTime localTime);

    String format(java.time.format.DateTimeFormatter formatter);

    default boolean isAfter(ChronoLocalDate other) {
        return toEpochDay() > other.toEpochDay();
    }

    default boolean isBefore(ChronoLocalDate other) {
        return toEpochDay() < other.toEpochDay();
    }

    default boolean isEqual(ChronoLocalDate other) {
        return toEpochDay() == other.toEpochDay();
    }
}
