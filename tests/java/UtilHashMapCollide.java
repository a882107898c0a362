// Colliding String hashes ("Aa" and "BB" families) in HashMap: bucket chains, tree
// bins once a bucket holds more than eight keys, order after removals; and keys
// whose hashes differ only in high bits (the spreading function decides the bucket).
import java.util.*;

public class UtilHashMapCollide {
    record Key(int id) {
        @Override public int hashCode() { return 42; }
    }

    static List<String> family(int n) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (int i = 0; i < n; i++) {
            List<String> next = new ArrayList<>();
            for (String s : out) { next.add(s + "Aa"); next.add(s + "BB"); }
            out = next;
        }
        return out;
    }

    public static void main(String[] args) {
        List<String> fam = family(4);
        System.out.println(fam.size() + " all same hash: " + fam.stream().allMatch(s -> s.hashCode() == fam.get(0).hashCode()) + " " + fam.get(0).hashCode());
        Map<String, Integer> m = new HashMap<>();
        for (int i = fam.size() - 1; i >= 0; i--) m.put(fam.get(i), i);
        m.put("zebra", -1); m.put("apple", -2);
        System.out.println(m);
        for (int i = 0; i < fam.size(); i += 3) m.remove(fam.get(i));
        System.out.println(m);
        Map<Key, String> km = new HashMap<>();
        for (int i = 12; i > 0; i--) km.put(new Key(i), "v" + i);
        // Their order inside a tree bin depends on identity hashes: print it sorted.
        List<Integer> ids = new ArrayList<>();
        for (Key k : km.keySet()) ids.add(k.id());
        Collections.sort(ids);
        System.out.println("same-hash non-comparable keys: " + ids);
        StringBuilder sb = new StringBuilder();
        System.out.println(km.get(new Key(5)) + " " + km.containsKey(new Key(13)) + " " + km.remove(new Key(7)) + " " + km.size());
        Map<Integer, String> hi = new HashMap<>();
        for (int i = 0; i < 20; i++) hi.put(i << 16, "h" + i);
        for (int i = 0; i < 20; i++) hi.put(i << 20, "g" + i);
        System.out.println(hi.keySet());
        Set<String> s = new HashSet<>(List.of("Ea", "FB", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb"));
        System.out.println(s);
        Map<String, Integer> treeBin = new HashMap<>(64);
        List<String> many = family(5);
        for (String k : many) treeBin.put(k, k.length());
        treeBin.put("x", 1);
        Iterator<String> it = treeBin.keySet().iterator();
        sb.setLength(0);
        for (int i = 0; i < 6; i++) sb.append(it.next()).append(' ');
        System.out.println("tree bin first keys: " + sb.toString().trim());
        System.out.println(treeBin.get("AaBBAaBBAa") + " " + treeBin.get("AaAaAaAaAa") + " " + treeBin.get("AaAaAaAaAb"));
    }
}
