import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

// Snapshotted at the default point: its static initializer runs in the
// snapshot run; each restored copy's main gets the copy's arguments.
public class SnapMain {
    static final Map<String, Integer> TABLE = new HashMap<>();
    static {
        for (int i = 0; i < 500; i++)
            TABLE.put("k" + i, i * i);
        System.out.println("initialized " + TABLE.size());
    }

    public static void main(String[] args) {
        System.out.println("main " + Arrays.toString(args) + " restored=" + plinth.Partition.isRestored());
        System.out.println("k12=" + TABLE.get("k12") + " env=" + System.getenv("SNAP"));
        System.out.println("prop=" + System.getProperty("snap.prop") + " cp=" + System.getProperty("java.class.path"));
        System.out.println("now " + System.currentTimeMillis() / 1000);
        System.exit(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    }
}
