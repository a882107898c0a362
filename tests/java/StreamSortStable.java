// sorted() is stable for ordered streams: equal keys keep their encounter order with
// natural order, comparators, reversed comparators and chained keys; also for
// List.sort and Arrays.sort over the same data, and on larger inputs.
import java.util.*;
import java.util.stream.*;

public class StreamSortStable {
    record E(int key, int seq) {}

    public static void main(String[] args) {
        List<E> es = new ArrayList<>();
        int x = 17;
        for (int i = 0; i < 400; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; es.add(new E(x % 7, i)); }
        List<E> s1 = es.stream().sorted(Comparator.comparingInt(E::key)).toList();
        List<E> s2 = es.stream().sorted(Comparator.comparingInt(E::key).reversed()).toList();
        List<E> s3 = new ArrayList<>(es);
        s3.sort(Comparator.comparingInt(E::key));
        E[] s4 = es.toArray(new E[0]);
        Arrays.sort(s4, Comparator.comparingInt(E::key));
        System.out.println(stable(s1) + " " + stableRev(s2) + " " + s1.equals(s3) + " " + s1.equals(Arrays.asList(s4)));
        System.out.println(s1.subList(0, 6) + " " + s2.subList(0, 6));
        List<String> words = List.of("bb", "a", "ccc", "dd", "e", "fff", "gg", "h", "Bb", "A");
        System.out.println(words.stream().sorted(Comparator.comparingInt(String::length)).toList());
        System.out.println(words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList());
        System.out.println(words.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        System.out.println(words.stream().sorted(Comparator.comparing((String w) -> w.charAt(0) % 3).thenComparing(String::length)).toList());
        List<int[]> pairs = IntStream.range(0, 30).mapToObj(i -> new int[]{i % 4, i}).collect(Collectors.toList());
        Collections.shuffle(pairs, new Random(5));
        String order = pairs.stream().sorted(Comparator.comparingInt(p -> p[0])).map(p -> p[0] + ":" + p[1]).collect(Collectors.joining(" "));
        System.out.println(order);
        List<E> big = new ArrayList<>();
        for (int i = 0; i < 3000; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; big.add(new E(x % 50, i)); }
        System.out.println(stable(big.stream().sorted(Comparator.comparingInt(E::key)).toList()) + " " + stable(big.parallelStream().sorted(Comparator.comparingInt(E::key)).toList()));
    }

    static boolean stable(List<E> l) {
        for (int i = 1; i < l.size(); i++) {
            E a = l.get(i - 1), b = l.get(i);
            if (a.key() > b.key() || (a.key() == b.key() && a.seq() > b.seq())) return false;
        }
        return true;
    }

    static boolean stableRev(List<E> l) {
        for (int i = 1; i < l.size(); i++) {
            E a = l.get(i - 1), b = l.get(i);
            if (a.key() < b.key() || (a.key() == b.key() && a.seq() > b.seq())) return false;
        }
        return true;
    }
}
