// Higher-order functions in practice: memoization with HashMap.computeIfAbsent (and
// the ConcurrentModificationException the JDK raises when the mapping function
// recursively modifies the same HashMap), currying, function pipelines built from a
// list, a lazy Supplier cache, and recursion through a functional field.
import java.util.*;
import java.util.function.*;

public class FuncMemo {
    static Function<Integer, Long> fib;

    static <A, B> Function<A, B> memoize(Function<A, B> f, Map<A, B> cache) {
        return a -> {
            B b = cache.get(a);
            if (b == null) { b = f.apply(a); cache.put(a, b); }
            return b;
        };
    }

    static <T> Supplier<T> lazy(Supplier<T> s) {
        return new Supplier<>() {
            T value; boolean done;
            public T get() { if (!done) { value = s.get(); done = true; } return value; }
        };
    }

    public static void main(String[] args) {
        Map<Integer, Long> cache = new HashMap<>();
        int[] calls = {0};
        fib = memoize(n -> { calls[0]++; return n < 2 ? (long) n : fib.apply(n - 1) + fib.apply(n - 2); }, cache);
        System.out.println(fib.apply(90) + " calls=" + calls[0] + " cached=" + cache.size());
        Map<Integer, Long> bad = new HashMap<>();
        Function<Integer, Long>[] f = new Function[1];
        f[0] = n -> n < 2 ? (long) n : bad.computeIfAbsent(n, k -> f[0].apply(k - 1) + f[0].apply(k - 2));
        try { System.out.println(f[0].apply(20)); } catch (ConcurrentModificationException e) { System.out.println("recursive computeIfAbsent: CME"); }
        TreeMap<Integer, Long> tm = new TreeMap<>();
        Function<Integer, Long>[] g = new Function[1];
        g[0] = n -> n < 2 ? (long) n : tm.containsKey(n) ? tm.get(n) : put(tm, n, g[0].apply(n - 1) + g[0].apply(n - 2));
        System.out.println(g[0].apply(60) + " " + tm.size() + " " + tm.firstKey() + " " + tm.lastKey());
        Function<Integer, Function<Integer, Function<Integer, Integer>>> vol = a -> b -> c -> a * b * c;
        Function<Integer, Function<Integer, Integer>> area2 = vol.apply(2);
        System.out.println(vol.apply(2).apply(3).apply(4) + " " + area2.apply(5).apply(6));
        List<UnaryOperator<String>> steps = List.of(String::trim, s -> s.replaceAll("\\s+", " "), String::toLowerCase, s -> s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1));
        UnaryOperator<String> pipeline = s -> { for (UnaryOperator<String> st : steps) s = st.apply(s); return s; };
        System.out.println("[" + pipeline.apply("   hELLO    big   WORLD  ") + "] [" + pipeline.apply("   ") + "]");
        int[] computed = {0};
        Supplier<String> expensive = lazy(() -> { computed[0]++; return "value" + computed[0]; });
        System.out.println(computed[0] + " " + expensive.get() + " " + expensive.get() + " " + computed[0]);
        BiFunction<Integer, Integer, Integer> ack = new BiFunction<>() {
            public Integer apply(Integer m, Integer n) { return m == 0 ? n + 1 : n == 0 ? apply(m - 1, 1) : apply(m - 1, apply(m, n - 1)); }
        };
        System.out.println(ack.apply(2, 3) + " " + ack.apply(3, 3));
        Map<String, BinaryOperator<Integer>> ops = new TreeMap<>(Map.of("+", Integer::sum, "*", (a, b) -> a * b, "max", Math::max, "-", (a, b) -> a - b));
        StringBuilder sb = new StringBuilder();
        ops.forEach((k, op) -> sb.append(k).append('=').append(op.apply(7, 3)).append(' '));
        System.out.println(sb.toString().trim());
    }

    static long put(TreeMap<Integer, Long> m, int k, long v) { m.put(k, v); return v; }
}
