// List.of/Set.of/Map.of mutators and bad indexes: which exception, with
// which message (List.of of one or two elements, of more, and their
// subLists differ in the JDK), list iterators, Map.of's entry sets.
import java.util.*;

public class LibImmutableLists {
    static void t(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        List<List<String>> lists = List.of(List.of(), List.of("a"), List.of("a", "b"), List.of("a", "b", "c"), List.copyOf(new ArrayList<>(List.of("w", "x", "y", "z"))),
                                           List.of("a", "b", "c").subList(1, 3), List.of("a", "b", "c", "d").subList(0, 1));
        for (List<String> l : lists) {
            String n = l.toString();
            t(n + " get(5)", () -> l.get(5));
            t(n + " get(-1)", () -> l.get(-1));
            t(n + " add", () -> l.add("z"));
            t(n + " add(0)", () -> l.add(0, "z"));
            t(n + " set", () -> l.set(0, "z"));
            t(n + " remove(0)", () -> l.remove(0));
            t(n + " remove(o)", () -> l.remove("a"));
            t(n + " clear", () -> l.clear());
            t(n + " addAll(empty)", () -> l.addAll(List.of()));
            t(n + " sort", () -> l.sort(null));
            t(n + " iterator.remove", () -> { Iterator<String> it = l.iterator(); if (it.hasNext()) it.next(); it.remove(); });
            t(n + " listIterator.set", () -> { ListIterator<String> it = l.listIterator(); if (it.hasNext()) it.next(); it.set("k"); });
            t(n + " listIterator.add", () -> l.listIterator().add("k"));
            t(n + " listIterator(9)", () -> l.listIterator(9));
            t(n + " listIterator.previous", () -> l.listIterator().previous());
            t(n + " iterator past end", () -> { Iterator<String> it = l.iterator(); for (int i = 0; i < 6; i++) it.next(); });
            t(n + " subList(0,7)", () -> l.subList(0, 7));
            t(n + " subList(1,0)", () -> l.subList(1, 0));
            t(n + " contains(null)", () -> l.contains(null));
        }
        ListIterator<String> it = List.of("a", "b", "c").listIterator(1);
        System.out.println(it.nextIndex() + " " + it.previousIndex() + " " + it.next() + " " + it.previous() + " " + it.previous() + " " + it.hasPrevious());
        for (Map<String, Integer> m : List.of(Map.of("a", 1), Map.of("a", 1, "b", 2))) {
            t(m.size() + " entrySet.clear", () -> m.entrySet().clear());
            t(m.size() + " entrySet.removeIf", () -> m.entrySet().removeIf(e -> false));
            t(m.size() + " entry.setValue", () -> m.entrySet().iterator().next().setValue(5));
            t(m.size() + " entry iterator.remove", () -> { Iterator<?> i = m.entrySet().iterator(); i.next(); i.remove(); });
            t(m.size() + " keySet.remove", () -> m.keySet().remove("zz"));
            t(m.size() + " put", () -> m.put("z", 1));
        }
        for (Set<String> s : List.of(Set.of("a"), Set.of("a", "b", "c"))) {
            t(s.size() + " set iterator.remove", () -> { Iterator<String> i = s.iterator(); i.next(); i.remove(); });
            t(s.size() + " set removeIf", () -> s.removeIf(x -> false));
        }
    }
}
