/* ResolverStyle: how strictly parsed fields are resolved. */
package java.time.format;

public enum ResolverStyle {
    STRICT, SMART, LENIENT
}
