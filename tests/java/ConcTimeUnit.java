// TimeUnit: conversions in every direction (truncating and saturating), convert with
// a source unit, toString/name/ordinal/values, valueOf, and a short sleep that must
// not end early.
import java.util.concurrent.TimeUnit;

public class ConcTimeUnit {
    public static void main(String[] args) throws InterruptedException {
        for (TimeUnit u : TimeUnit.values())
            System.out.println(u + " " + u.ordinal() + ": ns=" + u.toNanos(3) + " us=" + u.toMicros(3) + " ms=" + u.toMillis(3) + " s=" + u.toSeconds(3) + " m=" + u.toMinutes(3) + " h=" + u.toHours(3) + " d=" + u.toDays(3));
        System.out.println(TimeUnit.MILLISECONDS.toSeconds(1999) + " " + TimeUnit.SECONDS.toMillis(-2) + " " + TimeUnit.DAYS.toNanos(Long.MAX_VALUE / 1000) + " " + TimeUnit.DAYS.toNanos(-106752) + " " + TimeUnit.NANOSECONDS.toDays(Long.MAX_VALUE));
        System.out.println(TimeUnit.SECONDS.convert(90, TimeUnit.MINUTES) + " " + TimeUnit.HOURS.convert(1439, TimeUnit.MINUTES) + " " + TimeUnit.MICROSECONDS.convert(5, TimeUnit.MILLISECONDS) + " " + TimeUnit.valueOf("HOURS").toMinutes(1));
        try { TimeUnit.valueOf("WEEKS"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        long t0 = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(20);
        long took = System.nanoTime() - t0;
        System.out.println("slept at least 20ms: " + (took >= TimeUnit.MILLISECONDS.toNanos(20)));
        TimeUnit.SECONDS.sleep(0);
        TimeUnit.SECONDS.sleep(-1);
        System.out.println("zero and negative sleeps return");
    }
}
