// Iteration order of ConcurrentHashMap, Hashtable and HashMap against the JDK
// after random puts, removes, merges and computes (fixed seed), with keys that
// collide in small tables, copies of each, and removal through a key view.
import java.util.*;
import java.util.concurrent.*;

public class LibHashOrderRandom {
    public static void main(String[] a) {
        Random r = new Random(11L);
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 20; round++) {
            int cap = r.nextInt(40);
            ConcurrentHashMap<Object, Integer> c = r.nextBoolean() ? new ConcurrentHashMap<>() : new ConcurrentHashMap<>(cap);
            Hashtable<Object, Integer> h = r.nextBoolean() ? new Hashtable<>() : new Hashtable<>(cap + 1);
            HashMap<Object, Integer> m = new HashMap<>();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                Object k = switch (r.nextInt(4)) { case 0 -> r.nextInt(500); case 1 -> "s" + r.nextInt(300); case 2 -> (long) r.nextInt(100) << 32; default -> r.nextInt(64) * 64 * 1024; };
                switch (r.nextInt(6)) {
                    case 0, 1 -> { c.put(k, i); h.put(k, i); m.put(k, i); }
                    case 2 -> { c.remove(k); h.remove(k); m.remove(k); }
                    case 3 -> { c.merge(k, 1, Integer::sum); h.merge(k, 1, Integer::sum); m.merge(k, 1, Integer::sum); }
                    case 4 -> { c.computeIfAbsent(k, x -> 7); h.computeIfAbsent(k, x -> 7); m.computeIfAbsent(k, x -> 7); }
                    default -> { c.putIfAbsent(k, -i); h.putIfAbsent(k, -i); m.putIfAbsent(k, -i); }
                }
            }
            sb.append(c).append('\n').append(h).append('\n').append(m).append('\n');
            sb.append(new ConcurrentHashMap<>(m)).append('\n').append(new Hashtable<>(m)).append('\n');
            c.keySet().removeIf(k -> k.hashCode() % 3 == 0);
            sb.append(c.keySet()).append(' ').append(c.values()).append('\n');
        }
        System.out.print(sb);
    }
}
