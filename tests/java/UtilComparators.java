// Comparator combinators: comparing with key extractors and key comparators,
// comparingInt/Long/Double, thenComparing chains, reversed (of chains), naturalOrder,
// reverseOrder, nullsFirst/nullsLast; List.sort is stable under all of them.
import java.util.*;

public class UtilComparators {
    record P(String name, int age, double score, String city) {}

    static void show(String what, List<P> l) {
        StringBuilder sb = new StringBuilder(what).append(':');
        for (P p : l) sb.append(' ').append(p.name());
        System.out.println(sb);
    }

    public static void main(String[] args) {
        List<P> ps = new ArrayList<>(List.of(
                new P("ann", 30, 88.5, "Oslo"), new P("bob", 25, 92.0, "Rome"), new P("cid", 30, 75.0, null),
                new P("dee", 25, 88.5, "Oslo"), new P("eve", 35, 92.0, "Bern"), new P("fay", 30, 60.0, "Rome"),
                new P("gus", 25, 75.0, null), new P("hal", 35, 88.5, "Bern")));
        List<P> l = new ArrayList<>(ps);
        l.sort(Comparator.comparingInt(P::age));
        show("age", l);
        l.sort(Comparator.comparingInt(P::age).reversed());
        show("age reversed", l);
        l.sort(Comparator.comparingDouble(P::score).thenComparing(P::name, Comparator.reverseOrder()));
        show("score, name desc", l);
        l.sort(Comparator.comparingInt(P::age).thenComparingDouble(P::score).reversed());
        show("(age, score) reversed", l);
        l.sort(Comparator.comparing(P::city, Comparator.nullsFirst(Comparator.naturalOrder())));
        show("city nullsFirst", l);
        l.sort(Comparator.comparing(P::city, Comparator.nullsLast(Comparator.reverseOrder())).thenComparingInt(P::age));
        show("city nullsLast desc, age", l);
        l = new ArrayList<>(ps);
        l.sort(Comparator.comparing(P::score).reversed().thenComparing(Comparator.comparing(P::name)));
        show("score desc, name", l);
        l.sort(Comparator.comparing((P p) -> p.name().charAt(1)).thenComparingLong(p -> -p.age()));
        show("second letter, age desc", l);
        List<String> s = new ArrayList<>(List.of("b", "C", "a", "B", "c", "A"));
        s.sort(Comparator.naturalOrder());
        System.out.println(s);
        s.sort(Comparator.reverseOrder());
        System.out.println(s);
        s.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println("stable ci " + s);
        s.sort(Comparator.comparing((String x) -> x.toLowerCase()).thenComparing(Comparator.naturalOrder()));
        System.out.println(s);
        List<String> withNulls = new ArrayList<>(Arrays.asList("x", null, "a", null, "m"));
        withNulls.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsFirst(Comparator.<String>naturalOrder().reversed()));
        System.out.println(withNulls);
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        System.out.println(byLen.compare("aa", "b") + " " + byLen.reversed().compare("aa", "b") + " " + Comparator.<Integer>naturalOrder().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(1, 2));
        try { withNulls.sort(Comparator.naturalOrder()); } catch (NullPointerException e) { System.out.println("natural with nulls: NPE"); }
        System.out.println(Comparator.<Integer>naturalOrder().reversed().compare(5, 3) + " " + Collections.reverseOrder(byLen).compare("a", "bb"));
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 40; i++) nums.add((i * 17) % 23 - 11);
        nums.sort(Comparator.comparingInt(Math::abs));
        System.out.println(nums);
    }
}
