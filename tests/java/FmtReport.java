// A realistic report built with printf: aligned columns of names, counts, money with
// grouping, percentages, a totals row and a bar chart; the kind of output tutorials print.
import java.util.*;

public class FmtReport {
    record Sale(String region, String product, int units, double price) {}

    public static void main(String[] args) {
        List<Sale> sales = List.of(
                new Sale("North", "Widget", 1200, 2.49), new Sale("North", "Gadget", 35, 129.99), new Sale("South", "Widget", 870, 2.49),
                new Sale("South", "Gizmo", 5, 1999.00), new Sale("East", "Gadget", 140, 119.5), new Sale("East", "Widget", 0, 2.49),
                new Sale("West", "Gizmo", 12, 1849.95), new Sale("West", "Doohickey", 100000, 0.015));
        double total = 0;
        for (Sale s : sales) total += s.units() * s.price();
        System.out.printf("%-8s %-10s %8s %10s %14s %7s%n", "Region", "Product", "Units", "Price", "Revenue", "Share");
        System.out.printf("%s%n", "-".repeat(62));
        for (Sale s : sales) {
            double rev = s.units() * s.price();
            System.out.printf("%-8s %-10.10s %,8d %10.2f %,14.2f %6.1f%%%n", s.region(), s.product(), s.units(), s.price(), rev, 100 * rev / total);
        }
        System.out.printf("%s%n%-19s %,8d %10s %,14.2f %6.1f%%%n", "=".repeat(62), "TOTAL", sales.stream().mapToInt(Sale::units).sum(), "", total, 100.0);
        Map<String, Double> byRegion = new TreeMap<>();
        for (Sale s : sales) byRegion.merge(s.region(), s.units() * s.price(), Double::sum);
        double max = Collections.max(byRegion.values());
        for (Map.Entry<String, Double> e : byRegion.entrySet()) {
            int bar = (int) Math.round(30 * e.getValue() / max);
            System.out.printf("%6s |%-30s| %12.3e%n", e.getKey(), "#".repeat(bar), e.getValue());
        }
        System.out.printf("avg price %.4f, median units %d, max %s%n", sales.stream().mapToDouble(Sale::price).average().orElse(0),
                sales.stream().mapToInt(Sale::units).sorted().toArray()[sales.size() / 2], sales.stream().max(Comparator.comparingDouble(Sale::price)).get());
    }
}
