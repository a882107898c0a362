// Lambdas: no captures, capturing locals and this, nested lambdas, returning
// primitives with boxing, recursion through a field, custom functional interfaces.
import java.util.function.*;
public class Lambdas {
    interface TriFunc { int apply(int a, int b, int c); }
    interface Gen<T> { T make(); }
    interface LongOp { long op(long x); }
    int base = 10;
    static IntUnaryOperator fact;
    Supplier<String> describe() { return () -> "base=" + base; }
    IntSupplier counter() { int[] c = {0}; return () -> base + ++c[0]; }
    public static void main(String[] args) {
        Runnable r = () -> System.out.println("run");
        r.run();
        int k = 5;
        String label = "k";
        Supplier<String> s = () -> label + "=" + k;
        System.out.println(s.get());
        Function<Integer, Integer> sq = x -> x * x;
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        System.out.println(sq.apply(7) + " " + add.apply(2, 3) + " " + sq.andThen(x -> x + 1).apply(3) + " " + sq.compose((Integer x) -> x + 1).apply(3));
        TriFunc t = (a, b, c) -> a * b + c;
        System.out.println(t.apply(2, 3, 4));
        Lambdas l = new Lambdas();
        Supplier<String> d = l.describe();
        l.base = 20;
        System.out.println(d.get());
        IntSupplier cnt = l.counter();
        System.out.println(cnt.getAsInt() + " " + cnt.getAsInt() + " " + cnt.getAsInt());
        fact = n -> n <= 1 ? 1 : n * fact.applyAsInt(n - 1);
        System.out.println(fact.applyAsInt(10));
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a - b;
        System.out.println(curried.apply(10).apply(3));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> notEmpty = empty.negate();
        System.out.println(empty.test("") + " " + notEmpty.test("") + " " + empty.or(x -> x.length() > 3).test("long") + " " + empty.and(x -> true).test("a"));
        Gen<int[]> g = () -> new int[]{1, 2, 3};
        System.out.println(g.make().length);
        LongOp lo = x -> x << 33;
        System.out.println(lo.op(1));
        DoubleBinaryOperator dbo = (a, b) -> a / b;
        System.out.println(dbo.applyAsDouble(1, 8));
        ToIntFunction<String> len = String::length;
        System.out.println(len.applyAsInt("four"));
        BooleanSupplier bs = () -> k > 3;
        System.out.println(bs.getAsBoolean());
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> max = BinaryOperator.maxBy((a, b) -> a - b);
        System.out.println(up.apply("shout") + " " + max.apply(3, 9) + " " + Function.<Integer>identity().apply(77));
        Consumer<StringBuilder> c1 = sb -> sb.append("a");
        Consumer<StringBuilder> c2 = c1.andThen(sb -> sb.append("b"));
        StringBuilder sb = new StringBuilder();
        c2.accept(sb); c2.accept(sb);
        System.out.println(sb);
        Runnable[] rs = new Runnable[3];
        for (int i = 0; i < 3; i++) { final int j = i; rs[i] = () -> System.out.print(j + " "); }
        for (Runnable x : rs) x.run();
        System.out.println();
    }
}
