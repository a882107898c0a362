// ConcurrentSkipListMap/Set: sorted order, navigation, head/tail/sub/descending
// views that write through, a live iterator that sees a later insertion and
// removes, merge/computeIfAbsent, null keys, a reverse-ordered set filled by threads.
import java.util.*;
import java.util.concurrent.*;
public class LibSkipList {
    public static void main(String[] a) throws Exception {
        ConcurrentSkipListMap<String, Integer> m = new ConcurrentSkipListMap<>();
        for (String s : "pear apple fig kiwi banana cherry date".split(" ")) m.put(s, s.length());
        System.out.println(m + " " + m.firstKey() + " " + m.lastEntry() + " " + m.ceilingKey("c") + " " + m.floorEntry("d") + " " + m.higherKey("pear"));
        System.out.println(m.headMap("fig") + " " + m.tailMap("kiwi", false) + " " + m.subMap("b", "e") + " " + m.descendingMap() + " " + m.descendingKeySet());
        ConcurrentNavigableMap<String, Integer> sub = m.subMap("b", true, "g", true);
        sub.put("egg", 3);
        System.out.println(m.containsKey("egg") + " " + sub.size() + " " + m.pollFirstEntry() + " " + m.keySet());
        Iterator<String> it = m.keySet().iterator();
        m.put("zz", 1);
        int n = 0; while (it.hasNext()) { if (it.next().startsWith("k")) it.remove(); n++; }
        System.out.println(n + " " + m + " " + m.merge("fig", 10, Integer::sum) + " " + m.computeIfAbsent("a", k -> 0));
        try { m.put(null, 1); } catch (NullPointerException e) { System.out.println("NPE"); }
        ConcurrentSkipListSet<Integer> s = new ConcurrentSkipListSet<>(Comparator.reverseOrder());
        ExecutorService ex = Executors.newFixedThreadPool(3);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 3; t++) { int b = t; fs.add(ex.submit(() -> { for (int i = 0; i < 50; i++) s.add(i * 3 + b); })); }
        for (Future<?> f : fs) f.get();
        ex.shutdown();
        System.out.println(s.size() + " " + s.first() + " " + s.last() + " " + s.headSet(140) + " " + s.pollFirst() + " " + s.ceiling(100) + " " + s.descendingSet().first());
    }
}
