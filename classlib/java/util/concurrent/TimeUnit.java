package java.util.concurrent;

/**
 * Time durations at a given unit, with conversions that truncate toward
 * zero and saturate at Long.MIN_VALUE/MAX_VALUE, as in the JDK.
 */
public enum TimeUnit {
    NANOSECONDS(1L),
    MICROSECONDS(1000L),
    MILLISECONDS(1000L * 1000),
    SECONDS(1000L * 1000 * 1000),
    MINUTES(1000L * 1000 * 1000 * 60),
    HOURS(1000L * 1000 * 1000 * 60 * 60),
    DAYS(1000L * 1000 * 1000 * 60 * 60 * 24);

    private final long scale;   // nanoseconds in one unit

    TimeUnit(long scale) {
        this.scale = scale;
    }

    /** d units of scale `from` in units of scale `to`. */
    private static long cvt(long d, long to, long from) {
        if (from == to)
            return d;
        if (from < to)
            return d / (to / from);
        long r = from / to;
        long max = Long.MAX_VALUE / r;
        if (d > max)
            return Long.MAX_VALUE;
        if (d < -max)
            return Long.MIN_VALUE;
        return d * r;
    }

    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return cvt(sourceDuration, scale, sourceUnit.scale);
    }

    public long toNanos(long duration) { return cvt(duration, NANOSECONDS.scale, scale); }
    public long toMicros(long duration) { return cvt(duration, MICROSECONDS.scale, scale); }
    public long toMillis(long duration) { return cvt(duration, MILLISECONDS.scale, scale); }
    public long toSeconds(long duration) { return cvt(duration, SECONDS.scale, scale); }
    public long toMinutes(long duration) { return cvt(duration, MINUTES.scale, scale); }
    public long toHours(long duration) { return cvt(duration, HOURS.scale, scale); }
    public long toDays(long duration) { return cvt(duration, DAYS.scale, scale); }

    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = excessNanos(timeout, ms);
            obj.wait(ms, ns);
        }
    }

    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = excessNanos(timeout, ms);
            thread.join(ms, ns);
        }
    }

    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            int ns = excessNanos(timeout, ms);
            Thread.sleep(ms, ns);
        }
    }

    private int excessNanos(long d, long m) {
        long s = scale;
        if (s == NANOSECONDS.scale)
            return (int) (d - (m * MILLISECONDS.scale));
        if (s == MICROSECONDS.scale)
            return (int) ((d * 1000L) - (m * MILLISECONDS.scale));
        return 0;
    }
}
