// Collectors: toList/toSet/toMap (merge functions, duplicate-key message, map suppliers),
// joining with prefix/suffix, counting, summingInt/Long/Double, averagingInt/Double,
// minBy/maxBy, mapping, filtering, flatMapping, reducing, collectingAndThen, teeing,
// toCollection, toUnmodifiableList; HashMap-backed results print in the JDK's order.
import java.util.*;
import java.util.stream.*;

public class StreamCollectors {
    record City(String name, String country, int pop, double area) {}

    public static void main(String[] args) {
        List<City> cs = List.of(new City("Paris", "FR", 2148, 105.4), new City("Lyon", "FR", 513, 47.9), new City("Berlin", "DE", 3645, 891.8), new City("Hamburg", "DE", 1841, 755.2),
                new City("Munich", "DE", 1472, 310.7), new City("Rome", "IT", 2873, 1285.0), new City("Milan", "IT", 1352, 181.8), new City("Nice", "FR", 342, 71.9), new City("Oslo", "NO", 697, 454.0));
        System.out.println(cs.stream().map(City::name).collect(Collectors.toList()));
        System.out.println(cs.stream().map(City::country).collect(Collectors.toSet()));
        System.out.println(cs.stream().collect(Collectors.toMap(City::name, City::pop)));
        System.out.println(cs.stream().collect(Collectors.toMap(City::country, City::pop, Integer::sum)));
        TreeMap<String, String> merged = cs.stream().collect(Collectors.toMap(City::country, City::name, (a, b) -> a + "+" + b, TreeMap::new));
        System.out.println(merged);
        try { cs.stream().collect(Collectors.toMap(City::country, City::name)); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        System.out.println(cs.stream().map(City::name).collect(Collectors.joining()) + " " + cs.stream().map(City::name).limit(3).collect(Collectors.joining(", ", "<", ">")) + " " + Stream.<String>empty().collect(Collectors.joining(",", "[", "]")));
        System.out.println(cs.stream().collect(Collectors.counting()) + " " + cs.stream().collect(Collectors.summingInt(City::pop)) + " " + cs.stream().collect(Collectors.summingLong(c -> (long) c.pop() * 1000)) + " " + cs.stream().collect(Collectors.summingDouble(City::area)));
        System.out.println(cs.stream().collect(Collectors.averagingInt(City::pop)) + " " + cs.stream().collect(Collectors.averagingDouble(City::area)) + " " + Stream.<City>empty().collect(Collectors.averagingInt(City::pop)));
        System.out.println(cs.stream().collect(Collectors.minBy(Comparator.comparingInt(City::pop))).map(City::name) + " " + cs.stream().collect(Collectors.maxBy(Comparator.comparingDouble(City::area))).map(City::name));
        System.out.println(cs.stream().collect(Collectors.mapping(City::country, Collectors.joining("/"))) + " " + cs.stream().collect(Collectors.filtering(c -> c.pop() > 2000, Collectors.mapping(City::name, Collectors.toList())))
                + " " + cs.stream().collect(Collectors.flatMapping(c -> c.name().chars().boxed(), Collectors.counting())));
        System.out.println(cs.stream().collect(Collectors.reducing(0, City::pop, Integer::max)) + " " + cs.stream().map(City::pop).collect(Collectors.reducing(Integer::min)) + " " + cs.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size)));
        long avgPop = cs.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(City::pop), (n, s) -> s / n));
        System.out.println(avgPop);
        System.out.println(cs.stream().map(City::name).collect(Collectors.toCollection(TreeSet::new)) + " " + cs.stream().map(City::pop).collect(Collectors.toCollection(ArrayDeque::new)).peekLast());
        List<String> ul = cs.stream().map(City::name).collect(Collectors.toUnmodifiableList());
        try { ul.add("x"); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable " + ul.size()); }
        System.out.println(new TreeMap<>(cs.stream().collect(Collectors.toUnmodifiableMap(City::name, City::area))));
        IntSummaryStatistics st = cs.stream().collect(Collectors.summarizingInt(City::pop));
        System.out.println(st + " " + cs.stream().collect(Collectors.summarizingDouble(City::area)).getMax());
        Map<Boolean, Long> parts = cs.stream().collect(Collectors.partitioningBy(c -> c.country().equals("DE"), Collectors.counting()));
        System.out.println(parts + " " + Stream.<City>empty().collect(Collectors.partitioningBy(c -> true)));
        Map<Integer, String> byLen = Stream.of("a", "bb", "cc", "ddd", "e").collect(Collectors.toMap(String::length, s -> s, (x, y) -> x + y, LinkedHashMap::new));
        System.out.println(byLen);
    }
}
