package java.util.stream;

import java.util.Arrays;
import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;
import java.util.function.LongToIntFunction;
import java.util.function.LongToDoubleFunction;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * One stage of an LongStream: its values come from the Spliterator.OfLong
 * src. LongPipeline and DoublePipeline are the same file for their types.
 */
class LongPipeline extends AbstractPipeline implements LongStream {
    final Spliterator.OfLong src;

    LongPipeline(Spliterator.OfLong src, Shared shared, long exactSize) {
        super(shared, exactSize);
        this.src = src;
    }

    static LongPipeline head(Spliterator.OfLong src) {
        return new LongPipeline(src, new Shared(), src.getExactSizeIfKnown());
    }

    /** lo..hi inclusive (lo <= hi), sized. */
    static LongStream range(long lo, long hi) {
        return new LongPipeline(new Op() {
            long next = lo;
            boolean done;

            public boolean tryAdvance(LongConsumer action) {
                if (done)
                    return false;
                long v = next++;
                done = v == hi;
                action.accept(v);
                return true;
            }
        }, new Shared(), (long) hi - lo + 1);
    }

    private LongStream next(Spliterator.OfLong s, boolean keepSize) {
        link();
        return new LongPipeline(s, shared, keepSize ? exactSize : -1);
    }

    private Spliterator.OfLong consume() {
        link();
        return src;
    }

    /** A stage's Spliterator: not sized, not splittable. */
    abstract static class Op implements Spliterator.OfLong {
        public Spliterator.OfLong trySplit() { return null; }

        public long estimateSize() { return Long.MAX_VALUE; }

        public int characteristics() { return Spliterator.ORDERED; }
    }

    static final class Box implements LongConsumer {
        long value;

        public void accept(long t) {
            value = t;
        }
    }

    static final class BuilderImpl implements LongStream.Builder {
        private long[] values = new long[8];
        private int size;
        private boolean built;

        public void accept(long t) {
            if (built)
                throw new IllegalStateException();
            if (size == values.length)
                values = Arrays.copyOf(values, size * 2);
            values[size++] = t;
        }

