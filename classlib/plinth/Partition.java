package plinth;

/**
 * Snapshots from inside a program (docs/snapshot.md).  A program run by
 * {@code plinth snapshot --at-checkpoint -o FILE ...} is saved where it
 * calls {@link #checkpoint()} (after warming its caches, say), and every
 * {@code plinth run --from FILE [ARGS]} goes on from that call in a copy of
 * its own: its own arguments, environment, clock and random seeds.
 * Without {@code --at-checkpoint} the snapshot is taken just before
 * {@code main}, and each copy's {@code main} gets the copy's arguments.
 */
public final class Partition {
    private static boolean restored;
    private static String[] arguments = new String[0];

    private Partition() {
    }

    /**
     * Asks to be saved here.  Returns false when nothing is saved (an
     * ordinary run, or outside a partition) and the program simply goes
     * on; in each copy restored from the snapshot it returns true, and
     * {@link #arguments()} gives the copy's arguments.
     *
     * @throws IllegalStateException if the snapshot cannot be taken here
     *         because files are open (a snapshot does not hold them):
     *         nothing is saved, and the program may close its files and
     *         call again
     */
    public static boolean checkpoint() {
        String[] a = checkpoint0(true);
        if (a == null)
            return false;
        restored = true;
        arguments = a;
        return true;
    }

    /** Whether this program is running in a copy restored from a snapshot. */
    public static boolean isRestored() {
        if (!restored && checkpoint0(false) != null)
            restored = true;
        return restored;
    }

    /**
     * The arguments the restored copy was started with, when it was
     * restored at {@link #checkpoint()}; empty otherwise (a copy restored
     * before main gets them as main's arguments).
     */
    public static String[] arguments() {
        return arguments.clone();
    }

    /**
     * With take, asks to be saved; without, only asks.  Returns the
     * restored copy's arguments, or null if this is not a restored copy;
     * throws IllegalStateException when the save is refused.
     */
    private static native String[] checkpoint0(boolean take);
}
