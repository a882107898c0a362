// Collections: sort, reverse, shuffle with a seeded Random (the JDK's exact permutation),
// swap, rotate, fill, copy, nCopies, frequency, max/min with comparators, disjoint,
// binarySearch, indexOfSubList, reverseOrder, addAll, emptyX, singletonX.
import java.util.*;

public class UtilCollections {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 20; i++) l.add(i);
        Collections.shuffle(l, new Random(42));
        System.out.println("shuffle42 " + l);
        Collections.shuffle(l, new Random(0));
        System.out.println("shuffle0 " + l);
        LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c", "d", "e", "f", "g"));
        Collections.shuffle(ll, new Random(-7));
        System.out.println("linked " + ll);
        Collections.sort(l);
        Collections.reverse(l);
        System.out.println(l);
        Collections.swap(l, 0, 19);
        Collections.rotate(l, 3);
        System.out.println(l);
        Collections.rotate(l, -5);
        System.out.println(l);
        List<String> r = new ArrayList<>(List.of("a", "b", "c", "d", "e"));
        Collections.rotate(r.subList(1, 4), 1);
        System.out.println(r);
        List<String> dst = new ArrayList<>(Collections.nCopies(6, "_"));
        Collections.copy(dst, r);
        Collections.fill(r, "x");
        System.out.println(dst + " " + r);
        try { Collections.copy(new ArrayList<>(List.of(1)), List.of(1, 2)); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        List<String> words = Arrays.asList("to be or not to be that is the question".split(" "));
        System.out.println(Collections.frequency(words, "be") + " " + Collections.frequency(words, "x") + " " + Collections.max(words) + " " + Collections.min(words)
                + " " + Collections.max(words, Comparator.comparing(String::length)) + " " + Collections.min(words, Comparator.comparing(String::length)));
        System.out.println(Collections.disjoint(words, List.of("a", "the")) + " " + Collections.disjoint(words, List.of("x")));
        List<Integer> sorted = List.of(2, 4, 6, 8, 10);
        System.out.println(Collections.binarySearch(sorted, 8) + " " + Collections.binarySearch(sorted, 5) + " " + Collections.binarySearch(new LinkedList<>(sorted), 10) + " " + Collections.binarySearch(List.of(10, 8, 6), 6, Collections.reverseOrder()));
        System.out.println(Collections.indexOfSubList(words, List.of("to", "be")) + " " + Collections.lastIndexOfSubList(words, List.of("to", "be")) + " " + Collections.indexOfSubList(words, List.of("be", "to")));
        List<String> tgt = new ArrayList<>();
        System.out.println(Collections.addAll(tgt, "z", "y", "x") + " " + tgt);
        tgt.sort(Collections.reverseOrder(Comparator.comparing(String::hashCode)));
        System.out.println(tgt);
        System.out.println(Collections.emptyList() + " " + Collections.emptySet() + " " + Collections.emptyMap() + " " + Collections.singletonList(1) + " " + Collections.singleton(null) + " " + Collections.singletonMap(null, 2) + " " + Collections.nCopies(0, 1));
        try { Collections.nCopies(-1, "a"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        List<Integer> rep = new ArrayList<>(List.of(1, 2, 1, 3, 1));
        System.out.println(Collections.replaceAll(rep, 1, 9) + " " + rep + " " + Collections.replaceAll(rep, 7, 0));
        Deque<Integer> lifo = new ArrayDeque<>();
        Queue<Integer> asLifo = Collections.asLifoQueue(lifo);
        asLifo.add(1); asLifo.add(2); asLifo.add(3);
        System.out.println(asLifo.poll() + " " + lifo);
        Random rnd = new Random(3);
        List<Integer> big = new ArrayList<>();
        for (int i = 0; i < 300; i++) big.add(i);
        Collections.shuffle(big, rnd);
        System.out.println(big.subList(0, 15) + " " + rnd.nextInt());
        Collections.sort(big, Collections.reverseOrder());
        System.out.println(big.subList(0, 5) + " " + Collections.reverseOrder().compare(1, 2) + " " + Collections.reverseOrder(Collections.reverseOrder()).equals(Comparator.naturalOrder()));
    }
}
