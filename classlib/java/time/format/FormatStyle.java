/* FormatStyle: the localized styles (only their names are used here). */
package java.time.format;

public enum FormatStyle {
    FULL, LONG, MEDIUM, SHORT
}
