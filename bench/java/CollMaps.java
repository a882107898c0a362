// CollMaps: the map and set work of ordinary programs.  HashMap with String
// keys (word counts with merge, lookups that hit and miss, removal), HashSet
// and HashMap with Integer keys (boxing, the Integer cache's edge), a
// LinkedHashMap in access order as an LRU cache (removeEldestEntry), and
// TreeMap navigation (floor/ceiling/higher, headMap/subMap views,
// pollFirstEntry).  Prints checksums of what it read back.
// Usage: CollMaps [rounds]
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

public class CollMaps {
    static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;

        Lru(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
        }
    }

    // A small deterministic generator, so the workload does not depend on
    // java.util.Random's cost.
    static int seed = 12345;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        String[] words = new String[4000];
        for (int i = 0; i < words.length; i++)
            words[i] = "w" + Integer.toString(i * 7919 % 100003, 36) + (i % 13);
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            sum = sum * 31 + stringKeys(words, r);
            sum = sum * 31 + integerKeys(r);
            sum = sum * 31 + lru(words, r);
            sum = sum * 31 + treeNavigation(r);
        }
        System.out.println("collmaps checksum " + sum);
    }

    // Word counts: merge, get with hits and misses, iteration, removal.
    static long stringKeys(String[] words, int r) {
        HashMap<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20000; i++)
            counts.merge(words[next(words.length)], 1, Integer::sum);
        long s = counts.size();
        for (int i = 0; i < 20000; i++) {
            Integer c = counts.get(words[(i * 31 + r) % words.length]);
            s += c == null ? -1 : c;
            if (counts.containsKey("missing" + (i & 63)))
                s += 1000;
        }
        for (Map.Entry<String, Integer> e : counts.entrySet())
            s += e.getKey().length() * e.getValue();
        Iterator<String> it = counts.keySet().iterator();
        while (it.hasNext())
            if ((it.next().hashCode() & 3) == 0)
                it.remove();
        s = s * 7 + counts.size();
        for (String w : words)
            counts.remove(w);
        return s * 7 + counts.size();
    }

    // Integer keys: a set of seen values, a map of squares, boxing both ways.
    static long integerKeys(int r) {
        HashSet<Integer> seen = new HashSet<>();
        HashMap<Integer, Long> squares = new HashMap<>();
        long s = 0;
        for (int i = 0; i < 30000; i++) {
            int v = next(50000) - 200;
            if (!seen.add(v))
                s += v;
            squares.put(v, (long) v * v + r);
        }
        for (int i = -200; i < 50000; i += 7) {
            if (seen.contains(i))
                s += 3;
            Long q = squares.get(i);
            if (q != null)
                s += q & 0xffff;
        }
        for (int i = 0; i < 50000; i += 3)
            seen.remove(i);
        return s * 7 + seen.size() + squares.size();
    }

    // An LRU cache in front of a "slow" computation: hits, misses, evictions.
    static long lru(String[] words, int r) {
        Lru<String, Integer> cache = new Lru<>(500);
        long hits = 0, misses = 0, s = 0;
        for (int i = 0; i < 30000; i++) {
            // Skewed: most requests go to a few hundred words.
            int k = next(8) == 0 ? next(words.length) : next(600);
            String w = words[k];
            Integer v = cache.get(w);
            if (v == null) {
                misses++;
                v = w.hashCode() ^ r;
                cache.put(w, v);
            } else {
                hits++;
            }
            s += v & 0xff;
        }
        int n = 0;
        for (String w : cache.keySet()) {   // eldest first
            if (n++ < 10)
                s = s * 31 + w.hashCode();
        }
        return s + hits * 1000003 + misses;
    }

    // TreeMap as an ordered index: navigation and range views.
    static long treeNavigation(int r) {
        TreeMap<Integer, String> tree = new TreeMap<>();
        for (int i = 0; i < 8000; i++) {
            int k = next(100000);
            tree.put(k, "v" + (k & 255));
        }
        long s = tree.size() + tree.firstKey() + tree.lastKey();
        for (int i = 0; i < 8000; i++) {
            int q = next(100000);
            Integer f = tree.floorKey(q);
            Map.Entry<Integer, String> c = tree.ceilingEntry(q);
            Integer h = tree.higherKey(q);
            s += (f == null ? 0 : q - f) + (c == null ? 0 : c.getValue().length())
                    + (h == null ? 0 : h & 15);
        }
        for (int i = 0; i < 40; i++) {
            int lo = next(90000);
            s += tree.subMap(lo, lo + 5000).size();
            s += tree.headMap(lo).size() & 7;
        }
        for (int i = 0; i < 2000; i++)
            s += tree.pollFirstEntry().getKey() & 31;
        for (Map.Entry<Integer, String> e : tree.descendingMap().entrySet()) {
            s += e.getKey() & 1;
            if (e.getKey() < 50000)
                break;
        }
        return s * 7 + tree.size() + r;
    }
}
