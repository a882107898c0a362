package java.util.concurrent;

import java.util.Random;

/**
 * The current thread's random number generator.  Seeded per thread from
 * the clock and a counter (programs cannot depend on its values).
 */
public class ThreadLocalRandom extends Random {
    private static final long serialVersionUID = -5851777807851030925L;
    private static long seeder = System.nanoTime() ^ 0x9E3779B97F4A7C15L;
    private static final ThreadLocal<ThreadLocalRandom> LOCAL = new ThreadLocal<>();

    private final boolean initialized;

    private ThreadLocalRandom(long seed) {
        super(seed);
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        ThreadLocalRandom r = LOCAL.get();
        if (r == null) {
            long s;
            synchronized (ThreadLocalRandom.class) {
                seeder += 0x9E3779B97F4A7C15L;
                s = seeder ^ System.nanoTime();
            }
            r = new ThreadLocalRandom(s);
            LOCAL.set(r);
        }
        return r;
    }

    @Override
    public void setSeed(long seed) {
        if (initialized)
            throw new UnsupportedOperationException();
        super.setSeed(seed);
    }
}
