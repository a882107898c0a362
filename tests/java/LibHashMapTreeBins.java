// HashMap tree bins (8+ keys in one bucket of a 64+ table): iteration order
// after puts, removes (by key, by iterator, removeIf), computes and merges
// and resizes, with Comparable colliding keys (Strings of one hash family,
// Integers with one spread hash, a Comparable record) and HashSet.
import java.util.*;

public class LibHashMapTreeBins {
    record Ck(int id) implements Comparable<Ck> {
        @Override public int hashCode() { return (id % 3) * 64; }
        @Override public int compareTo(Ck o) { return Integer.compare(id, o.id); }
    }

    static List<String> family(int n) {
        List<String> out = new ArrayList<>(List.of(""));
        for (int i = 0; i < n; i++) {
            List<String> next = new ArrayList<>();
            for (String s : out) { next.add(s + "Aa"); next.add(s + "BB"); }
            out = next;
        }
        return out;
    }

    public static void main(String[] args) {
        Random r = new Random(42);
        List<String> fam = family(5);
        Map<String, Integer> m = new HashMap<>(128);
        for (int step = 0; step < 400; step++) {
            String k = fam.get(r.nextInt(fam.size()));
            switch (r.nextInt(5)) {
                case 0, 1 -> m.put(k, step);
                case 2 -> m.remove(k);
                case 3 -> m.merge(k, 1, Integer::sum);
                default -> m.computeIfAbsent(k, x -> -1);
            }
            if (step % 40 == 39) System.out.println(m.keySet());
        }
        Iterator<String> it = m.keySet().iterator();
        for (int i = 0; it.hasNext(); i++) { it.next(); if (i % 3 == 0) it.remove(); }
        System.out.println(m);
        m.keySet().removeIf(s -> s.startsWith("BB"));
        System.out.println(m);

        Map<Ck, Integer> c = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            Ck k = new Ck(r.nextInt(200));
            if (r.nextInt(4) == 0) c.remove(k); else c.put(k, i);
            if (i % 60 == 59) System.out.println(c.keySet());
        }
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            int v = r.nextInt(40) * 1024;
            if (r.nextBoolean()) ints.add(v); else ints.remove(v);
        }
        System.out.println(ints);
        Map<Double, String> d = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            double x = r.nextInt(64) / 2.0 - 16;
            if (r.nextInt(3) == 0) d.remove(x); else d.put(x, "v" + i);
        }
        System.out.println(d.keySet());
    }
}
