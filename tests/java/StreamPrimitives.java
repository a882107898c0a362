// IntStream, LongStream and DoubleStream: range/rangeClosed, of, iterate, sum/average/
// min/max/summaryStatistics (and their toString), boxed, mapToObj, asLongStream,
// asDoubleStream, chars, sorted, distinct, and the floating-point sum's compensation.
import java.util.*;
import java.util.stream.*;

public class StreamPrimitives {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 5).sum() + " " + IntStream.rangeClosed(1, 100).sum() + " " + IntStream.range(5, 5).count() + " " + IntStream.range(5, 0).count() + " " + IntStream.rangeClosed(-2, 2).boxed().toList());
        System.out.println(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).sorted().boxed().toList() + " " + IntStream.of(3, 1, 4, 1, 5).distinct().boxed().toList() + " " + IntStream.of(3, 1, 4).max().getAsInt() + " " + IntStream.empty().min());
        System.out.println(IntStream.of(1, 2, 3, 4).average() + " " + IntStream.empty().average() + " " + LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b) + " " + LongStream.of(Long.MAX_VALUE, 1).sum());
        IntSummaryStatistics is = IntStream.of(4, 8, 15, 16, 23, 42).summaryStatistics();
        System.out.println(is + " | " + is.getAverage() + " " + is.getSum());
        System.out.println(IntStream.empty().summaryStatistics());
        LongSummaryStatistics ls = LongStream.of(-5, 1L << 40).summaryStatistics();
        System.out.println(ls);
        DoubleSummaryStatistics ds = DoubleStream.of(0.1, 0.2, 0.3, 1e-17, -0.5).summaryStatistics();
        System.out.println(ds + " | " + ds.getSum() + " " + ds.getAverage());
        System.out.println(DoubleStream.empty().summaryStatistics() + " " + DoubleStream.of(Double.NaN, 1).max() + " " + DoubleStream.of(-0.0, 0.0).max() + " " + DoubleStream.of(-0.0, 0.0).min());
        double[] many = new double[1000];
        Arrays.fill(many, 0.1);
        double naive = 0;
        for (double d : many) naive += d;
        System.out.println(naive + " " + DoubleStream.of(many).sum() + " " + DoubleStream.of(1e100, 1.0, -1e100).sum() + " " + DoubleStream.of(1, 2).map(Math::sqrt).sum());
        System.out.println(IntStream.iterate(1, i -> i * 2).limit(12).mapToObj(Integer::toBinaryString).collect(Collectors.joining(",")) + " " + IntStream.iterate(0, i -> i < 20, i -> i + 7).boxed().toList());
        System.out.println(IntStream.range(0, 5).asLongStream().map(l -> l << 40).boxed().toList() + " " + IntStream.range(0, 4).asDoubleStream().map(d -> d / 3).boxed().toList());
        System.out.println("hello".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()) + " " + IntStream.of(72, 105).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        System.out.println(Arrays.toString(IntStream.range(0, 10).filter(i -> i % 3 == 0).map(i -> i * i).toArray()) + " " + Arrays.toString(LongStream.of(3, 2, 1).sorted().toArray()) + " " + Arrays.toString(DoubleStream.of(2.5, -1).sorted().toArray()));
        System.out.println(IntStream.range(0, 100).anyMatch(i -> i == 99) + " " + IntStream.range(0, 100).allMatch(i -> i < 99) + " " + IntStream.range(0, 100).noneMatch(i -> i < 0) + " " + IntStream.of(7, 8).findFirst() + " " + LongStream.empty().findFirst());
        System.out.println(IntStream.rangeClosed(1, 5).mapToLong(i -> (long) i * Integer.MAX_VALUE).sum() + " " + IntStream.rangeClosed(1, 5).mapToDouble(i -> 1.0 / i).sum() + " " + DoubleStream.of(1.9, -1.9).mapToInt(d -> (int) d).boxed().toList() + " " + DoubleStream.of(2.5).mapToLong(Math::round).sum());
        System.out.println(IntStream.range(0, 20).skip(5).limit(5).boxed().toList() + " " + IntStream.range(0, 20).takeWhile(i -> i < 3).boxed().toList() + " " + IntStream.concat(IntStream.of(1), IntStream.of(2)).boxed().toList() + " " + IntStream.of(1, 2, 3).map(i -> -i).min().getAsInt());
        int total = IntStream.rangeClosed(1, 3000).filter(i -> Integer.bitCount(i) % 2 == 0).map(i -> i % 97).sum();
        System.out.println(total);
    }
}
