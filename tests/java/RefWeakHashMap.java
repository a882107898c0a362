import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.WeakHashMap;

// java.util.WeakHashMap: a map like the others while its keys are held;
// entries whose keys become unreachable go after a collection (size()).
public class RefWeakHashMap {
    static final class Key {
        final int id;

        Key(int id) {
            this.id = id;
        }

        public int hashCode() {
            return id * 31;
        }

        public boolean equals(Object o) {
            return o instanceof Key && ((Key) o).id == id;
        }

        public String toString() {
            return "K" + id;
        }
    }

    static void addGarbage(WeakHashMap<Object, String> m, int from, int n) {
        for (int i = from; i < from + n; i++)
            m.put(new Key(i), "v" + i);
    }

    // HotSpot enqueues cleared references on another thread: give it time.
    static boolean shrinksTo(Map<?, ?> m, int n) throws InterruptedException {
        for (int i = 0; i < 100 && m.size() != n; i++) {
            System.gc();
            Thread.sleep(10);
        }
        return m.size() == n;
    }

    // Once collections may have cleared entries, the table's size (and so
    // the iteration order) depends on when they ran: print sorted.
    static String sorted(Iterable<?> c) {
        java.util.TreeSet<String> t = new java.util.TreeSet<>();
        for (Object o : c)
            t.add(String.valueOf(o));
        return t.toString();
    }

    public static void main(String[] args) throws InterruptedException {
        WeakHashMap<Object, String> m = new WeakHashMap<>();
        ArrayList<Key> held = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Key k = new Key(i);
            held.add(k);
            m.put(k, "v" + i);
        }
        m.put(null, "null-value");
        m.put("s", "string");
        System.out.println("size " + m.size() + " get K3 " + m.get(new Key(3)) + " null " + m.get(null));
        // The null key's place depends on an identity hash: not printed.
        System.out.println("remove null " + m.remove(null) + " containsKey null " + m.containsKey(null));
        System.out.println(m);
        System.out.println("containsKey K5 " + m.containsKey(new Key(5)) + " containsValue v7 " + m.containsValue("v7")
                + " containsValue zz " + m.containsValue("zz"));
        System.out.println("put again " + m.put(held.get(4), "four") + " remove K6 " + m.remove(new Key(6))
                + " remove K99 " + m.remove(new Key(99)));

        addGarbage(m, 100, 50);
        System.out.println("with garbage keys: " + (m.size() >= 20));
        System.out.println("garbage gone: " + shrinksTo(m, 20));
        System.out.println(sorted(m.entrySet()));

        // Dropping held keys: their entries go too.
        for (int i = 0; i < 10; i++)
            held.set(i, null);
        System.out.println("dropped keys gone: " + shrinksTo(m, 11));
        System.out.println(sorted(m.keySet()));
        System.out.println(sorted(m.values()));

        Iterator<Map.Entry<Object, String>> it = m.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Object, String> e = it.next();
            if (e.getKey() instanceof Key && ((Key) e.getKey()).id % 2 == 0)
                it.remove();
            else if (e.getKey() instanceof Key)
                e.setValue("odd");
        }
        System.out.println("after iterator: " + sorted(m.entrySet()));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append(':').append(v).append(' '));
        System.out.println("forEach: " + sb.length());
        m.replaceAll((k, v) -> v + "!");
        System.out.println("replaceAll: " + sorted(m.entrySet()));

        HashMap<Object, String> copy = new HashMap<>(m);
        WeakHashMap<Object, String> m2 = new WeakHashMap<>(copy);
        System.out.println("equals copy: " + m2.equals(m) + " " + m.equals(copy) + " hash " + (m.hashCode() == copy.hashCode()));
        m.clear();
        System.out.println("cleared: " + m.size() + " " + m.isEmpty() + " " + m);

        // Growth and a large map.
        WeakHashMap<Object, Integer> big = new WeakHashMap<>(4);
        ArrayList<Object> keys = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String k = "key" + i;
            keys.add(k);
            big.put(k, i);
        }
        long sum = 0;
        for (Object k : keys)
            sum += big.get(k);
        System.out.println("big: " + big.size() + " sum " + sum);
        for (int i = 0; i < 2000; i += 2)
            keys.set(i, null);
        System.out.println("big halved: " + shrinksTo(big, 1000));
        try {
            new WeakHashMap<String, String>(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new WeakHashMap<String, String>(4, 0f);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        java.lang.ref.Reference.reachabilityFence(held);
        java.lang.ref.Reference.reachabilityFence(keys);
    }
}
