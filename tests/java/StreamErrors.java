// Failures inside pipelines: exceptions thrown by lambdas propagate unchanged, null
// elements where they are refused (toMap values, Objects::requireNonNull), iterate
// with a null seed, toArray with a generator of the wrong type, and onClose handlers.
import java.util.*;
import java.util.stream.*;

public class StreamErrors {
    interface Act { Object run(); }

    static void t(String what, Act a) {
        try {
            System.out.println(what + ": " + a.run());
        } catch (NullPointerException e) {
            System.out.println(what + ": NullPointerException");
        } catch (ArrayStoreException e) {
            System.out.println(what + ": ArrayStoreException");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        t("lambda throws", () -> Stream.of("1", "2", "x").map(Integer::parseInt).toList());
        t("custom", () -> Stream.of(1, 2).peek(i -> { if (i == 2) throw new IllegalStateException("boom at " + i); }).toList());
        t("toMap null value", () -> Stream.of("a").collect(Collectors.toMap(s -> s, s -> null)));
        t("groupingBy null key", () -> Stream.of("a").collect(Collectors.groupingBy(s -> null)));
        t("toList allows null", () -> Stream.of("a", null).toList());
        t("collect toList allows null", () -> Stream.of(null, "b").collect(Collectors.toList()));
        t("toUnmodifiableList null", () -> Stream.of("a", null).collect(Collectors.toUnmodifiableList()));
        t("sorted with null", () -> Stream.of("b", null, "a").sorted().toList());
        t("max on empty get", () -> Stream.<Integer>empty().max(Integer::compare).get());
        t("toArray wrong type", () -> Stream.of(1, 2).toArray(String[]::new));
        t("limit negative", () -> Stream.of(1).limit(-1));
        t("skip negative", () -> IntStream.range(0, 3).skip(-2));
        t("range huge count", () -> LongStream.rangeClosed(Long.MIN_VALUE, Long.MIN_VALUE + 2).count());
        t("reduce identity", () -> Stream.of(2, 3).reduce(10, (a, b) -> a * b));
        t("concat used", () -> { Stream<Integer> a = Stream.of(1); Stream.concat(a, Stream.of(2)).count(); return a.count(); });
        List<String> closed = new ArrayList<>();
        try (Stream<Integer> s = Stream.of(1, 2, 3).onClose(() -> closed.add("first")).onClose(() -> closed.add("second"))) {
            System.out.println("sum " + s.mapToInt(i -> i).sum());
        }
        System.out.println("closed " + closed);
        t("onClose throws", () -> { Stream<Integer> s = Stream.of(1).onClose(() -> { throw new IllegalArgumentException("close 1"); }).onClose(() -> { throw new IllegalStateException("close 2"); });
            try { s.close(); } catch (IllegalArgumentException e) { return e.getMessage() + " suppressed " + e.getSuppressed().length + " " + e.getSuppressed()[0].getMessage(); } return "none"; });
        t("iterator after terminal", () -> { Stream<Integer> s = Stream.of(1); s.toList(); return s.iterator(); });
        t("findFirst null", () -> Stream.of((String) null).findFirst());
    }
}
