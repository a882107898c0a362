// Stream pipelines: of/iterate/generate with limit, filter/map/flatMap/distinct/sorted/
// peek/skip/limit/takeWhile/dropWhile, and the terminal operations (forEach,
// forEachOrdered, count, reduce in its three forms, min/max, anyMatch/allMatch/
// noneMatch on empty streams, findFirst, toArray, toList).
import java.util.*;
import java.util.stream.*;

public class StreamBasics {
    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha", "foxtrot", "golf", "bravo");
        System.out.println(words.stream().filter(w -> w.length() > 4).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().distinct().sorted().toList() + " " + words.stream().distinct().count());
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList());
        System.out.println(words.stream().skip(2).limit(4).toList() + " " + words.stream().takeWhile(w -> !w.startsWith("e")).toList() + " " + words.stream().dropWhile(w -> !w.startsWith("e")).toList());
        System.out.println(Stream.iterate(1, x -> x * 3).limit(10).toList() + " " + Stream.iterate(1, x -> x < 1000, x -> x * 5).toList());
        int[] counter = {0};
        System.out.println(Stream.generate(() -> counter[0]++).limit(5).toList() + " " + counter[0]);
        System.out.println(words.stream().flatMap(w -> w.chars().mapToObj(c -> (char) c)).distinct().sorted().map(String::valueOf).collect(Collectors.joining()));
        List<String> peeked = new ArrayList<>();
        long n = words.stream().peek(peeked::add).filter(w -> w.contains("o")).count();
        System.out.println(n + " " + peeked.size());
        List<String> order = new ArrayList<>();
        Stream.of("a", "b", "c").map(s -> { order.add("map " + s); return s + s; }).filter(s -> { order.add("filter " + s); return !s.equals("bb"); }).forEach(s -> order.add("each " + s));
        System.out.println(order);
        order.clear();
        Optional<String> first = Stream.of("x", "yy", "zzz", "wwww").peek(s -> order.add(s)).filter(s -> s.length() > 1).findFirst();
        System.out.println(first + " lazily looked at " + order);
        System.out.println(Stream.of(1, 2, 3, 4).reduce(0, Integer::sum) + " " + Stream.of(1, 2, 3, 4).reduce(Integer::max) + " " + Stream.<Integer>empty().reduce(Integer::sum)
                + " " + Stream.of("a", "bb", "ccc").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        System.out.println(words.stream().min(Comparator.naturalOrder()).get() + " " + words.stream().max(Comparator.comparing(String::length)).get() + " " + Stream.<String>empty().max(Comparator.naturalOrder()));
        System.out.println(Stream.empty().anyMatch(x -> true) + " " + Stream.empty().allMatch(x -> false) + " " + Stream.empty().noneMatch(x -> true) + " " + words.stream().anyMatch("golf"::equals) + " " + words.stream().allMatch(w -> w.length() >= 4));
        Object[] arr = words.stream().limit(3).toArray();
        String[] sarr = words.stream().limit(2).toArray(String[]::new);
        System.out.println(arr.length + " " + Arrays.toString(sarr) + " " + sarr.getClass().getSimpleName());
        StringBuilder sb = new StringBuilder();
        words.stream().sorted().forEachOrdered(w -> sb.append(w.charAt(0)));
        System.out.println(sb + " " + Stream.of(5, 3, 1).sorted().findFirst().get() + " " + Stream.concat(Stream.of(1), Stream.of(2, 3)).toList() + " " + Stream.ofNullable(null).count() + " " + Stream.ofNullable("v").count());
        Stream<String> once = words.stream();
        once.count();
        try { once.count(); } catch (IllegalStateException e) { System.out.println("reuse: " + e.getMessage()); }
        System.out.println(IntStream.rangeClosed(1, 2000).boxed().filter(i -> i % 7 == 3).map(i -> i * i).reduce(0, Integer::sum));
    }
}
