/* IsoEra: BCE (0) and CE (1), the eras of the ISO calendar. */
package java.time.chrono;

import java.time.DateTimeException;

public enum IsoEra implements Era {
    BCE, CE;

    public static IsoEra of(int isoEra) {
        switch (isoEra) {
            case 0: return BCE;
            case 1: return CE;
            default: throw new DateTimeException("Invalid era: " + isoEra);
        }
    }

    @Override
    public int getValue() {
        return ordinal();
    }
}
