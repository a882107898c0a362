/*
 * SecureRandom: every byte comes from the host's randomness
 * (plinth.Seeds.fill: getrandom on a hosted JVM, the host through a
 * hypercall or RDRAND in a partition).  There is no software generator to
 * seed, so every algorithm name the JDK offers on Linux maps onto the same
 * source; seeds given by the program are mixed into the output, never
 * replace it.  Bytes are drawn a buffer at a time to keep native calls
 * (and hypercalls) few; the buffer is dropped when Seeds.epoch() changes,
 * so a copy restored from a snapshot never hands out bytes drawn before
 * the checkpoint (docs/snapshot.md).
 */
package java.security;

public class SecureRandom extends java.util.Random {
    private static final long serialVersionUID = 4940670005562187L;
    private static final int BUFFER = 256;
    private static final String[] NAMES = {
        "NativePRNG", "NativePRNGBlocking", "NativePRNGNonBlocking", "SHA1PRNG", "DRBG",
    };

    private final String algorithm;
    private final byte[] buf = new byte[BUFFER];
    private int pos = BUFFER;      /* next unused byte of buf */
    private int epoch;
    /* The program's seeds, folded; 0 when it gave none.  Its stream is
     * XORed onto host bytes, which keeps them as random as they were. */
    private long mix;

    public SecureRandom() {
        this("NativePRNG");
    }

    public SecureRandom(byte[] seed) {
        this("NativePRNG");
        setSeed(seed);
    }

    private SecureRandom(String algorithm) {
        super(0);   /* Random's generator is never used: next() is ours */
        this.algorithm = algorithm;
    }

    public static SecureRandom getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null)
            throw new NullPointerException("null algorithm name");
        /* Names are case-insensitive; getAlgorithm answers the caller's spelling. */
        for (String known : NAMES)
            if (known.equalsIgnoreCase(algorithm))
                return new SecureRandom(algorithm);
        throw new NoSuchAlgorithmException(algorithm + " SecureRandom not available");
    }

    /** The JDK on Linux answers NativePRNGBlocking (/dev/random). */
    public static SecureRandom getInstanceStrong() throws NoSuchAlgorithmException {
        return new SecureRandom("NativePRNGBlocking");
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public synchronized void setSeed(byte[] seed) {
        long m = mix;
        for (byte b : seed)
            m = mixStep(m ^ (b & 0xff));
        mix = m == 0 ? 1 : m;
    }

    @Override
    public void setSeed(long seed) {
        /* Random's constructor does not call this; a caller's seed mixes in. */
        synchronized (this) {
            mix = mixStep(mix ^ seed);
            if (mix == 0)
                mix = 1;
        }
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        int n = bytes.length;
        if (n >= BUFFER && mix == 0) {
            plinth.Seeds.fill(bytes);   /* large requests skip the buffer */
            return;
        }
        for (int i = 0; i < n; ) {
            refillIfNeeded();
            int k = Math.min(n - i, BUFFER - pos);
            System.arraycopy(buf, pos, bytes, i, k);
            pos += k;
            i += k;
        }
    }

    @Override
    protected final synchronized int next(int bits) {
        refillIfNeeded();
        if (BUFFER - pos < 4)
            pos = BUFFER;
        refillIfNeeded();
        int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16
                | (buf[pos + 2] & 0xff) << 8 | (buf[pos + 3] & 0xff);
        pos += 4;
        return v >>> (32 - bits);
    }

    public byte[] generateSeed(int numBytes) {
        if (numBytes < 0)
            throw new IllegalArgumentException("numBytes cannot be negative");
        byte[] b = new byte[numBytes];
        plinth.Seeds.fill(b);
        return b;
    }

    public static byte[] getSeed(int numBytes) {
        return new SecureRandom().generateSeed(numBytes);
    }

    public String toString() {
        return algorithm;
    }

    private void refillIfNeeded() {
        int e = plinth.Seeds.epoch();
        if (e != epoch) {
            epoch = e;
            pos = BUFFER;   /* drawn before a restore: every copy has them */
        }
        if (pos < BUFFER)
            return;
        plinth.Seeds.fill(buf);
        if (mix != 0) {
            for (int i = 0; i < BUFFER; i += 8) {
                mix = mixStep(mix);
                long m = mix;
                for (int j = 0; j < 8; j++, m >>>= 8)
                    buf[i + j] ^= (byte) m;
            }
        }
        pos = 0;
    }

    /* splitmix64's finaliser on a Weyl step: spreads every seed bit. */
    private static long mixStep(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
