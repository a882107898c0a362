package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Supplier;

/** Streams over a Spliterator: how collections and other sources make theirs. */
public final class StreamSupport {
    private StreamSupport() {}

    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        RefPipeline<T> p = RefPipeline.head(spliterator);
        p.shared.parallel = parallel;
        return p;
    }

    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics,
                                       boolean parallel) {
        Objects.requireNonNull(supplier);
        RefPipeline<T> p = RefPipeline.head(supplier.get());
        p.shared.parallel = parallel;
        return p;
    }

    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel) {
        IntPipeline p = IntPipeline.head(Objects.requireNonNull(spliterator));
        p.shared.parallel = parallel;
        return p;
    }

    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel) {
        LongPipeline p = LongPipeline.head(Objects.requireNonNull(spliterator));
        p.shared.parallel = parallel;
        return p;
    }

    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel) {
        DoublePipeline p = DoublePipeline.head(Objects.requireNonNull(spliterator));
        p.shared.parallel = parallel;
        return p;
    }
}
