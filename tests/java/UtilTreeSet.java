// TreeSet: natural and custom orders, NavigableSet views, duplicates under the
// comparator, descending iteration, ranges with strings, set algebra via retainAll.
import java.util.*;

public class UtilTreeSet {
    record Emp(String name, int dept) {}

    public static void main(String[] args) {
        TreeSet<Integer> s = new TreeSet<>(List.of(50, 20, 80, 10, 30, 70, 90, 20, 60, 40));
        System.out.println(s + " " + s.first() + " " + s.last() + " " + s.floor(45) + " " + s.ceiling(45) + " " + s.higher(90) + " " + s.lower(10));
        System.out.println(s.headSet(40) + " " + s.headSet(40, true) + " " + s.tailSet(70) + " " + s.tailSet(70, false) + " " + s.subSet(25, 65));
        System.out.println(s.descendingSet() + " " + s.descendingSet().headSet(50));
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = s.descendingIterator(); it.hasNext();) sb.append(it.next() / 10);
        System.out.println(sb + " " + s.pollFirst() + " " + s.pollLast() + " " + s);
        TreeSet<String> byLen = new TreeSet<>(Comparator.comparingInt(String::length));
        for (String w : "a bb cc ddd e ffff ggg".split(" ")) byLen.add(w);
        System.out.println("by length keeps first of each: " + byLen + " " + byLen.contains("zz"));
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.reverseOrder()));
        ci.addAll(List.of("b", "B", "a", "A", "c", "aa", "AA", "Ab"));
        System.out.println(ci);
        TreeSet<Emp> emps = new TreeSet<>(Comparator.comparingInt(Emp::dept).thenComparing(Emp::name, Comparator.reverseOrder()));
        emps.add(new Emp("ann", 2)); emps.add(new Emp("bob", 1)); emps.add(new Emp("cid", 2)); emps.add(new Emp("dee", 1)); emps.add(new Emp("eve", 3));
        System.out.println(emps);
        System.out.println(emps.ceiling(new Emp("zzz", 2)) + " " + emps.floor(new Emp("a", 1)));
        TreeSet<String> words = new TreeSet<>(Arrays.asList("delta alpha charlie bravo echo foxtrot golf hotel".split(" ")));
        System.out.println(words.subSet("b", "e") + " " + words.subSet("bravo", false, "echo", true) + " " + words.headSet("c"));
        TreeSet<Integer> a = new TreeSet<>(), b = new TreeSet<>();
        for (int i = 0; i < 30; i += 2) a.add(i);
        for (int i = 0; i < 30; i += 3) b.add(i);
        TreeSet<Integer> inter = new TreeSet<>(a); inter.retainAll(b);
        TreeSet<Integer> union = new TreeSet<>(a); union.addAll(b);
        TreeSet<Integer> diff = new TreeSet<>(a); diff.removeAll(b);
        System.out.println(inter + " " + union.size() + " " + diff);
        System.out.println(a.equals(new HashSet<>(a)) + " " + a.hashCode() + " " + new HashSet<>(a).hashCode());
        NavigableSet<Integer> view = union.subSet(5, true, 15, true);
        view.clear();
        System.out.println(union);
    }
}
