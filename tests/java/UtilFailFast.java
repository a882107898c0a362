// Fail-fast iterators: ConcurrentModificationException from ArrayList, LinkedList,
// HashMap, TreeMap, ArrayDeque; the documented non-throwing corner (removing the
// second-to-last element); iterator.remove, removeIf and ListIterator edits are safe.
import java.util.*;

public class UtilFailFast {
    interface Act { void run(); }

    static void t(String what, Act a) {
        try {
            a.run();
            System.out.println(what + ": ok");
        } catch (ConcurrentModificationException e) {
            System.out.println(what + ": CME " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        t("arraylist remove in foreach", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4, 5));
            for (Integer x : l) if (x == 2) l.remove(x);
        });
        t("arraylist remove second-to-last", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4, 5));
            for (Integer x : l) if (x == 4) l.remove(x);
            System.out.println("  left " + l);
        });
        t("linkedlist add in foreach", () -> {
            List<String> l = new LinkedList<>(List.of("a", "b", "c"));
            for (String s : l) if (s.equals("a")) l.add("d");
        });
        t("hashmap put in keySet loop", () -> {
            Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
            for (String k : m.keySet()) m.put(k + k, 0);
        });
        t("hashmap replace value in loop", () -> {
            Map<String, Integer> m = new HashMap<>();
            m.put("a", 1); m.put("b", 2);
            for (String k : m.keySet()) m.put(k, m.get(k) * 10);
            System.out.println("  " + m);
        });
        t("treemap remove in entry loop", () -> {
            TreeMap<Integer, Integer> m = new TreeMap<>();
            for (int i = 0; i < 5; i++) m.put(i, i);
            for (Map.Entry<Integer, Integer> e : m.entrySet()) if (e.getKey() == 1) m.remove(3);
        });
        t("arraydeque add in loop", () -> {
            ArrayDeque<Integer> d = new ArrayDeque<>(List.of(1, 2, 3));
            for (Integer x : d) if (x == 1) d.addLast(4);
        });
        t("iterator.remove", () -> {
            List<Integer> l = new ArrayList<>();
            for (int i = 0; i < 10; i++) l.add(i);
            for (Iterator<Integer> it = l.iterator(); it.hasNext();) if (it.next() % 2 == 0) it.remove();
            System.out.println("  " + l);
        });
        t("iterator.remove twice", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2));
            Iterator<Integer> it = l.iterator();
            it.next(); it.remove(); it.remove();
        });
        t("iterator.remove before next", () -> new ArrayList<>(List.of(1)).iterator().remove());
        t("removeIf", () -> {
            Map<Integer, String> m = new HashMap<>();
            for (int i = 0; i < 20; i++) m.put(i, "v" + i);
            m.entrySet().removeIf(e -> e.getKey() % 3 != 0);
            m.values().removeIf(v -> v.endsWith("9"));
            System.out.println("  " + m);
        });
        t("listIterator set/add", () -> {
            List<String> l = new ArrayList<>(List.of("a", "b", "c"));
            ListIterator<String> it = l.listIterator();
            while (it.hasNext()) { String s = it.next(); it.set(s.toUpperCase()); if (s.equals("b")) it.add("b2"); }
            System.out.println("  " + l);
        });
        t("subList after parent change", () -> {
            List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4));
            List<Integer> sub = l.subList(0, 2);
            l.add(5);
            sub.size();
        });
        t("sort in loop", () -> {
            List<Integer> l = new ArrayList<>(List.of(3, 1, 2));
            for (Integer x : l) Collections.sort(l);
        });
        t("next past end", () -> {
            Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator();
            it.next(); it.next();
        });
    }
}
