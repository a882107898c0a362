// TreeMap and the NavigableMap API: floor/ceiling/higher/lower (keys and entries),
// head/tail/subMap with inclusive flags, descending views, poll, first/last, and
// views writing through; entry toString and immutability of returned entries.
import java.util.*;

public class UtilTreeMapNav {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 10; i <= 100; i += 10) m.put(i, "v" + i);
        System.out.println(m);
        System.out.println(m.floorKey(35) + " " + m.floorKey(30) + " " + m.floorKey(5) + " " + m.ceilingKey(35) + " " + m.ceilingKey(101));
        System.out.println(m.higherKey(30) + " " + m.lowerKey(30) + " " + m.higherKey(100) + " " + m.lowerKey(10));
        System.out.println(m.floorEntry(55) + " " + m.ceilingEntry(55) + " " + m.firstEntry() + " " + m.lastEntry() + " " + m.firstKey() + " " + m.lastKey());
        System.out.println(m.headMap(40) + " " + m.headMap(40, true) + " " + m.tailMap(80) + " " + m.tailMap(80, false));
        System.out.println(m.subMap(20, 50) + " " + m.subMap(20, false, 50, true) + " " + m.subMap(25, 26));
        NavigableMap<Integer, String> desc = m.descendingMap();
        System.out.println(desc + " " + desc.firstKey() + " " + desc.headMap(70) + " " + desc.floorKey(35) + " " + desc.higherKey(35));
        System.out.println(m.navigableKeySet() + " " + m.descendingKeySet());
        SortedMap<Integer, String> head = m.headMap(50);
        head.remove(10);
        head.put(5, "five");
        try { head.put(60, "x"); } catch (IllegalArgumentException e) { System.out.println("out of range: " + e.getMessage()); }
        System.out.println(m);
        System.out.println(m.pollFirstEntry() + " " + m.pollLastEntry() + " " + m);
        Map.Entry<Integer, String> e = m.firstEntry();
        try { e.setValue("z"); } catch (UnsupportedOperationException ex) { System.out.println("entry setValue: UOE"); }
        TreeMap<String, Integer> words = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : "Banana apple Cherry apple BANANA date Apple".split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words + " " + words.get("APPLE") + " " + words.containsKey("cherry"));
        TreeMap<String, Integer> nat = new TreeMap<>();
        for (String w : "Banana apple Cherry apple BANANA date Apple _x 9 Ä".split(" ")) nat.merge(w, 1, Integer::sum);
        System.out.println(nat + " " + nat.comparator());
        TreeMap<Integer, Integer> empty = new TreeMap<>();
        System.out.println(empty.firstEntry() + " " + empty.pollFirstEntry() + " " + empty.floorKey(1));
        try { empty.firstKey(); } catch (NoSuchElementException ex) { System.out.println("firstKey empty: " + ex.getMessage()); }
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 1000; i++) big.put((i * 7919) % 1009, i);
        System.out.println(big.size() + " " + big.firstKey() + " " + big.lastKey() + " " + big.floorKey(500) + " " + big.subMap(100, 120).keySet() + " " + big.headMap(10).values());
        Iterator<Integer> it = big.keySet().iterator();
        while (it.hasNext()) if (it.next() % 2 == 1) it.remove();
        System.out.println(big.size() + " " + big.ceilingKey(501));
    }
}
