// Collector.of with supplier/accumulator/combiner/finisher and characteristics,
// collect(supplier, accumulator, combiner), a statistics collector, and a collector
// that builds an immutable structure; parallel() on ordered sources keeps encounter order.
import java.util.*;
import java.util.stream.*;

public class StreamCustomCollector {
    static final class Stats {
        int n; double sum, sumSq; double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        void add(double x) { n++; sum += x; sumSq += x * x; min = Math.min(min, x); max = Math.max(max, x); }
        Stats merge(Stats o) { n += o.n; sum += o.sum; sumSq += o.sumSq; min = Math.min(min, o.min); max = Math.max(max, o.max); return this; }
        @Override public String toString() {
            double mean = sum / n;
            return String.format("n=%d mean=%.4f sd=%.4f min=%s max=%s", n, mean, Math.sqrt(sumSq / n - mean * mean), min, max);
        }
    }

    public static void main(String[] args) {
        Collector<Double, Stats, String> stats = Collector.of(Stats::new, Stats::add, Stats::merge, Stats::toString);
        System.out.println(DoubleStream.iterate(1, d -> d * 1.5).limit(20).boxed().collect(stats));
        Collector<String, StringBuilder, String> rev = Collector.of(StringBuilder::new, (sb, s) -> sb.insert(0, s), (a, b) -> b.append(a), StringBuilder::toString);
        System.out.println(Stream.of("a", "b", "c", "d").collect(rev));
        Collector<Integer, ?, TreeMap<Integer, Integer>> hist = Collector.of(TreeMap::new, (m, i) -> m.merge(i % 10, 1, Integer::sum), (a, b) -> { b.forEach((k, v) -> a.merge(k, v, Integer::sum)); return a; });
        System.out.println(IntStream.range(0, 1234).boxed().collect(hist));
        ArrayList<Integer> viaCollect = IntStream.range(0, 10).collect(ArrayList::new, (l, i) -> l.add(i * i), ArrayList::addAll);
        System.out.println(viaCollect);
        StringBuilder sb = Stream.of("x", "y", "z").collect(StringBuilder::new, StringBuilder::append, StringBuilder::append);
        System.out.println(sb);
        Collector<String, ?, List<String>> unmod = Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList);
        List<String> u = Stream.of("q", "r").collect(unmod);
        try { u.add("s"); } catch (UnsupportedOperationException e) { System.out.println("unmodifiable " + u); }
        System.out.println(Collector.of(ArrayList::new, ArrayList::add, (a, b) -> a, Collector.Characteristics.IDENTITY_FINISH).characteristics());
        List<Integer> par = IntStream.range(0, 500).parallel().boxed().map(i -> i * 2).filter(i -> i % 3 == 0).collect(Collectors.toList());
        System.out.println(par.size() + " " + par.subList(0, 8) + " " + par.get(par.size() - 1) + " " + IntStream.range(0, 500).parallel().sum() + " " + Stream.of("a", "b", "c").parallel().collect(Collectors.joining()));
        System.out.println(IntStream.rangeClosed(1, 100).parallel().mapToObj(Integer::toString).collect(Collectors.joining(",")).hashCode() + " " + Stream.of(5, 3, 8).parallel().sorted().toList() + " " + Stream.of(1, 2, 3).parallel().isParallel() + " " + Stream.of(1).isParallel());
    }
}
