// mapMulti and its primitive forms, flatMapToInt, boxed/unboxed round trips,
// Stream.iterate with a predicate, sorted on records with comparators, and
// Collectors.toMap into a LinkedHashMap preserving the sorted order.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamMapMulti {
    record Order(String id, List<String> items, double total) {}

    public static void main(String[] args) {
        List<Order> orders = List.of(new Order("o3", List.of("pen", "ink"), 12.5), new Order("o1", List.of(), 0), new Order("o2", List.of("pad", "pen", "clip"), 7.25), new Order("o4", List.of("ink"), 30));
        System.out.println(orders.stream().<String>mapMulti((o, sink) -> { for (String it : o.items()) sink.accept(o.id() + ":" + it); }).toList());
        System.out.println(Stream.of(1, 2, 3, 4).<Integer>mapMulti((i, sink) -> { if (i % 2 == 0) { sink.accept(i); sink.accept(-i); } }).toList());
        System.out.println(Stream.of("a1", "b22", "c").mapMultiToInt((s, sink) -> s.chars().filter(Character::isDigit).forEach(sink)).map(c -> c - '0').boxed().toList());
        System.out.println(IntStream.range(1, 5).mapMulti((int i, IntConsumer sink) -> { for (int k = 0; k < i; k++) sink.accept(i); }).boxed().toList());
        System.out.println(orders.stream().flatMapToInt(o -> o.items().stream().mapToInt(String::length)).sum() + " " + orders.stream().flatMap(o -> o.items().stream()).distinct().sorted().toList());
        Map<String, Double> byTotal = orders.stream().sorted(Comparator.comparingDouble(Order::total).reversed()).collect(Collectors.toMap(Order::id, Order::total, (a, b) -> a, LinkedHashMap::new));
        System.out.println(byTotal);
        Map<String, Long> itemCounts = orders.stream().flatMap(o -> o.items().stream()).collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.println(itemCounts + " " + itemCounts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey())).get());
        System.out.println(Stream.iterate("a", s -> s.length() < 6, s -> s + (char) (s.charAt(s.length() - 1) + 1)).toList());
        List<List<Integer>> tri = IntStream.rangeClosed(1, 5).mapToObj(n -> IntStream.rangeClosed(1, n).boxed().toList()).toList();
        System.out.println(tri + " " + tri.stream().mapToInt(List::size).sum());
        System.out.println(IntStream.rangeClosed(2, 60).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).boxed().toList());
        System.out.println(Stream.of("x,y", "z").flatMap(s -> Arrays.stream(s.split(","))).map(String::toUpperCase).collect(Collectors.joining("+")));
    }
}
