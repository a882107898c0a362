/* TemporalQueries: the standard queries (zone, offset, chronology, precision, date, time). */
package java.time.temporal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.Chronology;

public final class TemporalQueries {
    private TemporalQueries() {
    }

    private abstract static class Named<R> implements TemporalQuery<R> {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final TemporalQuery<ZoneId> ZONE_ID = new Named<ZoneId>("ZoneId") {
        public ZoneId queryFrom(TemporalAccessor temporal) {
            return temporal.query(ZONE_ID);
        }
    };

    static final TemporalQuery<Chronology> CHRONO = new Named<Chronology>("Chronology") {
        public Chronology queryFrom(TemporalAccessor temporal) {
            return temporal.query(CHRONO);
        }
    };

    static final TemporalQuery<TemporalUnit> PRECISION = new Named<TemporalUnit>("Precision") {
        public TemporalUnit queryFrom(TemporalAccessor temporal) {
            return temporal.query(PRECISION);
        }
    };

    static final TemporalQuery<ZoneOffset> OFFSET = new Named<ZoneOffset>("Offset") {
        public ZoneOffset queryFrom(TemporalAccessor temporal) {
            if (temporal.isSupported(ChronoField.OFFSET_SECONDS))
                return ZoneOffset.ofTotalSeconds(temporal.get(ChronoField.OFFSET_SECONDS));
            return null;
        }
    };

    static final TemporalQuery<ZoneId> ZONE = new Named<ZoneId>("Zone") {
        public ZoneId queryFrom(TemporalAccessor temporal) {
            ZoneId zone = temporal.query(ZONE_ID);
            return zone != null ? zone : temporal.query(OFFSET);
        }
    };

    static final TemporalQuery<LocalDate> LOCAL_DATE = new Named<LocalDate>("LocalDate") {
        public LocalDate queryFrom(TemporalAccessor temporal) {
            if (temporal.isSupported(ChronoField.EPOCH_DAY))
                return LocalDate.ofEpochDay(temporal.getLong(ChronoField.EPOCH_DAY));
            return null;
        }
    };

    static final TemporalQuery<LocalTime> LOCAL_TIME = new Named<LocalTime>("LocalTime") {
        public LocalTime queryFrom(TemporalAccessor temporal) {
            if (temporal.isSupported(ChronoField.NANO_OF_DAY))
                return LocalTime.ofNanoOfDay(temporal.getLong(ChronoField.NANO_OF_DAY));
            return null;
        }
    };

    public static TemporalQuery<ZoneId> zoneId() {
        return ZONE_ID;
    }

    public static TemporalQuery<Chronology> chronology() {
        return CHRONO;
    }

    public static TemporalQuery<TemporalUnit> precision() {
        return PRECISION;
    }

    public static TemporalQuery<ZoneId> zone() {
        return ZONE;
    }

    public static TemporalQuery<ZoneOffset> offset() {
        return OFFSET;
    }

    public static TemporalQuery<LocalDate> localDate() {
        return LOCAL_DATE;
    }

    public static TemporalQuery<LocalTime> localTime() {
        return LOCAL_TIME;
    }
}
