// Method references of every kind: static, bound instance, unbound instance,
// constructor, array constructor, super::m, this::m, varargs and boxing adaptation.
import java.util.function.*;
public class MethodRefs {
    static int twice(int x) { return 2 * x; }
    String prefix = "p:";
    String tag(String s) { return prefix + s; }
    static class Base { String hi() { return "base-hi"; } }
    static class Kid extends Base {
        String hi() { return "kid-hi"; }
        Supplier<String> sup() { return super::hi; }
        Supplier<String> mine() { return this::hi; }
    }
    static class Pt { final int x, y; Pt() { this(0, 0); } Pt(int x, int y) { this.x = x; this.y = y; } public String toString() { return "Pt" + x + "," + y; } }
    static String joinAll(String... xs) { return String.join("+", xs); }
    static long widen(int x) { return x * 1000000000L; }
    interface IntToLong { long f(int x); }
    interface ThreeStrings { String f(String a, String b, String c); }
    public static void main(String[] args) {
        IntUnaryOperator st = MethodRefs::twice;
        Function<Integer, Integer> boxed = MethodRefs::twice;
        System.out.println(st.applyAsInt(21) + " " + boxed.apply(4));
        MethodRefs m = new MethodRefs();
        Function<String, String> bound = m::tag;
        m.prefix = "q:";
        System.out.println(bound.apply("x"));
        BiFunction<MethodRefs, String, String> unbound = MethodRefs::tag;
        System.out.println(unbound.apply(m, "y"));
        Function<String, Integer> len = String::length;
        BiFunction<String, String, Boolean> eq = String::equals;
        Comparator cmp = null;
        System.out.println(len.apply("hello") + " " + eq.apply("a", "a") + " " + eq.apply("a", "b"));
        Supplier<Pt> ctor0 = Pt::new;
        BiFunction<Integer, Integer, Pt> ctor2 = Pt::new;
        System.out.println(ctor0.get() + " " + ctor2.apply(3, 4));
        IntFunction<int[]> arr = int[]::new;
        Function<Integer, String[]> sarr = String[]::new;
        System.out.println(arr.apply(5).length + " " + sarr.apply(2).length + " " + sarr.apply(2).getClass().getName());
        Kid k = new Kid();
        System.out.println(k.sup().get() + " " + k.mine().get());
        ThreeStrings ts = MethodRefs::joinAll;
        System.out.println(ts.f("a", "b", "c"));
        IntToLong w = MethodRefs::widen;
        System.out.println(w.f(5));
        Function<String, Integer> parse = Integer::parseInt;
        Function<Integer, String> hex = Integer::toHexString;
        System.out.println(parse.andThen(hex).apply("255"));
        Supplier<String> nul = null;
        String str = null;
        try { Supplier<Integer> bad = str::length; } catch (NullPointerException e) { System.out.println("NPE at capture"); }
        Runnable pr = System.out::println;
        pr.run();
        Consumer<Object> printer = System.out::println;
        printer.accept("via consumer");
        ToLongFunction<Long> unboxL = Long::longValue;
        System.out.println(unboxL.applyAsLong(99L));
        Function<Object, String> vo = String::valueOf;
        System.out.println(vo.apply(null) + " " + vo.apply(3.5));
    }
    interface Comparator { }
}
