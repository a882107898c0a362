package plinth;

/**
 * Seeds for the class library's generators that have none of their own
 * ({@code new Random()}, {@code Math.random()}, {@code ThreadLocalRandom})
 * and for {@code SecureRandom}, which reads all its bytes from here.
 * Copies restored from one snapshot share the memory it saved, so such a
 * generator takes its seed from the host at creation, and one created
 * before a checkpoint is replaced when {@link #epoch()} has changed
 * (docs/snapshot.md).
 */
public final class Seeds {
    private Seeds() {
    }

    /** 64 bits of the host's randomness, fresh at each call. */
    public static native long random();

    /** Fills {@code bytes} with the host's randomness, in one call. */
    public static native void fill(byte[] bytes);

    /** How many restores from a snapshot this program has gone through. */
    public static native int epoch();
}
