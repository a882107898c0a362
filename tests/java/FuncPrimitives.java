// The primitive specializations: IntUnaryOperator/LongUnaryOperator/DoubleUnaryOperator
// andThen/compose/identity, Int/Long/DoublePredicate and/or/negate, IntBinaryOperator,
// ToInt/ToLong/ToDoubleFunction, Int/Long/DoubleFunction, IntToLongFunction, ObjIntConsumer,
// BooleanSupplier, IntSupplier, the *Consumer andThen forms.
import java.util.*;
import java.util.function.*;

public class FuncPrimitives {
    public static void main(String[] args) {
        IntUnaryOperator sq = x -> x * x, neg = x -> -x;
        System.out.println(sq.andThen(neg).applyAsInt(7) + " " + sq.compose(neg).applyAsInt(7) + " " + IntUnaryOperator.identity().applyAsInt(9) + " " + sq.andThen(sq).applyAsInt(3));
        LongUnaryOperator sh = x -> x << 33;
        DoubleUnaryOperator half = d -> d / 2;
        System.out.println(sh.andThen(x -> x + 1).applyAsLong(1) + " " + LongUnaryOperator.identity().applyAsLong(-5) + " " + half.compose(d -> d + 1).applyAsDouble(2) + " " + half.andThen(Math::sqrt).applyAsDouble(8) + " " + DoubleUnaryOperator.identity().applyAsDouble(-0.0));
        IntPredicate even = x -> x % 2 == 0, big = x -> x > 100;
        LongPredicate lp = x -> x < 0;
        DoublePredicate nan = Double::isNaN;
        System.out.println(even.and(big).test(102) + " " + even.or(big).test(3) + " " + even.negate().test(3) + " " + lp.negate().test(-1) + " " + lp.or(x -> x == 0).test(0) + " " + nan.and(d -> true).test(Double.NaN) + " " + nan.negate().test(1));
        IntBinaryOperator gcd = new IntBinaryOperator() { public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); } };
        LongBinaryOperator mul = (a, b) -> a * b;
        DoubleBinaryOperator hyp = Math::hypot;
        System.out.println(gcd.applyAsInt(1071, 462) + " " + mul.applyAsLong(1L << 31, 1L << 31) + " " + hyp.applyAsDouble(5, 12));
        ToIntFunction<String> len = String::length;
        ToLongFunction<String> hash = s -> s.hashCode() * 31L;
        ToDoubleFunction<Integer> inv = i -> 1.0 / i;
        ToIntBiFunction<String, String> cmp = String::compareTo;
        System.out.println(len.applyAsInt("hello") + " " + hash.applyAsLong("k") + " " + inv.applyAsDouble(8) + " " + cmp.applyAsInt("a", "c"));
        IntFunction<String> stars = "*"::repeat;
        LongFunction<Long> boxL = Long::valueOf;
        DoubleFunction<String> fmt = d -> String.format("%.3f", d);
        IntToLongFunction widen = i -> i * 10_000_000_000L;
        IntToDoubleFunction third = i -> i / 3.0;
        DoubleToIntFunction floor = d -> (int) Math.floor(d);
        LongToIntFunction low = l -> (int) l;
        System.out.println(stars.apply(4) + " " + boxL.apply(7L) + " " + fmt.apply(Math.PI) + " " + widen.applyAsLong(3) + " " + third.applyAsDouble(1) + " " + floor.applyAsInt(-1.5) + " " + low.applyAsInt(0x1_0000_0005L));
        StringBuilder sb = new StringBuilder();
        IntConsumer ic = i -> sb.append('i').append(i);
        LongConsumer lc = l -> sb.append('l').append(l);
        DoubleConsumer dc = d -> sb.append('d').append(d);
        ic.andThen(i -> sb.append('+')).accept(1);
        lc.andThen(lc).accept(2);
        dc.andThen(d -> sb.append('#')).accept(0.5);
        ObjIntConsumer<String> oic = (s, i) -> sb.append(s.charAt(i));
        oic.accept("xyz", 2);
        ObjLongConsumer<String> olc = (s, l) -> sb.append(s).append(l);
        olc.accept("L", 9L);
        ObjDoubleConsumer<String> odc = (s, d) -> sb.append(s).append(d);
        odc.accept("D", 1e-7);
        System.out.println(sb);
        int[] n = {0};
        BooleanSupplier bs = () -> n[0]++ % 2 == 0;
        IntSupplier is = () -> n[0] * 100;
        LongSupplier ls = () -> Long.MAX_VALUE;
        DoubleSupplier ds = () -> 0.1 * 3;
        System.out.println(bs.getAsBoolean() + " " + bs.getAsBoolean() + " " + is.getAsInt() + " " + ls.getAsLong() + " " + ds.getAsDouble());
        ToDoubleBiFunction<Integer, Integer> avg = (a, b) -> (a + b) / 2.0;
        ToLongBiFunction<Integer, Integer> prod = (a, b) -> (long) a * b;
        System.out.println(avg.applyAsDouble(3, 4) + " " + prod.applyAsLong(Integer.MAX_VALUE, 2));
        int[] data = {5, 3, 8, 1};
        Arrays.setAll(data, IntUnaryOperator.identity().andThen(i -> data[i] * 10));
        System.out.println(Arrays.toString(data));
    }
}
