// An inventory service of the kind tutorials build: records for products and
// movements, stock levels in a HashMap, reorder alerts, valuation (FIFO cost layers in
// an ArrayDeque per product), and stream reports grouped by category.
import java.util.*;
import java.util.stream.*;

public class RealInventory {
    enum Category { TOOLS, PAINT, GARDEN }
    record Product(String sku, String name, Category cat, int reorderAt) {}
    record Move(String sku, int qty, long unitCents) {}
    record Layer(int qty, long unitCents) {}

    public static void main(String[] args) {
        Map<String, Product> products = new LinkedHashMap<>();
        for (Product p : List.of(new Product("T-100", "Hammer", Category.TOOLS, 5), new Product("T-200", "Saw", Category.TOOLS, 3), new Product("P-10", "White paint 5L", Category.PAINT, 10),
                new Product("P-20", "Brush set", Category.PAINT, 4), new Product("G-1", "Hose 25m", Category.GARDEN, 2), new Product("G-2", "Seeds", Category.GARDEN, 50)))
            products.put(p.sku(), p);
        List<Move> moves = List.of(new Move("T-100", 10, 1299), new Move("T-100", 5, 1350), new Move("P-10", 20, 3499), new Move("T-100", -12, 0), new Move("G-2", 200, 99),
                new Move("P-10", -15, 0), new Move("T-200", 4, 2500), new Move("G-2", -180, 0), new Move("P-20", 6, 899), new Move("G-1", 1, 4599), new Move("T-200", -9, 0), new Move("X-1", 1, 1));
        Map<String, ArrayDeque<Layer>> layers = new HashMap<>();
        Map<String, Long> cogs = new TreeMap<>();
        for (Move m : moves) {
            if (!products.containsKey(m.sku())) { System.out.println("unknown sku " + m.sku()); continue; }
            ArrayDeque<Layer> q = layers.computeIfAbsent(m.sku(), k -> new ArrayDeque<>());
            if (m.qty() > 0) { q.addLast(new Layer(m.qty(), m.unitCents())); continue; }
            int need = -m.qty(), have = q.stream().mapToInt(Layer::qty).sum();
            if (need > have) { System.out.println("rejected: " + m + " only " + have + " in stock"); continue; }
            long cost = 0;
            while (need > 0) {
                Layer l = q.pollFirst();
                int take = Math.min(need, l.qty());
                cost += (long) take * l.unitCents();
                need -= take;
                if (take < l.qty()) q.addFirst(new Layer(l.qty() - take, l.unitCents()));
            }
            cogs.merge(m.sku(), cost, Long::sum);
        }
        System.out.printf("%-6s %-15s %-7s %5s %10s %s%n", "sku", "name", "cat", "qty", "value", "layers");
        for (Product p : products.values()) {
            ArrayDeque<Layer> q = layers.getOrDefault(p.sku(), new ArrayDeque<>());
            int qty = q.stream().mapToInt(Layer::qty).sum();
            long value = q.stream().mapToLong(l -> l.qty() * l.unitCents()).sum();
            System.out.printf("%-6s %-15s %-7s %5d %10.2f %s%s%n", p.sku(), p.name(), p.cat(), qty, value / 100.0, q, qty <= p.reorderAt() ? "  << REORDER" : "");
        }
        System.out.println("cost of goods sold " + cogs);
        Map<Category, Long> valueByCat = products.values().stream().collect(Collectors.groupingBy(Product::cat, () -> new EnumMap<>(Category.class),
                Collectors.summingLong(p -> layers.getOrDefault(p.sku(), new ArrayDeque<>()).stream().mapToLong(l -> l.qty() * l.unitCents()).sum())));
        System.out.println("value by category " + valueByCat);
        System.out.println("to reorder " + products.values().stream().filter(p -> layers.getOrDefault(p.sku(), new ArrayDeque<>()).stream().mapToInt(Layer::qty).sum() <= p.reorderAt()).map(Product::sku).sorted().collect(Collectors.joining(",")));
    }
}
