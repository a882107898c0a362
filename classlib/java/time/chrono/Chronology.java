/* Chronology: a calendar system.  Only ISO exists here. */
package java.time.chrono;

public interface Chronology extends Comparable<Chronology> {
    String getId();

    String getCalendarType();

    boolean isLeapYear(long prolepticYear);
}
