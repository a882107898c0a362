// Iterator and ListIterator protocols: NoSuchElementException from every kind of
// iterator, ListIterator navigation both ways with set/add/remove and its
// IllegalStateException rules, Iterator.forEachRemaining, Enumeration adapters.
import java.util.*;

public class UtilIterators {
    interface Act { Object run(); }

    static void t(String what, Act a) {
        try {
            System.out.println(what + ": " + a.run());
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName());
        }
    }

    static Object drain(Iterator<?> it) {
        while (true) it.next();
    }

    public static void main(String[] args) {
        t("ArrayList", () -> drain(new ArrayList<>(List.of(1)).iterator()));
        t("LinkedList", () -> drain(new LinkedList<>(List.of(1)).iterator()));
        t("ArrayDeque", () -> drain(new ArrayDeque<>(List.of(1)).iterator()));
        t("HashMap keys", () -> drain(new HashMap<>(Map.of(1, 1)).keySet().iterator()));
        t("TreeMap entries", () -> drain(new TreeMap<>(Map.of(1, 1)).entrySet().iterator()));
        t("HashSet", () -> drain(new HashSet<>(List.of(1)).iterator()));
        t("PriorityQueue", () -> drain(new PriorityQueue<>(List.of(1)).iterator()));
        t("List.of", () -> drain(List.of(1, 2).iterator()));
        t("emptyIterator", () -> drain(Collections.emptyIterator()));
        t("Scanner", () -> new Scanner("").next());
        List<String> l = new ArrayList<>(List.of("a", "b", "c", "d"));
        ListIterator<String> it = l.listIterator();
        StringBuilder sb = new StringBuilder();
        while (it.hasNext()) sb.append(it.nextIndex()).append(it.next());
        sb.append('|');
        while (it.hasPrevious()) sb.append(it.previousIndex()).append(it.previous());
        System.out.println(sb);
        t("set before next", () -> { l.listIterator().set("x"); return null; });
        t("remove after add", () -> { ListIterator<String> i = l.listIterator(); i.next(); i.add("n"); i.remove(); return null; });
        ListIterator<String> li = l.listIterator(l.size());
        li.previous(); li.set("D"); li.previous(); li.remove(); li.add("X"); li.add("Y");
        System.out.println(l + " " + li.nextIndex() + " " + li.previous());
        t("previous at start", () -> l.listIterator().previous());
        LinkedList<Integer> ll = new LinkedList<>(List.of(1, 2, 3, 4, 5));
        ListIterator<Integer> lli = ll.listIterator(2);
        lli.next(); lli.remove(); lli.previous(); lli.set(20); lli.add(25);
        System.out.println(ll);
        Iterator<Integer> fr = ll.iterator();
        fr.next();
        List<Integer> rest = new ArrayList<>();
        fr.forEachRemaining(rest::add);
        System.out.println(rest + " " + fr.hasNext());
        Enumeration<Integer> en = Collections.enumeration(List.of(7, 8));
        System.out.println(Collections.list(en) + " " + en.hasMoreElements());
        Iterator<Integer> asIt = Collections.enumeration(List.of(9)).asIterator();
        System.out.println(asIt.next() + " " + asIt.hasNext());
        Iterable<Integer> counter = () -> new Iterator<>() {
            int i = 0;
            public boolean hasNext() { return i < 5; }
            public Integer next() { if (i >= 5) throw new NoSuchElementException("done at " + i); return i++ * i; }
        };
        sb.setLength(0);
        for (int x : counter) sb.append(x).append(' ');
        System.out.println(sb);
        Iterator<Integer> ci = counter.iterator();
        t("remove default", () -> { ci.next(); ci.remove(); return null; });
        t("custom message", () -> { Iterator<Integer> i = counter.iterator(); for (int k = 0; k < 6; k++) i.next(); return null; });
    }
}
