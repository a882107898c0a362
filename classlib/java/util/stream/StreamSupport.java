package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.Supplier;

/** Streams over a Spliterator: how collections and other sources make theirs. */
public final class StreamSupport {
    private StreamSupport() {}

    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        return RefPipeline.head(spliterator);
    }

    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics,
                                       boolean parallel) {
        Objects.requireNonNull(supplier);
        return RefPipeline.head(supplier.get());
    }

    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel) {
        return IntPipeline.head(Objects.requireNonNull(spliterator));
    }

    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel) {
        return LongPipeline.head(Objects.requireNonNull(spliterator));
    }

    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel) {
        return DoublePipeline.head(Objects.requireNonNull(spliterator));
    }
}
