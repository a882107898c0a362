// ConcurrentHashMap: the Map API (no null keys or values), its iteration order for
// String and Integer keys, compute/merge under contention from four threads (the final
// counts are exact), keySet views, mappingCount, newKeySet, and reductions.
import java.util.*;
import java.util.concurrent.*;

public class ConcHashMap {
    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (String s : "one two three four five six seven eight nine ten eleven twelve".split(" ")) m.put(s, s.length());
        System.out.println(m);
        System.out.println(m.putIfAbsent("one", 100) + " " + m.putIfAbsent("zero", 0) + " " + m.computeIfAbsent("x", k -> 9) + " " + m.computeIfPresent("two", (k, v) -> v * 10) + " " + m.merge("three", 1, Integer::sum)
                + " " + m.replace("four", 4, 44) + " " + m.remove("five", 0) + " " + m.getOrDefault("nope", -1));
        try { m.put(null, 1); } catch (NullPointerException e) { System.out.println("null key: NPE"); }
        try { m.put("k", null); } catch (NullPointerException e) { System.out.println("null value: NPE"); }
        try { m.get(null); } catch (NullPointerException e) { System.out.println("get(null): NPE"); }
        System.out.println(m.containsKey("x") + " " + m.containsValue(44) + " " + m.mappingCount() + " " + m.size());
        ConcurrentHashMap<Integer, Integer> nums = new ConcurrentHashMap<>();
        for (int i = -20; i < 40; i += 3) nums.put(i * 37, i);
        System.out.println(nums.keySet());
        ConcurrentHashMap<String, Long> counts = new ConcurrentHashMap<>();
        ExecutorService ex = Executors.newFixedThreadPool(4);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            fs.add(ex.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    counts.merge("k" + (i % 10), 1L, Long::sum);
                    counts.compute("total", (k, v) -> v == null ? 1 : v + 1);
                    if (i % 100 == 0) counts.merge("thread" + id, 1L, Long::sum);
                }
            }));
        }
        for (Future<?> f : fs) f.get();
        ex.shutdown();
        System.out.println(ex.awaitTermination(30, TimeUnit.SECONDS) + " " + new TreeMap<>(counts));
        System.out.println(counts.reduceValuesToLong(1, v -> v, 0L, Long::sum) + " " + counts.search(1, (k, v) -> k.equals("k3") ? v : null) + " " + counts.reduceKeys(1, (a, b) -> a.compareTo(b) < 0 ? a : b));
        Set<String> ks = ConcurrentHashMap.newKeySet();
        ks.add("b"); ks.add("a"); ks.add("b");
        System.out.println(ks + " " + m.keySet(0).getMappedValue());
        Iterator<String> it = m.keySet().iterator();
        m.put("added-during-iteration", 1);
        int n = 0;
        while (it.hasNext()) { it.next(); n++; }
        System.out.println("weakly consistent iteration, no CME: " + (n >= m.size() - 1));
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(m).forEach((k, v) -> sb.append(k.charAt(0)).append(v));
        System.out.println(sb);
    }
}
