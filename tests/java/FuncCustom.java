// User-defined functional interfaces with generic defaults and statics, lambdas that
// throw checked exceptions through a wrapper, an event bus of Consumers keyed by type
// name (LinkedHashMap for a defined order), and Runnable/Callable-style deferral.
import java.util.*;
import java.util.function.*;

public class FuncCustom {
    @FunctionalInterface
    interface Parser<T> {
        T parse(String s) throws Exception;

        default <R> Parser<R> map(Function<? super T, ? extends R> f) { return s -> f.apply(parse(s)); }
        default Parser<T> orElse(T fallback) { return s -> { try { return parse(s); } catch (Exception e) { return fallback; } }; }
        static Parser<Integer> integer() { return Integer::parseInt; }
        static <T> Function<String, Optional<T>> safe(Parser<T> p) { return s -> { try { return Optional.ofNullable(p.parse(s)); } catch (Exception e) { return Optional.empty(); } }; }
    }

    @FunctionalInterface
    interface TriFunction<A, B, C, R> {
        R apply(A a, B b, C c);
        default TriFunction<A, B, C, String> describe() { return (a, b, c) -> a + "," + b + "," + c + " -> " + apply(a, b, c); }
    }

    static final class Bus {
        private final Map<String, List<Consumer<Object>>> subs = new LinkedHashMap<>();
        void on(String topic, Consumer<Object> c) { subs.computeIfAbsent(topic, k -> new ArrayList<>()).add(c); }
        int emit(String topic, Object ev) {
            List<Consumer<Object>> l = subs.getOrDefault(topic, List.of());
            l.forEach(c -> c.accept(ev));
            return l.size();
        }
    }

    public static void main(String[] args) throws Exception {
        Parser<Integer> p = Parser.integer();
        System.out.println(p.parse("12") + " " + p.map(i -> i * 2).parse("21") + " " + p.orElse(-1).parse("zz") + " " + p.map(Integer::toBinaryString).orElse("?").parse("5"));
        Function<String, Optional<Integer>> safe = Parser.safe(p);
        System.out.println(safe.apply("7") + " " + safe.apply("x") + " " + Parser.safe(s -> s.isEmpty() ? null : s.length()).apply(""));
        try { p.parse("nope"); } catch (NumberFormatException e) { System.out.println("checked-capable parser threw " + e.getMessage()); }
        Parser<String> checked = s -> { if (s.startsWith("!")) throw new java.io.IOException("io: " + s); return s; };
        try { checked.parse("!bad"); } catch (java.io.IOException e) { System.out.println(e.getMessage()); }
        TriFunction<Integer, Integer, Integer, Integer> clamp = (v, lo, hi) -> Math.max(lo, Math.min(hi, v));
        System.out.println(clamp.apply(15, 0, 10) + " | " + clamp.describe().apply(-3, 0, 10));
        Bus bus = new Bus();
        List<String> got = new ArrayList<>();
        bus.on("order", e -> got.add("audit:" + e));
        bus.on("order", e -> got.add("ship:" + e));
        bus.on("refund", e -> got.add("refund:" + e));
        System.out.println(bus.emit("order", 42) + " " + bus.emit("refund", "r1") + " " + bus.emit("none", 0) + " " + got);
        Deque<Runnable> deferred = new ArrayDeque<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) { int k = i; deferred.push(() -> sb.append(k)); }
        while (!deferred.isEmpty()) deferred.pop().run();
        System.out.println(sb);
        Object o = (Runnable & java.io.Serializable) () -> {};
        System.out.println((o instanceof Runnable) + " " + (o instanceof java.io.Serializable));
        Supplier<Supplier<String>> nested = () -> () -> "deep";
        System.out.println(nested.get().get());
    }
}
