/* ChronoLocalDateTime: a date-time without zone (LocalDateTime is the ISO one). */
package java.time.chrono;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAdjuster;

public interface ChronoLocalDateTime<D extends ChronoLocalDate>
        extends Temporal, TemporalAdjuster, Comparable<ChronoLocalDateTime<?>> {
    D toLocalDate();

    LocalTime toLocalTime();

    ChronoZonedDateTime<D> atZone(ZoneId zone);

    static ChronoLocalDateTime<?> from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof ChronoLocalDateTime)
            return (ChronoLocalDateTime<?>) temporal;
        java.util.Objects.requireNonNull(temporal, "temporal");
        return java.time.LocalDateTime.from(temporal);
    }

    @Override
    default int compareTo(ChronoLocalDateTime<?> other) {
        int cmp = toLocalDate().compareTo(other.toLocalDate());
        if (cmp == 0) {
            cmp = toLocalTime().compareTo(other.toLocalTime());
            if (cmp == 0)
                cmp = getChronology().compareTo(other.getChronology());
        }
        return cmp;
    }

    static java.util.Comparator<ChronoLocalDateTime<?>> timeLineOrder() {
        return (dateTime1, dateTime2) -> {
            int cmp = Long.compare(dateTime1.toLocalDate().toEpochDay(), dateTime2.toLocalDate().toEpochDay());
            if (cmp == 0)
                cmp = Long.compare(dateTime1.toLocalTime().toNanoOfDay(), dateTime2.toLocalTime().toNanoOfDay());
            return cmp;
        };
    }

    @Override
    ChronoLocalDateTime<D> with(java.time.temporal.TemporalAdjuster adjuster);

    @Override
    ChronoLocalDateTime<D> with(java.time.temporal.TemporalField field, long newValue);

    @Override
    ChronoLocalDateTime<D> plus(java.time.temporal.TemporalAmount amount);

    @Override
    ChronoLocalDateTime<D> plus(long amountToAdd, java.time.temporal.TemporalUnit unit);

    @Override
    ChronoLocalDateTime<D> minus(java.time.temporal.TemporalAmount amount);

    @Override
    ChronoLocalDateTime<D> minus(long amountToSubtract, java.time.temporal.TemporalUnit unit);

    String format(java.time.format.DateTimeFormatter formatter);

    default Chronology getChronology() {
        return toLocalDate().getChronology();
    }

    default Instant toInstant(ZoneOffset offset) {
        return Instant.ofEpochSecond(toEpochSecond(offset), toLocalTime().getNano());
    }

    default long toEpochSecond(ZoneOffset offset) {
        long epochDay = toLocalDate().toEpochDay();
        long secs = epochDay * 86400 + toLocalTime().toSecondOfDay();
        return secs - offset.getTotalSeconds();
    }

    default boolean isAfter(ChronoLocalDateTime<?> other) {
        long thisEpDay = toLocalDate().toEpochDay();
        long otherEpDay = other.toLocalDate().toEpochDay();
        return thisEpDay > otherEpDay
            || (thisEpDay == otherEpDay && toLocalTime().toNanoOfDay() > other.toLocalTime().toNanoOfDay());
    }

    default boolean isBefore(ChronoLocalDateTime<?> other) {
        long thisEpDay = toLocalDate().toEpochDay();
        long otherEpDay = other.toLocalDate().toEpochDay();
        return thisEpDay < otherEpDay
            || (thisEpDay == otherEpDay && toLocalTime().toNanoOfDay() < other.toLocalTime().toNanoOfDay());
    }

    default boolean isEqual(ChronoLocalDateTime<?> other) {
        return toLocalTime().toNanoOfDay() == other.toLocalTime().toNanoOfDay()
            && toLocalDate().toEpochDay() == other.toLocalDate().toEpochDay();
    }
}
