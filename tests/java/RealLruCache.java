// LRU caches two ways: LinkedHashMap in access order with removeEldestEntry, and a
// hand-written HashMap + doubly linked list; both replay the same access trace and must
// agree on hits, misses, evictions and final order; then a memoizing loader with stats.
import java.util.*;
import java.util.function.Function;

public class RealLruCache {
    static final class LhmLru<K, V> extends LinkedHashMap<K, V> {
        final int cap; int evictions;
        LhmLru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> e) { if (size() > cap) { evictions++; return true; } return false; }
    }

    static final class ListLru<K, V> {
        final class Node { K k; V v; Node prev, next; }
        final Map<K, Node> map = new HashMap<>();
        final Node head = new Node(), tail = new Node();
        final int cap; int evictions;
        ListLru(int cap) { this.cap = cap; head.next = tail; tail.prev = head; }
        void unlink(Node n) { n.prev.next = n.next; n.next.prev = n.prev; }
        void pushBack(Node n) { n.prev = tail.prev; n.next = tail; tail.prev.next = n; tail.prev = n; }
        V get(K k) { Node n = map.get(k); if (n == null) return null; unlink(n); pushBack(n); return n.v; }
        void put(K k, V v) {
            Node n = map.get(k);
            if (n != null) { n.v = v; unlink(n); pushBack(n); return; }
            n = new Node(); n.k = k; n.v = v; map.put(k, n); pushBack(n);
            if (map.size() > cap) { Node old = head.next; unlink(old); map.remove(old.k); evictions++; }
        }
        List<K> order() { List<K> l = new ArrayList<>(); for (Node n = head.next; n != tail; n = n.next) l.add(n.k); return l; }
    }

    public static void main(String[] args) {
        LhmLru<Integer, String> a = new LhmLru<>(8);
        ListLru<Integer, String> b = new ListLru<>(8);
        int hitsA = 0, hitsB = 0, x = 7;
        for (int i = 0; i < 3000; i++) {
            x = (x * 1103515245 + 12345) & 0x7fffffff;
            int key = (x >> 8) % (i % 500 < 250 ? 10 : 40);
            if (a.get(key) != null) hitsA++; else a.put(key, "v" + key);
            if (b.get(key) != null) hitsB++; else b.put(key, "v" + key);
        }
        System.out.println(hitsA + " " + hitsB + " " + a.evictions + " " + b.evictions + " " + new ArrayList<>(a.keySet()).equals(b.order()));
        System.out.println(a.keySet() + " " + b.order());
        a.put(a.keySet().iterator().next(), "refreshed");
        System.out.println("after put of eldest: " + a.keySet());
        Map<String, Integer> loads = new TreeMap<>();
        LhmLru<String, Integer> cache = new LhmLru<>(3);
        Function<String, Integer> loader = k -> { loads.merge(k, 1, Integer::sum); return k.length() * 10; };
        StringBuilder sb = new StringBuilder();
        for (String k : "alpha beta alpha gamma delta alpha beta beta epsilon alpha".split(" ")) sb.append(cache.computeIfAbsent(k, loader)).append(' ');
        System.out.println(sb.toString().trim() + " | loads " + loads + " | cache " + cache + " | evictions " + cache.evictions);
    }
}
