// groupingBy in all its forms: default HashMap and ArrayList (printed in the JDK's
// order), downstream counting/summing/averaging/mapping/maxBy, nested groupingBy,
// TreeMap and EnumMap suppliers, groupingByConcurrent printed sorted, partitioningBy.
import java.util.*;
import java.util.stream.*;

public class StreamGrouping {
    enum Kind { FRUIT, VEG, GRAIN }
    record Food(String name, Kind kind, int kcal, double price) {}

    public static void main(String[] args) {
        List<Food> fs = List.of(new Food("apple", Kind.FRUIT, 52, 0.5), new Food("banana", Kind.FRUIT, 89, 0.25), new Food("carrot", Kind.VEG, 41, 0.1), new Food("rice", Kind.GRAIN, 130, 1.2),
                new Food("kale", Kind.VEG, 49, 2.0), new Food("oats", Kind.GRAIN, 389, 0.9), new Food("cherry", Kind.FRUIT, 50, 4.0), new Food("pea", Kind.VEG, 81, 0.3), new Food("apricot", Kind.FRUIT, 48, 1.1));
        Map<Character, List<String>> byInitial = fs.stream().collect(Collectors.groupingBy(f -> f.name().charAt(0), Collectors.mapping(Food::name, Collectors.toList())));
        System.out.println(byInitial);
        Map<Integer, Long> byLen = fs.stream().collect(Collectors.groupingBy(f -> f.name().length(), Collectors.counting()));
        System.out.println(byLen);
        System.out.println(fs.stream().collect(Collectors.groupingBy(Food::kind, () -> new EnumMap<>(Kind.class), Collectors.summingInt(Food::kcal))));
        TreeMap<Kind, Double> avg = fs.stream().collect(Collectors.groupingBy(Food::kind, TreeMap::new, Collectors.averagingDouble(Food::price)));
        System.out.println(avg);
        System.out.println(fs.stream().collect(Collectors.groupingBy(Food::kind, () -> new EnumMap<>(Kind.class), Collectors.maxBy(Comparator.comparingInt(Food::kcal)))).values().stream().map(o -> o.get().name()).toList());
        Map<Kind, Map<Boolean, List<String>>> nested = fs.stream().collect(Collectors.groupingBy(Food::kind, () -> new EnumMap<>(Kind.class),
                Collectors.partitioningBy(f -> f.price() < 1, Collectors.mapping(Food::name, Collectors.toList()))));
        System.out.println(nested);
        Map<String, Map<Integer, List<String>>> deep = fs.stream().collect(Collectors.groupingBy(f -> f.name().substring(0, 1), TreeMap::new, Collectors.groupingBy(f -> f.kcal() / 50, TreeMap::new, Collectors.mapping(Food::name, Collectors.toList()))));
        System.out.println(deep);
        Map<Boolean, List<Integer>> evenOdd = IntStream.rangeClosed(1, 12).boxed().collect(Collectors.partitioningBy(i -> i % 2 == 0));
        System.out.println(evenOdd);
        Map<String, Long> wc = Stream.of("the cat and the hat and the bat".split(" ")).collect(Collectors.groupingBy(w -> w, Collectors.counting()));
        System.out.println(wc);
        System.out.println(new TreeMap<>(Stream.of("x", "yy", "z", "ww").collect(Collectors.groupingByConcurrent(String::length))).keySet());
        Map<Integer, Set<String>> sets = Stream.of("one", "two", "three", "four", "five", "six", "seven").collect(Collectors.groupingBy(String::length, Collectors.toCollection(TreeSet::new)));
        System.out.println(sets);
        Map<Integer, Integer> mod = IntStream.range(0, 1000).boxed().collect(Collectors.groupingBy(i -> i % 13 - 6, Collectors.summingInt(i -> i)));
        System.out.println(mod);
        Map<Double, Long> doubles = Stream.of(0.1, 0.2, 0.1 + 0.2, 0.3, -0.0, 0.0, 1e-9).collect(Collectors.groupingBy(d -> d, Collectors.counting()));
        System.out.println(doubles);
    }
}
