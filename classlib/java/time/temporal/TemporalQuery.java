/* TemporalQuery: a strategy that extracts something from a TemporalAccessor. */
package java.time.temporal;

@FunctionalInterface
public interface TemporalQuery<R> {
    R queryFrom(TemporalAccessor temporal);
}
