package java.util;

/** An object that formats itself for the %s conversion. */
public interface Formattable {
    void formatTo(Formatter formatter, int flags, int width, int precision);
}
