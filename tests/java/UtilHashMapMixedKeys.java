// One HashMap<Object,...> holding keys of many types at once: Strings, Integers
// (negative, large), Longs, Doubles, Characters, Booleans, records, Lists and Sets
// (hash by contents), nulls; its JDK iteration order through growth, removal and
// re-insertion, and what happens when a mutable key changes.
import java.util.*;

public class UtilHashMapMixedKeys {
    record Pair(String a, int b) {}

    public static void main(String[] args) {
        Map<Object, String> m = new HashMap<>();
        Object[] keys = {"alpha", -1, 1L, 1.0, 'a', true, new Pair("p", 1), List.of(1, 2), Set.of(3), null, "", 0, -0.0, 0.0, Integer.MIN_VALUE, Long.MAX_VALUE, "Aa", "BB",
                         new Pair(null, 0), List.of(), Map.of(1, 1), (byte) 5, (short) 5, 5, 5L, 5.0f, "5", '5', new ArrayList<>(List.of("x"))};
        for (int i = 0; i < keys.length; i++) m.put(keys[i], "v" + i);
        System.out.println(m.size() + " " + m);
        for (Object k : new Object[]{"alpha", 1L, 'a', List.of(1, 2), null, 5}) m.remove(k);
        System.out.println(m);
        m.put("alpha", "back");
        m.put(List.of(1, 2), "list again");
        System.out.println(m.keySet());
        List<String> mutable = new ArrayList<>(List.of("k"));
        Map<Object, Integer> mm = new HashMap<>();
        mm.put(mutable, 1);
        mutable.add("changed");
        System.out.println(mm.get(mutable) + " " + mm.containsKey(List.of("k")) + " " + mm.size() + " " + mm.keySet().iterator().next());
        Map<Object, Integer> grow = new HashMap<>();
        for (int i = 0; i < 200; i++) grow.put(i % 3 == 0 ? (Object) ("s" + i) : i % 3 == 1 ? (Object) (long) -i : (Object) new Pair("r", i), i);
        long h = 0;
        for (Object k : grow.keySet()) h = h * 31 + k.hashCode();
        System.out.println(grow.size() + " order digest " + h + " map hash " + grow.hashCode());
    }
}
