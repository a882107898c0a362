import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

// Chooses its own snapshot point: warms a cache and runs a thread, then
// calls plinth.Partition.checkpoint(); each restored copy goes on from
// there with its own arguments, environment and randomness.
public class SnapWarm {
    public static void main(String[] args) throws Exception {
        System.out.println("main " + Arrays.toString(args) + " restored=" + plinth.Partition.isRestored());
        List<String> cache = new ArrayList<>();
        for (int i = 0; i < 1000; i++)
            cache.add("entry" + i);
        Thread t = new Thread(() -> System.out.println("warm-up thread"));
        t.start();
        t.join();
        boolean restored = plinth.Partition.checkpoint();
        System.out.println("checkpoint " + restored + " isRestored=" + plinth.Partition.isRestored());
        System.out.println("args " + Arrays.toString(plinth.Partition.arguments()));
        System.out.println("env " + System.getenv("SNAP"));
        System.out.println("cache " + cache.size() + " " + cache.get(999));
        final long[] seen = new long[1];
        Thread t2 = new Thread(() -> seen[0] = new Random().nextLong());
        t2.start();
        t2.join();
        System.out.println("random " + seen[0]);
        System.out.println("now " + System.currentTimeMillis() / 1000);
        String[] a = plinth.Partition.arguments();
        System.exit(a.length > 0 ? Integer.parseInt(a[0]) : 0);
    }
}
