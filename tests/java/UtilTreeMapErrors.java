// TreeMap/TreeSet with null keys and incomparable keys; nullsFirst comparators accept
// nulls. Only exception classes are printed where the JDK's message names its internals.
import java.util.*;

public class UtilTreeMapErrors {
    static class NoCmp { }

    interface Act { Object run(); }

    static void t(String what, Act a) {
        try {
            System.out.println(what + ": " + a.run());
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    public static void main(String[] args) {
        TreeMap<String, Integer> m = new TreeMap<>();
        m.put("a", 1);
        t("put null", () -> m.put(null, 1));
        t("get null", () -> m.get(null));
        t("containsKey null", () -> m.containsKey(null));
        t("remove null", () -> m.remove(null));
        t("null value ok", () -> m.put("b", null));
        t("map", () -> m);
        t("empty put null", () -> new TreeMap<String, Integer>().put(null, 1));
        t("treeset add null", () -> new TreeSet<String>(List.of("x")).add(null));
        t("incomparable", () -> new TreeSet<Object>().add(new NoCmp()));
        t("mixed types", () -> { TreeSet<Object> s = new TreeSet<>(); s.add("a"); s.add(1); return s; });
        TreeMap<String, Integer> nf = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        nf.put("b", 2); nf.put(null, 0); nf.put("a", 1);
        t("nullsFirst", () -> nf + " " + nf.firstKey() + " " + nf.get(null));
        TreeMap<String, Integer> nl = new TreeMap<>(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        nl.put("b", 2); nl.put(null, 0); nl.put("a", 1); nl.put("c", 3);
        t("nullsLast reversed", () -> nl + " " + nl.lastKey() + " " + nl.headMap("a"));
        t("subMap from>to", () -> new TreeMap<>(Map.of(1, 1, 5, 5)).subMap(5, 1));
        t("treeset first empty", () -> new TreeSet<Integer>().first());
        t("treeset pollFirst empty", () -> new TreeSet<Integer>().pollFirst());
        t("lastEntry empty", () -> new TreeMap<Integer, Integer>().lastEntry());
    }
}
