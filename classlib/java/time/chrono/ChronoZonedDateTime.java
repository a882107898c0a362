/* ChronoZonedDateTime: a date-time with a zone (ZonedDateTime is the ISO one). */
package java.time.chrono;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

public interface ChronoZonedDateTime<D extends ChronoLocalDate>
        extends Temporal, Comparable<ChronoZonedDateTime<?>> {
    D toLocalDate();

    LocalTime toLocalTime();

    ChronoLocalDateTime<D> toLocalDateTime();

    ZoneOffset getOffset();

    ZoneId getZone();

    static ChronoZonedDateTime<?> from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof ChronoZonedDateTime)
            return (ChronoZonedDateTime<?>) temporal;
        java.util.Objects.requireNonNull(temporal, "temporal");
        return java.time.ZonedDateTime.from(temporal);
    }

    static java.util.Comparator<ChronoZonedDateTime<?>> timeLineOrder() {
        return (dateTime1, dateTime2) -> {
            int cmp = Long.compare(dateTime1.toEpochSecond(), dateTime2.toEpochSecond());
            if (cmp == 0)
                cmp = Long.compare(dateTime1.toLocalTime().getNano(), dateTime2.toLocalTime().getNano());
            return cmp;
        };
    }

    ChronoZonedDateTime<D> withEarlierOffsetAtOverlap();

    ChronoZonedDateTime<D> withLaterOffsetAtOverlap();

    ChronoZonedDateTime<D> withZoneSameLocal(ZoneId zone);

    ChronoZonedDateTime<D> withZoneSameInstant(ZoneId zone);

    @Override
    ChronoZonedDateTime<D> with(java.time.temporal.TemporalAdjuster adjuster);

    @Override
    ChronoZonedDateTime<D> with(java.time.temporal.TemporalField field, long newValue);

    @Override
    ChronoZonedDateTime<D> plus(java.time.temporal.TemporalAmount amount);

    @Override
    ChronoZonedDateTime<D> plus(long amountToAdd, java.time.temporal.TemporalUnit unit);

    @Override
    ChronoZonedDateTime<D> minus(java.time.temporal.TemporalAmount amount);

    @Override
    ChronoZonedDateTime<D> minus(long amountToSubtract, java.time.temporal.TemporalUnit unit);

    String format(java.time.format.DateTimeFormatter formatter);

    default Chronology getChronology() {
        return toLocalDate().getChronology();
    }

    default Instant toInstant() {
        return Instant.ofEpochSecond(toEpochSecond(), toLocalTime().getNano());
    }

    default long toEpochSecond() {
        long epochDay = toLocalDate().toEpochDay();
        long secs = epochDay * 86400 + toLocalTime().toSecondOfDay();
        return secs - getOffset().getTotalSeconds();
    }

    @Override
    default int compareTo(ChronoZonedDateTime<?> other) {
        int cmp = Long.compare(toEpochSecond(), other.toEpochSecond());
        if (cmp == 0) {
            cmp = toLocalTime().getNano() - other.toLocalTime().getNano();
            if (cmp == 0) {
                cmp = toLocalDateTime().compareTo(other.toLocalDateTime());
                if (cmp == 0)
                    cmp = getZone().getId().compareTo(other.getZone().getId());
            }
        }
        return cmp;
    }

    default boolean isBefore(ChronoZonedDateTime<?> other) {
        long thisEpochSec = toEpochSecond();
        long otherEpochSec = other.toEpochSecond();
        return thisEpochSec < otherEpochSec
            || (thisEpochSec == otherEpochSec && toLocalTime().getNano() < other.toLocalTime().getNano());
    }

    default boolean isAfter(ChronoZonedDateTime<?> other) {
        long thisEpochSec = toEpochSecond();
        long otherEpochSec = other.toEpochSecond();
        return thisEpochSec > otherEpochSec
            || (thisEpochSec == otherEpochSec && toLocalTime().getNano() > other.toLocalTime().getNano());
    }

    default boolean isEqual(ChronoZonedDateTime<?> other) {
        return toEpochSecond() == other.toEpochSecond()
            && toLocalTime().getNano() == other.toLocalTime().getNano();
    }
}
