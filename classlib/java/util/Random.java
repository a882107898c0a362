package java.util;

/** The JDK's 48-bit linear congruential generator: the same seed gives the same numbers. */
public class Random implements java.io.Serializable {
    static final long serialVersionUID = 3905348978240129619L;

    private long seed;
    private static final long multiplier = 0x5DEECE66DL;
    private static final long addend = 0xBL;
    private static final long mask = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static long seedUniquifier = 8682522807148012L;

    private double nextNextGaussian;
    private boolean haveNextNextGaussian = false;

    public Random() {
        // From the host rather than the clock: copies restored from one
        // snapshot run the same code at nearly the same times.
        this(nextSeedUniquifier() ^ plinth.Seeds.random());
    }

    private static synchronized long nextSeedUniquifier() {
        seedUniquifier *= 1181783497276652981L;
        return seedUniquifier;
    }

    public Random(long seed) {
        this.seed = initialScramble(seed);
    }

    private static long initialScramble(long seed) {
        return (seed ^ multiplier) & mask;
    }

    public synchronized void setSeed(long seed) {
        this.seed = initialScramble(seed);
        haveNextNextGaussian = false;
    }

    protected int next(int bits) {
        long nextseed = (seed * multiplier + addend) & mask;
        seed = nextseed;
        return (int) (nextseed >>> (48 - bits));
    }

    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len; )
            for (int rnd = nextInt(), n = Math.min(len - i, Integer.SIZE / Byte.SIZE); n-- > 0; rnd >>= Byte.SIZE)
                bytes[i++] = (byte) rnd;
    }

    public int nextInt() {
        return next(32);
    }

    public int nextInt(int bound) {
        if (bound <= 0)
            throw new IllegalArgumentException("bound must be positive");
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            // Reject the top partial range so every value is equally likely.
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31))
                ;
        }
        return r;
    }

    public int nextInt(int origin, int bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        int r = nextInt();
        final int n = bound - origin;
        final int m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1)
                ;
            r += origin;
        } else {
            while (r < origin || r >= bound)
                r = nextInt();
        }
        return r;
    }

    public long nextLong() {
        return ((long) (next(32)) << 32) + next(32);
    }

    public long nextLong(long bound) {
        if (bound <= 0)
            throw new IllegalArgumentException("bound must be positive");
        final long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1)
                ;
        }
        return r;
    }

    public long nextLong(long origin, long bound) {
        if (origin >= bound)
            throw new IllegalArgumentException("bound must be greater than origin");
        long r = nextLong();
        final long n = bound - origin;
        final long m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1)
                ;
            r += origin;
        } else {
            while (r < origin || r >= bound)
                r = nextLong();
        }
        return r;
    }

    public boolean nextBoolean() {
        return next(1) != 0;
    }

    public float nextFloat() {
        return next(24) / ((float) (1 << 24));
    }

    public double nextDouble() {
        return (((long) (next(26)) << 27) + next(27)) * DOUBLE_UNIT;
    }

    public double nextDouble(double bound) {
        if (!(bound > 0.0 && bound < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be finite and positive");
        double r = nextDouble();
        r = r * bound;
        if (r >= bound)
            r = Math.nextDown(bound);
        return r;
    }

    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound)
            r = Math.nextDown(bound);
        return r;
    }

    public synchronized double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
    // ---- streams: JDK 17 draws bounded values as RandomSupport does, not as nextInt(bound) ----

    private static void checkStreamSize(long streamSize) {
        if (streamSize < 0L)
            throw new IllegalArgumentException("size must be non-negative");
    }

    private static void checkRange(double origin, double bound) {
        if (!(origin < bound && (bound - origin) < Double.POSITIVE_INFINITY))
            throw new IllegalArgumentException("bound must be greater than origin");
    }

    private int boundedNextIntForStream(int origin, int bound) {
        int r = nextInt();
        if (origin < bound) {
            final int n = bound - origin, m = n - 1;
            if ((n & m) == 0) {
                r = (r & m) + origin;
            } else if (n > 0) {
                for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1)
                    ;
                r += origin;
            } else {
                while (r < origin || r >= bound)
                    r = nextInt();
            }
        }
        return r;
    }

    private long boundedNextLongForStream(long origin, long bound) {
        long r = nextLong();
        if (origin < bound) {
            final long n = bound - origin, m = n - 1;
            if ((n & m) == 0L) {
                r = (r & m) + origin;
            } else if (n > 0L) {
                for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1)
                    ;
                r += origin;
            } else {
                while (r < origin || r >= bound)
                    r = nextLong();
            }
        }
        return r;
    }

    private double boundedNextDoubleForStream(double origin, double bound) {
        double r = nextDouble();
        r = r * (bound - origin) + origin;
        if (r >= bound)
            r = Math.nextDown(bound);
        return r;
    }

    public java.util.stream.IntStream ints(long streamSize) {
        checkStreamSize(streamSize);
        return java.util.stream.IntStream.generate(this::nextInt).limit(streamSize);
    }

    public java.util.stream.IntStream ints() {
        return java.util.stream.IntStream.generate(this::nextInt);
    }

    public java.util.stream.IntStream ints(long streamSize, int randomNumberOrigin, int randomNumberBound) {
        checkStreamSize(streamSize);
        return ints(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    public java.util.stream.IntStream ints(int randomNumberOrigin, int randomNumberBound) {
        if (randomNumberOrigin >= randomNumberBound)
            throw new IllegalArgumentException("bound must be greater than origin");
        return java.util.stream.IntStream.generate(
                () -> boundedNextIntForStream(randomNumberOrigin, randomNumberBound));
    }

    public java.util.stream.LongStream longs(long streamSize) {
        checkStreamSize(streamSize);
        return java.util.stream.LongStream.generate(this::nextLong).limit(streamSize);
    }

    public java.util.stream.LongStream longs() {
        return java.util.stream.LongStream.generate(this::nextLong);
    }

    public java.util.stream.LongStream longs(long streamSize, long randomNumberOrigin, long randomNumberBound) {
        checkStreamSize(streamSize);
        return longs(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    public java.util.stream.LongStream longs(long randomNumberOrigin, long randomNumberBound) {
        if (randomNumberOrigin >= randomNumberBound)
            throw new IllegalArgumentException("bound must be greater than origin");
        return java.util.stream.LongStream.generate(
                () -> boundedNextLongForStream(randomNumberOrigin, randomNumberBound));
    }

    public java.util.stream.DoubleStream doubles(long streamSize) {
        checkStreamSize(streamSize);
        return java.util.stream.DoubleStream.generate(this::nextDouble).limit(streamSize);
    }

    public java.util.stream.DoubleStream doubles() {
        return java.util.stream.DoubleStream.generate(this::nextDouble);
    }

    public java.util.stream.DoubleStream doubles(long streamSize, double randomNumberOrigin,
                                                 double randomNumberBound) {
        checkStreamSize(streamSize);
        return doubles(randomNumberOrigin, randomNumberBound).limit(streamSize);
    }

    public java.util.stream.DoubleStream doubles(double randomNumberOrigin, double randomNumberBound) {
        checkRange(randomNumberOrigin, randomNumberBound);
        return java.util.stream.DoubleStream.generate(
                () -> boundedNextDoubleForStream(randomNumberOrigin, randomNumberBound));
    }
}