        public LongStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return head(Spliterators.spliterator(values, 0, size, Spliterator.ORDERED));
        }
    }

    // ---- intermediate operations ----

    @Override
    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfLong s = src;
        return next(new Op() {
            final Box box = new Box();

            public boolean tryAdvance(LongConsumer action) {
                while (s.tryAdvance(box)) {
                    if (predicate.test(box.value)) {
                        action.accept(box.value);
                        return true;
                    }
                }
                return false;
            }

            public void forEachRemaining(LongConsumer action) {
                s.forEachRemaining((LongConsumer) t -> {
                    if (predicate.test(t))
                        action.accept(t);
                });
            }
        }, false);
    }

    @Override
    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        Spliterator.OfLong s = src;
        return next(new Op() {
            public boolean tryAdvance(LongConsumer action) {
                return s.tryAdvance((LongConsumer) t -> action.accept(mapper.applyAsLong(t)));
            }

            public void forEachRemaining(LongConsumer action) {
                s.forEachRemaining((LongConsumer) t -> action.accept(mapper.applyAsLong(t)));
            }
        }, true);
    }

    @Override
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfLong s = src;
        return new RefPipeline<U>(new RefPipeline.Op<U>() {
            public boolean tryAdvance(java.util.function.Consumer<? super U> action) {
                return s.tryAdvance((LongConsumer) t -> action.accept(mapper.apply(t)));
            }

            public void forEachRemaining(java.util.function.Consumer<? super U> action) {
                s.forEachRemaining((LongConsumer) t -> action.accept(mapper.apply(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public Stream<Long> boxed() {
        return mapToObj(Long::valueOf);
    }

    @Override
    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfLong s = src;
        return new IntPipeline(new IntPipeline.Op() {
            public boolean tryAdvance(java.util.function.IntConsumer action) {
                return s.tryAdvance((LongConsumer) t -> action.accept(mapper.applyAsInt(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfLong s = src;
        return new DoublePipeline(new DoublePipeline.Op() {
            public boolean tryAdvance(java.util.function.DoubleConsumer action) {
                return s.tryAdvance((LongConsumer) t -> action.accept(mapper.applyAsDouble(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public DoubleStream asDoubleStream() {
        return mapToDouble(t -> (double) t);
    }


    @Override
    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return mapToObj(t -> {
            LongStream is = mapper.apply(t);
            return is == null ? null : is.boxed();
        }).flatMap(x -> x).mapToLong(i -> i);
    }

    @Override
    public LongStream distinct() {
        return boxed().distinct().mapToLong(i -> i);
    }

    @Override
    public LongStream sorted() {
        Spliterator.OfLong s = src;
        return next(new Op() {
            long[] sorted;
            int index;

            private void sort() {
                if (sorted == null) {
                    BuilderImpl b = new BuilderImpl();
                    s.forEachRemaining((LongConsumer) b);
                    sorted = Arrays.copyOf(b.values, b.size);
                    Arrays.sort(sorted);
                }
            }

            public boolean tryAdvance(LongConsumer action) {
                sort();
                if (index >= sorted.length)
                    return false;
                action.accept(sorted[index++]);
                return true;
            }
        }, true);
    }

    @Override
    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        Spliterator.OfLong s = src;
        return next(new Op() {
            public boolean tryAdvance(LongConsumer a) {
                return s.tryAdvance((LongConsumer) t -> {
                    action.accept(t);
                    a.accept(t);
                });
            }
        }, true);
    }

    @Override
    public LongStream limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        Spliterator.OfLong s = src;
        return next(new Op() {
            long left = maxSize;

            public boolean tryAdvance(LongConsumer action) {
                if (left <= 0)
                    return false;
                if (!s.tryAdvance(action))
                    return false;
                left--;
                return true;
            }
        }, false);
    }

    @Override
    public LongStream skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        Spliterator.OfLong s = src;
        return next(new Op() {
            long toSkip = n;
            final Box box = new Box();

            public boolean tryAdvance(LongConsumer action) {
                while (toSkip > 0) {
                    if (!s.tryAdvance(box))
                        return false;
                    toSkip--;
                }
                return s.tryAdvance(action);
            }
        }, n == 0);
    }

    @Override
    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfLong s = src;
        return next(new Op() {
            boolean done;
            final Box box = new Box();

            public boolean tryAdvance(LongConsumer action) {
                if (done || !s.tryAdvance(box))
                    return false;
                if (!predicate.test(box.value)) {
                    done = true;
                    return false;
                }
                action.accept(box.value);
                return true;
            }
        }, false);
    }

    @Override
    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfLong s = src;
        return next(new Op() {
            boolean dropping = true;
            final Box box = new Box();

            public boolean tryAdvance(LongConsumer action) {
                if (dropping) {
                    dropping = false;
                    while (s.tryAdvance(box)) {
                        if (!predicate.test(box.value)) {
                            action.accept(box.value);
                            return true;
                        }
                    }
                    return false;
                }
                return s.tryAdvance(action);
            }
        }, false);
    }

    // ---- terminal operations ----

    @Override
    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        consume().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(LongConsumer action) {
        forEach(action);
    }

    @Override
    public long[] toArray() {
        BuilderImpl b = new BuilderImpl();
        consume().forEachRemaining((LongConsumer) b);
        return Arrays.copyOf(b.values, b.size);
    }

    @Override
    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] acc = {identity};
        consume().forEachRemaining((LongConsumer) t -> acc[0] = op.applyAsLong(acc[0], t));
        return acc[0];
    }

    @Override
    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        long[] acc = {0};
        boolean[] found = {false};
        consume().forEachRemaining((LongConsumer) t -> {
            if (!found[0]) {
                found[0] = true;
                acc[0] = t;
            } else {
                acc[0] = op.applyAsLong(acc[0], t);
            }
        });
        return found[0] ? OptionalLong.of(acc[0]) : OptionalLong.empty();
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Spliterator.OfLong s = consume();
        R container = supplier.get();
        s.forEachRemaining((LongConsumer) t -> accumulator.accept(container, t));
        return container;
    }

    @Override
    public long sum() {
        return reduce(0, Long::sum);
    }

    @Override
    public OptionalLong min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalLong max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        Spliterator.OfLong s = consume();
        if (exactSize >= 0)
            return exactSize;
        long[] n = {0};
        s.forEachRemaining((LongConsumer) t -> n[0]++);
        return n[0];
    }

    @Override
    public OptionalDouble average() {
        long[] avg = collect(() -> new long[2], (ll, i) -> {
            ll[0]++;
            ll[1] += i;
        }, (ll, rr) -> {});
        return avg[0] > 0 ? OptionalDouble.of((double) avg[1] / avg[0]) : OptionalDouble.empty();
    }

    @Override
    public LongSummaryStatistics summaryStatistics() {
        return collect(LongSummaryStatistics::new, LongSummaryStatistics::accept, LongSummaryStatistics::combine);
    }

    @Override
    public boolean anyMatch(LongPredicate predicate) {
        return match(predicate, true);
    }

    @Override
    public boolean allMatch(LongPredicate predicate) {
        return !match(predicate.negate(), true);
    }

    @Override
    public boolean noneMatch(LongPredicate predicate) {
        return !match(predicate, true);
    }

    private boolean match(LongPredicate predicate, boolean want) {
        Objects.requireNonNull(predicate);
        Spliterator.OfLong s = consume();
        Box box = new Box();
        while (s.tryAdvance(box))
            if (predicate.test(box.value) == want)
                return true;
        return false;
    }

    @Override
    public OptionalLong findFirst() {
        Spliterator.OfLong s = consume();
        Box box = new Box();
        return s.tryAdvance(box) ? OptionalLong.of(box.value) : OptionalLong.empty();
    }

    @Override
    public OptionalLong findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public PrimitiveIterator.OfLong iterator() {
        return Spliterators.iterator(consume());
    }

    @Override
    public Spliterator.OfLong spliterator() {
        return consume();
    }

    @Override
    public LongStream sequential() {
        shared.parallel = false;
        return this;
    }

    @Override
    public LongStream parallel() {
        shared.parallel = true;
        return this;
    }

    @Override
    public LongStream unordered() {
        return this;
    }

    @Override
    public LongStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
