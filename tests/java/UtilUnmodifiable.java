// Immutable and unmodifiable collections: List.of/Set.of/Map.of refuse writes and nulls
// with the JDK's exceptions and messages, copyOf, unmodifiable views see the backing
// collection change, Map.ofEntries; unordered sets are printed sorted.
import java.util.*;

public class UtilUnmodifiable {
    interface Act { Object run(); }

    static void t(String what, Act a) {
        try {
            System.out.println(what + ": " + a.run());
        } catch (NullPointerException e) {
            System.out.println(what + ": NullPointerException");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        List<Integer> lo = List.of(1, 2, 3);
        t("List.of add", () -> lo.add(4));
        t("List.of set", () -> lo.set(0, 4));
        t("List.of remove", () -> lo.remove(0));
        t("List.of clear", () -> { lo.clear(); return null; });
        t("List.of sort", () -> { lo.sort(null); return lo; });
        t("List.of(null)", () -> List.of((Object) null));
        t("List.of contains null", () -> lo.contains(null));
        t("List.of indexOf null", () -> lo.indexOf(null));
        t("Set.of dup", () -> Set.of("a", "b", "a"));
        t("Map.of dup", () -> Map.of("k", 1, "k", 2));
        t("Map.of null value", () -> Map.of("k", null));
        t("Map.of get missing", () -> Map.of("a", 1).get("b"));
        t("Map.of put", () -> Map.of("a", 1).put("b", 2));
        t("Map.of getOrDefault", () -> Map.of("a", 1).getOrDefault("z", 0));
        t("Map.entry null", () -> Map.entry(null, 1));
        t("List.copyOf", () -> List.copyOf(new ArrayList<>(List.of(3, 1, 2))));
        t("List.copyOf null elem", () -> List.copyOf(Arrays.asList(1, null)));
        t("Set.copyOf dups", () -> new TreeSet<>(Set.copyOf(List.of(3, 3, 1, 2, 1))));
        t("Set.of sorted", () -> new TreeSet<>(Set.of("pear", "fig", "apple", "kiwi")));
        t("Map.of sorted", () -> new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3)));
        t("Map.ofEntries sorted", () -> new TreeMap<>(Map.ofEntries(Map.entry(2, "two"), Map.entry(1, "one"))));
        t("Map.of size/contains", () -> Map.of(1, 2, 3, 4).size() + " " + Map.of(1, 2).containsKey(1) + " " + Map.of(1, 2).containsValue(2));
        t("List.of equals", () -> List.of(1, 2).equals(Arrays.asList(1, 2)) + " " + List.of(1, 2).hashCode());
        t("List.of iterator remove", () -> { Iterator<Integer> it = lo.iterator(); it.next(); it.remove(); return null; });
        List<String> backing = new ArrayList<>(List.of("x"));
        List<String> view = Collections.unmodifiableList(backing);
        t("unmodifiable add", () -> view.add("y"));
        backing.add("z");
        t("view sees change", () -> view);
        t("unmodifiableMap put", () -> Collections.unmodifiableMap(new HashMap<String, Integer>()).put("a", 1));
        t("unmodifiableMap entry setValue", () -> Collections.unmodifiableMap(new HashMap<>(Map.of("a", 1))).entrySet().iterator().next().setValue(2));
        t("unmodifiableSet remove", () -> Collections.unmodifiableSet(new HashSet<>(Set.of(1))).remove(1));
        t("unmodifiableCollection toString", () -> Collections.unmodifiableCollection(new ArrayList<>(List.of(1, 2))));
        t("emptyList add", () -> Collections.emptyList().add(null));
        t("singletonList set", () -> Collections.singletonList(1).set(0, 2));
        t("nCopies set", () -> Collections.nCopies(2, "a").set(0, "b"));
        t("stream toList add", () -> java.util.stream.Stream.of(1).toList().add(2));
        t("subList of List.of", () -> lo.subList(1, 3));
        t("List.of 12 elems", () -> List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        t("unmodifiable sorted", () -> Collections.unmodifiableSortedSet(new TreeSet<>(List.of(2, 1))).first());
    }
}
