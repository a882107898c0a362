// toString of collections and maps: empty, nested, with nulls, arrays inside (identity
// strings are not printed), and collections that contain themselves.
import java.util.*;

public class UtilCollectionToString {
    public static void main(String[] args) {
        System.out.println(new ArrayList<>() + " " + new HashMap<>() + " " + new TreeSet<>() + " " + new ArrayDeque<>() + " " + Collections.emptyMap());
        List<Object> nested = new ArrayList<>();
        nested.add(List.of(1, 2));
        nested.add(new ArrayList<>(List.of(List.of(), List.of(List.of("deep")))));
        nested.add(new TreeMap<>(Map.of("k", List.of(1), "j", new TreeMap<>(Map.of(1, 2)))));
        nested.add(null);
        nested.add("");
        nested.add(Optional.of(List.of('x')));
        System.out.println(nested);
        List<Object> self = new ArrayList<>();
        self.add(1);
        self.add(self);
        self.add("end");
        System.out.println(self);
        Map<String, Object> sm = new HashMap<>();
        sm.put("me", sm);
        sm.put("n", 1);
        System.out.println(sm);
        Map<Object, Object> keyself = new LinkedHashMap<>();
        keyself.put("a", "b");
        keyself.put(keyself, "v");
        System.out.println(keyself);
        Set<Object> setself = new LinkedHashSet<>();
        setself.add("x");
        System.out.println(setself);
        LinkedList<Object> ll = new LinkedList<>();
        ll.add(ll);
        System.out.println(ll);
        ArrayDeque<Object> dq = new ArrayDeque<>();
        dq.add("q");
        dq.add(new ArrayList<>(List.of(dq.size())));
        System.out.println(dq);
        Map<String, String> nulls = new LinkedHashMap<>();
        nulls.put(null, null);
        nulls.put("k", null);
        nulls.put(null, "v");
        System.out.println(nulls);
        System.out.println(new Vector<>(List.of(1, 2)) + " " + new Stack<>() + " " + new Hashtable<>(Map.of("one", 1)) + " " + Collections.singletonMap("s", 1) + " " + Collections.nCopies(3, "ab"));
        System.out.println(new TreeMap<>(Map.of(1, "a", 2, "b")).entrySet() + " " + new TreeMap<>(Map.of(1, "a")).keySet() + " " + new TreeMap<>(Map.of(1, "a")).values());
        System.out.println(Map.entry("k", "v") + " " + new AbstractMap.SimpleEntry<>("k", 1) + " " + new AbstractMap.SimpleImmutableEntry<>(null, null));
        System.out.println(Arrays.asList(1, null, 3) + " " + List.of("a", "b").subList(1, 2) + " " + Collections.unmodifiableList(new ArrayList<>(List.of(0))));
        System.out.println(Arrays.asList(new String[]{"x", "y"}) + " " + Arrays.toString(new Object[]{null, List.of(1)}) + " " + Arrays.deepToString(new Object[]{new int[]{1, 2}, new String[]{"a"}, null, new Object[]{new long[]{3}}}));
        Object[] cyc = new Object[2];
        cyc[0] = "c";
        cyc[1] = cyc;
        System.out.println(Arrays.deepToString(cyc));
        StringBuilder sb = new StringBuilder();
        sb.append(List.of(1)).append(Map.of()).append(Set.of()).append(new BitSet());
        System.out.println(sb);
    }
}
