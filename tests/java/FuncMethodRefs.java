// Method references of every kind as functional interfaces: static, bound instance,
// unbound instance, constructor (class and array), super::method, this::method,
// references to overloaded and varargs methods, and generic methods.
import java.util.*;
import java.util.function.*;

public class FuncMethodRefs {
    static class Base {
        String greet(String n) { return "hello " + n; }
    }

    static class Derived extends Base {
        @Override String greet(String n) { return "hi " + n; }
        Function<String, String> viaSuper() { return super::greet; }
        Function<String, String> viaThis() { return this::greet; }
    }

    record Pt(int x, int y) {
        Pt(int both) { this(both, both); }
        static Pt origin() { return new Pt(0, 0); }
        int sum() { return x + y; }
    }

    static int count(String... parts) { return parts.length; }
    static <T> List<T> twice(T t) { return List.of(t, t); }

    public static void main(String[] args) {
        Function<String, Integer> parse = Integer::parseInt;
        BiFunction<Integer, Integer, Integer> max = Math::max;
        Supplier<Pt> origin = Pt::origin;
        System.out.println(parse.apply("42") + " " + max.apply(3, 9) + " " + origin.get());
        String prefix = "pre-";
        Function<String, String> bound = prefix::concat;
        Function<String, String> unbound = String::toUpperCase;
        BiFunction<String, String, Boolean> unbound2 = String::startsWith;
        System.out.println(bound.apply("fix") + " " + unbound.apply("up") + " " + unbound2.apply("prefix", "pre"));
        Function<Integer, Pt> ctor1 = Pt::new;
        BiFunction<Integer, Integer, Pt> ctor2 = Pt::new;
        IntFunction<int[]> arr = int[]::new;
        Function<Integer, String[][]> arr2 = String[][]::new;
        Supplier<ArrayList<String>> listCtor = ArrayList::new;
        Function<Collection<String>, TreeSet<String>> copyCtor = TreeSet::new;
        System.out.println(ctor1.apply(4) + " " + ctor2.apply(1, 2) + " " + arr.apply(3).length + " " + arr2.apply(2).length + " " + listCtor.get() + " " + copyCtor.apply(List.of("b", "a")));
        Derived d = new Derived();
        System.out.println(d.viaSuper().apply("x") + " / " + d.viaThis().apply("x"));
        ToIntFunction<Pt> sum = Pt::sum;
        Function<String[], Integer> va = FuncMethodRefs::count;
        BiFunction<String, String, Integer> va2 = FuncMethodRefs::count;
        Supplier<Integer> va0 = FuncMethodRefs::count;
        System.out.println(sum.applyAsInt(new Pt(3, 4)) + " " + va.apply(new String[]{"a", "b", "c"}) + " " + va2.apply("a", "b") + " " + va0.get());
        Function<String, List<String>> gen = FuncMethodRefs::twice;
        System.out.println(gen.apply("t") + " " + ((Function<Integer, List<Integer>>) FuncMethodRefs::twice).apply(1));
        Function<Object, String> ts = Object::toString;
        Function<Integer, String> its = String::valueOf;
        IntFunction<String> itsPrim = Integer::toString;
        BiFunction<Integer, Integer, String> radix = Integer::toString;
        System.out.println(ts.apply(List.of(1)) + " " + its.apply(77) + " " + itsPrim.apply(-3) + " " + radix.apply(255, 16));
        Comparator<String> ci = String::compareToIgnoreCase;
        List<String> l = new ArrayList<>(List.of("b", "A", "c"));
        l.sort(ci);
        Consumer<Object> printer = System.out::println;
        printer.accept(l);
        Function<String, Integer> chained = d.viaThis().andThen(String::length);
        Runnable r = () -> System.out.println("runnable " + chained.apply("abc"));
        r.run();
        Callable c = () -> "callable";
        try { System.out.println(c.call()); } catch (Exception e) { System.out.println(e); }
        String nul = null;
        try { Supplier<Integer> s = nul::length; System.out.println(s); } catch (NullPointerException e) { System.out.println("bound to null: NPE at creation"); }
    }

    interface Callable { Object call() throws Exception; }
}
