// Default and static methods of functional interfaces: andThen, compose,
// identity, negate, and, or, a custom interface with defaults.
import java.util.function.*;
public class FunctionalDefaults {
    @FunctionalInterface interface Shape { double area(); default Shape scaled(double k) { return () -> area() * k * k; } static Shape unit() { return () -> 1.0; } }
    public static void main(String[] args) {
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<String>identity().apply("id"));
        IntUnaryOperator a = x -> x + 3, b = x -> x * 10;
        System.out.println(a.andThen(b).applyAsInt(1) + " " + a.compose(b).applyAsInt(1) + " " + IntUnaryOperator.identity().applyAsInt(8));
        IntPredicate even = x -> x % 2 == 0, pos = x -> x > 0;
        StringBuilder sb = new StringBuilder();
        for (int i = -3; i <= 3; i++) sb.append(even.and(pos).test(i) ? 'A' : even.or(pos).test(i) ? 'O' : even.negate().test(i) ? 'N' : '.');
        System.out.println(sb);
        Predicate<Object> isNull = Predicate.isEqual(null), isFive = Predicate.isEqual(5);
        System.out.println(isNull.test(null) + " " + isFive.test(5) + " " + isFive.test(6) + " " + Predicate.not(isFive).test(6));
        BiFunction<Integer, Integer, Integer> mul = (x, y) -> x * y;
        System.out.println(mul.andThen(x -> "r" + x).apply(6, 7));
        Shape s = Shape.unit().scaled(3);
        System.out.println(s.area());
        BinaryOperator<String> minBy = BinaryOperator.minBy((x, y) -> x.length() - y.length());
        System.out.println(minBy.apply("long", "abc"));
        Supplier<Supplier<String>> nested = () -> () -> "nested";
        System.out.println(nested.get().get());
        ObjIntConsumer<StringBuilder> rep = (sbb, n) -> { for (int i = 0; i < n; i++) sbb.append('*'); };
        StringBuilder stars = new StringBuilder(); rep.accept(stars, 4);
        System.out.println(stars);
        DoubleUnaryOperator half = x -> x / 2;
        System.out.println(half.andThen(half).applyAsDouble(10));
        LongBinaryOperator lmax = Math::max;
        System.out.println(lmax.applyAsLong(-5L, 3L));
    }
}
