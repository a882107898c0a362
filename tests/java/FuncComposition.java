// java.util.function default and static methods: Function.andThen/compose/identity,
// BiFunction.andThen, Predicate.and/or/negate/not/isEqual (short-circuit order),
// Consumer/BiConsumer.andThen (order, exception stops the chain), UnaryOperator.identity,
// BinaryOperator.minBy/maxBy, null arguments refused.
import java.util.*;
import java.util.function.*;

public class FuncComposition {
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + inc.andThen(dbl).andThen(inc).compose(dbl).apply(1) + " " + Function.<String>identity().apply("id"));
        BiFunction<String, Integer, String> rep = String::repeat;
        System.out.println(rep.andThen(String::length).apply("ab", 4) + " " + rep.andThen(s -> "[" + s + "]").apply("x", 3));
        List<String> log = new ArrayList<>();
        Predicate<Integer> pos = x -> { log.add("pos" + x); return x > 0; };
        Predicate<Integer> even = x -> { log.add("even" + x); return x % 2 == 0; };
        System.out.println(pos.and(even).test(-2) + " " + pos.or(even).test(3) + " " + pos.negate().test(0) + " " + pos.and(even).negate().test(4) + " " + log);
        System.out.println(Predicate.not(String::isEmpty).test("") + " " + Predicate.isEqual("a").test("a") + " " + Predicate.isEqual(null).test(null) + " " + Predicate.isEqual(null).test("x"));
        BiPredicate<String, Integer> longer = (s, n) -> s.length() > n;
        System.out.println(longer.test("abc", 2) + " " + longer.negate().test("abc", 2) + " " + longer.and((s, n) -> n > 0).test("abc", 0) + " " + longer.or((s, n) -> s.isEmpty()).test("", 5));
        StringBuilder sb = new StringBuilder();
        Consumer<String> a = s -> sb.append("a:").append(s).append(' ');
        Consumer<String> b = s -> sb.append("b:").append(s.toUpperCase()).append(' ');
        a.andThen(b).andThen(a).accept("x");
        System.out.println(sb.toString().trim());
        sb.setLength(0);
        Consumer<String> boom = s -> { throw new IllegalStateException("stop " + s); };
        try { a.andThen(boom).andThen(b).accept("y"); } catch (IllegalStateException e) { System.out.println(e.getMessage() + " after [" + sb.toString().trim() + "]"); }
        BiConsumer<String, Integer> put = (k, v) -> sb.append(k).append('=').append(v).append(';');
        sb.setLength(0);
        put.andThen((k, v) -> sb.append('!')).accept("k", 1);
        System.out.println(sb);
        System.out.println(UnaryOperator.<String>identity().apply("same") + " " + BinaryOperator.minBy(Comparator.<Integer>naturalOrder()).apply(3, 2) + " " + BinaryOperator.maxBy(Comparator.comparing(String::length)).apply("aa", "bb"));
        Supplier<List<String>> sup = ArrayList::new;
        List<String> l1 = sup.get(), l2 = sup.get();
        l1.add("only one");
        System.out.println(l1 + " " + l2 + " " + (l1 != l2));
        try { inc.andThen(null); } catch (NullPointerException e) { System.out.println("andThen(null): NPE"); }
        try { pos.and(null); } catch (NullPointerException e) { System.out.println("and(null): NPE"); }
        try { a.andThen(null); } catch (NullPointerException e) { System.out.println("Consumer.andThen(null): NPE"); }
        Function<Integer, Function<Integer, Integer>> adder = x -> y -> x + y;
        System.out.println(adder.apply(3).apply(4) + " " + compose(List.of(inc, dbl, inc, dbl)).apply(0) + " " + compose(List.of()).apply(42));
    }

    static Function<Integer, Integer> compose(List<Function<Integer, Integer>> fs) {
        return fs.stream().reduce(Function.identity(), Function::andThen);
    }
}
