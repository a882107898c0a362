// LinkedHashMap: insertion order (re-put keeps place), access order (get and put move a
// key to the end, getOrDefault too), removeEldestEntry as an LRU cache, LinkedHashSet.
import java.util.*;

public class UtilLinkedHashMap {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> e) { return size() > cap; }
    }

    public static void main(String[] args) {
        Map<String, Integer> ins = new LinkedHashMap<>();
        for (String s : "pear apple fig apple kiwi pear lime".split(" ")) ins.merge(s, 1, Integer::sum);
        System.out.println(ins);
        ins.remove("fig"); ins.put("fig", 9); ins.put("pear", 0);
        System.out.println(ins + " " + ins.keySet() + " " + ins.values());
        LinkedHashMap<Integer, String> acc = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 1; i <= 6; i++) acc.put(i, "v" + i);
        acc.get(2); acc.get(4); acc.put(1, "one"); acc.getOrDefault(3, "x"); acc.get(99);
        System.out.println(acc);
        acc.putIfAbsent(5, "no"); acc.compute(6, (k, v) -> v + "!"); acc.merge(2, "+", String::concat);
        System.out.println(acc);
        acc.containsKey(4);
        System.out.println("containsKey does not move: " + acc.keySet());
        Lru<String, Integer> lru = new Lru<>(3);
        String[] ops = {"a", "b", "c", "a", "d", "b", "e", "a", "c"};
        for (String op : ops) {
            if (lru.get(op) == null) lru.put(op, op.charAt(0) - 'a');
            System.out.print(lru.keySet() + " ");
        }
        System.out.println();
        Set<Integer> lhs = new LinkedHashSet<>();
        for (int x : new int[]{5, 3, 5, 1, 3, 9, 0, -4, 1}) lhs.add(x);
        System.out.println(lhs + " " + lhs.remove(3) + " " + lhs.add(3) + " " + lhs);
        LinkedHashMap<String, Integer> copy = new LinkedHashMap<>(ins);
        System.out.println(copy.equals(new HashMap<>(ins)) + " " + copy.entrySet());
        Iterator<Map.Entry<String, Integer>> it = copy.entrySet().iterator();
        it.next(); it.remove();
        System.out.println(copy);
        Lru<Integer, Integer> big = new Lru<>(50);
        for (int i = 0; i < 2000; i++) { int k = (i * 37) % 97; if (big.get(k) == null) big.put(k, i); }
        System.out.println(big.size() + " " + big.keySet().iterator().next() + " " + big.keySet());
    }
}
