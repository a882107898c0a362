/* ChronoPeriod: a date-based amount of time (Period is the ISO one). */
package java.time.chrono;

import java.time.temporal.TemporalAmount;

public interface ChronoPeriod extends TemporalAmount {
    Chronology getChronology();

    boolean isZero();

    boolean isNegative();

    ChronoPeriod plus(TemporalAmount amountToAdd);

    ChronoPeriod minus(TemporalAmount amountToSubtract);

    ChronoPeriod multipliedBy(int scalar);

    default ChronoPeriod negated() {
        return multipliedBy(-1);
    }

    ChronoPeriod normalized();
}
