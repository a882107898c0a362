// Optional, OptionalInt, OptionalLong, OptionalDouble: toString, map/flatMap/filter/or,
// orElse* variants, ifPresentOrElse, stream, and the JDK's "No value present".
import java.util.*;

public class UtilOptionals {
    static Optional<Integer> parse(String s) {
        try { return Optional.of(Integer.parseInt(s)); } catch (NumberFormatException e) { return Optional.empty(); }
    }

    public static void main(String[] args) {
        Optional<String> a = Optional.of("value"), e = Optional.empty(), n = Optional.ofNullable(null);
        System.out.println(a + " " + e + " " + n + " " + a.isPresent() + " " + e.isEmpty() + " " + (e == n));
        System.out.println(a.map(String::length) + " " + e.map(String::length) + " " + a.map(s -> null) + " " + a.filter(s -> s.startsWith("v")) + " " + a.filter(s -> s.isEmpty()));
        System.out.println(a.flatMap(s -> parse("12")) + " " + a.flatMap(s -> parse("x")) + " " + e.or(() -> Optional.of("alt")) + " " + a.or(() -> Optional.of("alt")));
        System.out.println(a.orElse("other") + " " + e.orElse("other") + " " + e.orElseGet(() -> "got") + " " + a.get());
        try { e.get(); } catch (NoSuchElementException x) { System.out.println("get: " + x.getMessage()); }
        try { e.orElseThrow(); } catch (NoSuchElementException x) { System.out.println("orElseThrow: " + x.getMessage()); }
        try { e.orElseThrow(() -> new IllegalStateException("custom")); } catch (IllegalStateException x) { System.out.println("supplier: " + x.getMessage()); }
        try { Optional.of(null); } catch (NullPointerException x) { System.out.println("of(null): NPE"); }
        a.ifPresent(s -> System.out.println("present " + s));
        e.ifPresentOrElse(s -> System.out.println("no"), () -> System.out.println("absent"));
        System.out.println(a.stream().count() + " " + e.stream().count() + " " + a.equals(Optional.of("value")) + " " + a.hashCode());
        OptionalInt oi = OptionalInt.of(42), oie = OptionalInt.empty();
        OptionalLong ol = OptionalLong.of(-1L);
        OptionalDouble od = OptionalDouble.of(2.5), ode = OptionalDouble.empty();
        System.out.println(oi + " " + oie + " " + ol + " " + od + " " + ode + " " + OptionalDouble.of(Double.NaN) + " " + OptionalDouble.of(-0.0));
        System.out.println(oi.getAsInt() + " " + oie.orElse(-1) + " " + ol.orElseGet(() -> 5) + " " + od.orElseThrow() + " " + ode.orElse(0.5) + " " + oie.isPresent());
        try { oie.getAsInt(); } catch (NoSuchElementException x) { System.out.println("getAsInt: " + x.getMessage()); }
        try { ode.orElseThrow(); } catch (NoSuchElementException x) { System.out.println("double orElseThrow: " + x.getMessage()); }
        System.out.println(java.util.stream.IntStream.range(0, 0).max() + " " + java.util.stream.IntStream.of(3, 9, 2).max() + " " + java.util.stream.IntStream.of(1, 2).average()
                + " " + java.util.stream.DoubleStream.of(1, 2, 4).average() + " " + java.util.stream.LongStream.empty().min());
        List<Optional<Integer>> parsed = new ArrayList<>();
        for (String s : "1 x 3 4y 5".split(" ")) parsed.add(parse(s));
        System.out.println(parsed + " " + parsed.stream().flatMap(Optional::stream).mapToInt(Integer::intValue).sum());
        Optional<Optional<String>> nested = Optional.of(Optional.empty());
        System.out.println(nested + " " + nested.flatMap(x -> x) + " " + Optional.of(List.of()));
    }
}
