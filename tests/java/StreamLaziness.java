// Laziness and short-circuiting: infinite streams cut by limit/findFirst/anyMatch/
// takeWhile, the order in which stages see elements, sorted() as a barrier, distinct's
// first-wins rule, and how many elements each stage actually touched.
import java.util.*;
import java.util.stream.*;

public class StreamLaziness {
    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        Optional<Integer> r = Stream.iterate(1, i -> i + 1).peek(i -> log.add("gen" + i)).map(i -> i * i).peek(i -> log.add("sq" + i)).filter(i -> i > 20).findFirst();
        System.out.println(r + " " + log);
        log.clear();
        // sorted() must see every element before it emits one; how many it then emits
        // past limit() is the implementation's business, so only the pre-sort log is shown
        List<Integer> sorted = Stream.of(3, 1, 2).peek(i -> log.add("pre" + i)).sorted().limit(2).toList();
        System.out.println(sorted + " " + log);
        log.clear();
        boolean any = IntStream.iterate(0, i -> i + 3).peek(i -> log.add("" + i)).anyMatch(i -> i % 7 == 6);
        System.out.println(any + " " + log);
        log.clear();
        List<Integer> tw = Stream.iterate(1, i -> i * 2).peek(i -> log.add("" + i)).takeWhile(i -> i < 50).toList();
        System.out.println(tw + " " + log);
        record P(String k, int v) {}
        System.out.println(Stream.of(new P("a", 1), new P("b", 2), new P("a", 3)).map(P::k).distinct().toList() + " " + Stream.of("b", "a", "B", "A", "b").distinct().toList());
        int[] calls = {0};
        Stream<Integer> s = Stream.of(1, 2, 3).map(i -> { calls[0]++; return i; });
        System.out.println("before terminal " + calls[0]);
        s.forEach(i -> {});
        System.out.println("after terminal " + calls[0]);
        log.clear();
        long c = Stream.of("x", "y", "z").map(x -> { log.add(x); return x; }).count();
        // count() may skip the map stage on a sized stream: only the count is printed
        System.out.println(c + " " + (log.size() <= 3));
        log.clear();
        List<String> flat = Stream.of("ab", "cd", "ef").flatMap(w -> { log.add("flat " + w); return w.chars().mapToObj(ch -> "" + (char) ch); }).limit(3).toList();
        System.out.println(flat + " " + log.get(0));
        System.out.println(Stream.iterate(new long[]{0, 1}, f -> new long[]{f[1], f[0] + f[1]}).limit(60).map(f -> f[0]).filter(x -> x % 2 == 0).skip(5).findFirst().get());
        Iterator<Integer> it = Stream.iterate(10, i -> i - 1).iterator();
        System.out.println(it.next() + " " + it.next() + " " + it.next());
        System.out.println(Stream.generate(() -> "z").limit(0).count() + " " + IntStream.range(0, 1_000_000_000).limit(3).sum() + " " + LongStream.iterate(1, i -> i * 2).dropWhile(i -> i < 1000).findFirst().getAsLong());
    }
}
