// The Map default methods on HashMap: getOrDefault, putIfAbsent, computeIfAbsent,
// computeIfPresent, compute, merge (removal with null), replace, replaceAll, remove(k,v),
// null keys and values, entry setValue, forEach.
import java.util.*;

public class UtilHashMapApi {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        System.out.println(m.put("a", 1) + " " + m.put("a", 2) + " " + m.get("a") + " " + m.get("zz") + " " + m.getOrDefault("zz", -1));
        System.out.println(m.putIfAbsent("a", 9) + " " + m.putIfAbsent("b", 3) + " " + m);
        System.out.println(m.computeIfAbsent("c", k -> k.length() * 10) + " " + m.computeIfAbsent("c", k -> 99) + " " + m.computeIfAbsent("d", k -> null) + " " + m.containsKey("d"));
        System.out.println(m.computeIfPresent("a", (k, v) -> v * 100) + " " + m.computeIfPresent("q", (k, v) -> 1) + " " + m.computeIfPresent("b", (k, v) -> null) + " " + m);
        System.out.println(m.compute("a", (k, v) -> v == null ? 0 : v + 1) + " " + m.compute("n", (k, v) -> v == null ? 0 : v + 1) + " " + m);
        System.out.println(m.merge("a", 5, Integer::sum) + " " + m.merge("m", 5, Integer::sum) + " " + m.merge("n", 1, (x, y) -> null) + " " + m);
        System.out.println(m.replace("a", 7) + " " + m.replace("zz", 7) + " " + m.replace("a", 7, 8) + " " + m.replace("a", 7, 9) + " " + m);
        System.out.println(m.remove("a", 1) + " " + m.remove("a", 8) + " " + m);
        m.replaceAll((k, v) -> v + k.length());
        System.out.println(m);
        m.put(null, 42);
        m.put("nv", null);
        System.out.println(m + " " + m.get(null) + " " + m.containsKey(null) + " " + m.containsValue(null) + " " + m.getOrDefault("nv", 5) + " " + m.putIfAbsent("nv", 6) + " " + m.get("nv"));
        for (Map.Entry<String, Integer> e : m.entrySet()) if (e.getValue() != null) e.setValue(e.getValue() * 2);
        System.out.println(m);
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append("->").append(v).append(';'));
        System.out.println(sb);
        Map<Character, List<String>> groups = new HashMap<>();
        for (String w : "ant bee cat ape bat cow ask".split(" ")) groups.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        System.out.println(groups);
        Map<String, Integer> counts = new HashMap<>();
        for (char c : "mississippi".toCharArray()) counts.merge(String.valueOf(c), 1, Integer::sum);
        System.out.println(counts);
        m.keySet().remove(null);
        m.values().remove(null);
        System.out.println(m + " " + m.size());
        m.clear();
        System.out.println(m + " " + m.isEmpty());
    }
}
