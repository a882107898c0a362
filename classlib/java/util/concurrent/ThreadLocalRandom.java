package java.util.concurrent;

import java.util.Random;

/**
 * The current thread's random number generator.  Seeded per thread from
 * host randomness (programs cannot depend on its values); a thread's
 * generator made before a snapshot's checkpoint is replaced in each
 * restored copy (docs/snapshot.md).
 */
public class ThreadLocalRandom extends Random {
    private static final long serialVersionUID = -5851777807851030925L;
    private static final ThreadLocal<ThreadLocalRandom> LOCAL = new ThreadLocal<>();

    private final boolean initialized;
    private final int epoch;

    private ThreadLocalRandom(long seed, int epoch) {
        super(seed);
        this.epoch = epoch;
        initialized = true;
    }

    public static ThreadLocalRandom current() {
        ThreadLocalRandom r = LOCAL.get();
        int epoch = plinth.Seeds.epoch();
        if (r == null || r.epoch != epoch) {
            r = new ThreadLocalRandom(plinth.Seeds.random(), epoch);
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
