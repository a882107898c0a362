// StreamRecords: the stream pipelines of ordinary programs over a list of
// records.  filter/map/collect, Collectors.groupingBy with counting,
// summingLong, mapping and a TreeMap, partitioningBy, toMap with a merge,
// joining, sorted with a Comparator, distinct, limit, flatMap, reduce, and
// IntStream/LongStream ranges, boxed and summary statistics.  Prints
// checksums of the results (sums and hash codes of their toString).
// Usage: StreamRecords [rounds]
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

public class StreamRecords {
    record Order(int id, String customer, String category, int quantity, long priceCents) {
        long total() { return quantity * priceCents; }
    }

    static final String[] CATEGORIES = { "books", "games", "garden", "kitchen", "music",
            "office", "sports", "tools", "toys" };

    static int seed = 777;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            List<Order> orders = IntStream.range(0, 6000)
                    .mapToObj(i -> new Order(i, "c" + next(400), CATEGORIES[next(CATEGORIES.length)],
                            1 + next(9), 99 + next(20000)))
                    .collect(Collectors.toList());
            sum = sum * 31 + grouping(orders);
            sum = sum * 31 + sorting(orders);
            sum = sum * 31 + numeric(r);
        }
        System.out.println("streamrecords checksum " + sum);
    }

    static long grouping(List<Order> orders) {
        long s = 0;
        Map<String, Long> perCategory = orders.stream()
                .collect(Collectors.groupingBy(Order::category, Collectors.counting()));
        s = s * 31 + perCategory.toString().hashCode();
        Map<String, Long> revenue = orders.stream().filter(o -> o.quantity() > 2)
                .collect(Collectors.groupingBy(Order::customer, TreeMap::new,
                        Collectors.summingLong(Order::total)));
        s = s * 31 + revenue.size();
        for (long v : revenue.values())
            s += v;
        Map<String, Set<String>> customersByCategory = orders.stream()
                .collect(Collectors.groupingBy(Order::category,
                        Collectors.mapping(Order::customer, Collectors.toSet())));
        for (Map.Entry<String, Set<String>> e : customersByCategory.entrySet())
            s = s * 31 + e.getKey().hashCode() + e.getValue().size();
        Map<Boolean, List<Order>> big = orders.stream()
                .collect(Collectors.partitioningBy(o -> o.total() > 50000));
        s = s * 31 + big.get(true).size();
        Map<String, Integer> maxQty = orders.stream()
                .collect(Collectors.toMap(Order::customer, Order::quantity, Math::max));
        s = s * 31 + maxQty.values().stream().mapToInt(Integer::intValue).sum();
        String joined = orders.stream().filter(o -> o.id() % 50 == 0).map(Order::customer)
                .distinct().collect(Collectors.joining(",", "[", "]"));
        s = s * 31 + joined.hashCode();
        Map<String, Double> avg = orders.stream().collect(Collectors.groupingBy(
                Order::category, Collectors.averagingDouble(Order::quantity)));
        for (double d : avg.values())
            s += (long) (d * 1000);
        return s;
    }

    static long sorting(List<Order> orders) {
        long s = 0;
        List<Order> top = orders.stream()
                .sorted(Comparator.comparingLong(Order::total).reversed()
                        .thenComparing(Order::id))
                .limit(50).collect(Collectors.toList());
        for (Order o : top)
            s = s * 31 + o.id();
        List<String> names = orders.stream().map(Order::customer).distinct().sorted()
                .collect(Collectors.toList());
        s = s * 31 + names.hashCode();
        long words = orders.stream().limit(2000)
                .flatMap(o -> List.of(o.customer(), o.category()).stream())
                .map(String::toUpperCase).filter(w -> w.startsWith("C")).count();
        s = s * 31 + words;
        long total = orders.stream().map(Order::total).reduce(0L, Long::sum);
        s = s * 31 + total;
        Map<String, Order> firstPerCustomer = orders.stream()
                .collect(Collectors.toMap(Order::customer, Function.identity(), (a, b) -> a));
        s = s * 31 + firstPerCustomer.size();
        s = s * 31 + (orders.stream().anyMatch(o -> o.priceCents() == 100) ? 2 : 0)
                + (orders.stream().allMatch(o -> o.quantity() > 0) ? 1 : 0);
        return s;
    }

    static long numeric(int r) {
        long s = IntStream.range(0, 100000).filter(i -> i % 3 == 0).map(i -> i * 2 + r).sum();
        IntSummaryStatistics st = IntStream.rangeClosed(1, 50000).map(i -> (i * 7919) % 10007)
                .summaryStatistics();
        s = s * 31 + st.getMax() + st.getMin() + st.getSum() + st.getCount();
        s = s * 31 + LongStream.range(1, 40000).map(i -> i * i % 1000003).reduce(0, Long::sum);
        List<Integer> boxed = IntStream.range(0, 20000).map(i -> (i * 31) % 977).boxed()
                .sorted(Comparator.reverseOrder()).distinct().collect(Collectors.toList());
        s = s * 31 + boxed.size() + boxed.get(0) + boxed.get(boxed.size() - 1);
        s = s * 31 + IntStream.iterate(1, i -> i * 3 % 65537).limit(20000).max().getAsInt();
        return s;
    }
}
