// Clocks: nanoTime never goes backwards, currentTimeMillis is after 2020,
// Thread.sleep waits at least the time asked (printed as booleans only).
public class TimeSanity {
    public static void main(String[] args) throws Exception {
        long prev = System.nanoTime(); boolean mono = true;
        for (int i = 0; i < 1000; i++) { long n = System.nanoTime(); mono &= n >= prev; prev = n; }
        System.out.println("monotonic " + mono);
        System.out.println("after 2020 " + (System.currentTimeMillis() > 1577836800000L));
        long t0 = System.nanoTime();
        Thread.sleep(20);
        long dt = System.nanoTime() - t0;
        System.out.println("slept at least 20ms " + (dt >= 20_000_000L));
    }
}
