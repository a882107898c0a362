package java.util.stream;

import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * One stage of an IntStream: its values come from the Spliterator.OfInt
 * src. LongPipeline and DoublePipeline are the same file for their types.
 */
class IntPipeline extends AbstractPipeline implements IntStream {
    final Spliterator.OfInt src;

    IntPipeline(Spliterator.OfInt src, Shared shared, long exactSize) {
        super(shared, exactSize);
        this.src = src;
    }

    static IntPipeline head(Spliterator.OfInt src) {
        return new IntPipeline(src, new Shared(), src.getExactSizeIfKnown());
    }

    /** lo..hi inclusive (lo <= hi), sized. */
    static IntStream range(int lo, int hi) {
        return new IntPipeline(new Op() {
            long next = lo;

            public boolean tryAdvance(IntConsumer action) {
                if (next > hi)
                    return false;
                action.accept((int) next++);
                return true;
            }
        }, new Shared(), (long) hi - lo + 1);
    }

    private IntStream next(Spliterator.OfInt s, boolean keepSize) {
        link();
        return new IntPipeline(s, shared, keepSize ? exactSize : -1);
    }

    private Spliterator.OfInt consume() {
        link();
        return src;
    }

    /** A stage's Spliterator: not sized, not splittable. */
    abstract static class Op implements Spliterator.OfInt {
        public Spliterator.OfInt trySplit() { return null; }

        public long estimateSize() { return Long.MAX_VALUE; }

        public int characteristics() { return Spliterator.ORDERED; }
    }

    static final class Box implements IntConsumer {
        int value;

        public void accept(int t) {
            value = t;
        }
    }

    static final class BuilderImpl implements IntStream.Builder {
        private int[] values = new int[8];
        private int size;
        private boolean built;

        public void accept(int t) {
            if (built)
                throw new IllegalStateException();
            if (size == values.length)
                values = Arrays.copyOf(values, size * 2);
            values[size++] = t;
        }

        public IntStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return head(Spliterators.spliterator(values, 0, size, Spliterator.ORDERED));
        }
    }

    // ---- intermediate operations ----

    @Override
    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfInt s = src;
        return next(new Op() {
            final Box box = new Box();

            public boolean tryAdvance(IntConsumer action) {
                while (s.tryAdvance(box)) {
                    if (predicate.test(box.value)) {
                        action.accept(box.value);
                        return true;
                    }
                }
                return false;
            }

            public void forEachRemaining(IntConsumer action) {
                s.forEachRemaining((IntConsumer) t -> {
                    if (predicate.test(t))
                        action.accept(t);
                });
            }
        }, false);
    }

    @Override
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        Spliterator.OfInt s = src;
        return next(new Op() {
            public boolean tryAdvance(IntConsumer action) {
                return s.tryAdvance((IntConsumer) t -> action.accept(mapper.applyAsInt(t)));
            }

            public void forEachRemaining(IntConsumer action) {
                s.forEachRemaining((IntConsumer) t -> action.accept(mapper.applyAsInt(t)));
            }
        }, true);
    }

    @Override
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfInt s = src;
        return new RefPipeline<U>(new RefPipeline.Op<U>() {
            public boolean tryAdvance(java.util.function.Consumer<? super U> action) {
                return s.tryAdvance((IntConsumer) t -> action.accept(mapper.apply(t)));
            }

            public void forEachRemaining(java.util.function.Consumer<? super U> action) {
                s.forEachRemaining((IntConsumer) t -> action.accept(mapper.apply(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public Stream<Integer> boxed() {
        return mapToObj(Integer::valueOf);
    }

    // cross-type conversions (each primitive pipeline has its own)
    @Override
    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfInt s = src;
        return new LongPipeline(new LongPipeline.Op() {
            public boolean tryAdvance(java.util.function.LongConsumer action) {
                return s.tryAdvance((IntConsumer) t -> action.accept(mapper.applyAsLong(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfInt s = src;
        return new DoublePipeline(new DoublePipeline.Op() {
            public boolean tryAdvance(java.util.function.DoubleConsumer action) {
                return s.tryAdvance((IntConsumer) t -> action.accept(mapper.applyAsDouble(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public LongStream asLongStream() {
        return mapToLong(t -> (long) t);
    }

    @Override
    public DoubleStream asDoubleStream() {
        return mapToDouble(t -> (double) t);
    }

    // end cross-type

    @Override
    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return mapToObj(t -> {
            IntStream is = mapper.apply(t);
            return is == null ? null : is.boxed();
        }).flatMap(x -> x).mapToInt(i -> i);
    }

    @Override
    public IntStream distinct() {
        return boxed().distinct().mapToInt(i -> i);
    }

    @Override
    public IntStream sorted() {
        Spliterator.OfInt s = src;
        return next(new Op() {
            int[] sorted;
            int index;

            private void sort() {
                if (sorted == null) {
                    BuilderImpl b = new BuilderImpl();
                    s.forEachRemaining((IntConsumer) b);
                    sorted = Arrays.copyOf(b.values, b.size);
                    Arrays.sort(sorted);
                }
            }

            public boolean tryAdvance(IntConsumer action) {
                sort();
                if (index >= sorted.length)
                    return false;
                action.accept(sorted[index++]);
                return true;
            }
        }, true);
    }

    @Override
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        Spliterator.OfInt s = src;
        return next(new Op() {
            public boolean tryAdvance(IntConsumer a) {
                return s.tryAdvance((IntConsumer) t -> {
                    action.accept(t);
                    a.accept(t);
                });
            }
        }, true);
    }

    @Override
    public IntStream limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        Spliterator.OfInt s = src;
        return next(new Op() {
            long left = maxSize;

            public boolean tryAdvance(IntConsumer action) {
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
    public IntStream skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        Spliterator.OfInt s = src;
        return next(new Op() {
            long toSkip = n;
            final Box box = new Box();

            public boolean tryAdvance(IntConsumer action) {
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
    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfInt s = src;
        return next(new Op() {
            boolean done;
            final Box box = new Box();

            public boolean tryAdvance(IntConsumer action) {
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
    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfInt s = src;
        return next(new Op() {
            boolean dropping = true;
            final Box box = new Box();

            public boolean tryAdvance(IntConsumer action) {
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
    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        consume().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        forEach(action);
    }

    @Override
    public int[] toArray() {
        BuilderImpl b = new BuilderImpl();
        consume().forEachRemaining((IntConsumer) b);
        return Arrays.copyOf(b.values, b.size);
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] acc = {identity};
        consume().forEachRemaining((IntConsumer) t -> acc[0] = op.applyAsInt(acc[0], t));
        return acc[0];
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        int[] acc = {0};
        boolean[] found = {false};
        consume().forEachRemaining((IntConsumer) t -> {
            if (!found[0]) {
                found[0] = true;
                acc[0] = t;
            } else {
                acc[0] = op.applyAsInt(acc[0], t);
            }
        });
        return found[0] ? OptionalInt.of(acc[0]) : OptionalInt.empty();
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Spliterator.OfInt s = consume();
        R container = supplier.get();
        s.forEachRemaining((IntConsumer) t -> accumulator.accept(container, t));
        return container;
    }

    @Override
    public int sum() {
        return reduce(0, Integer::sum);
    }

    @Override
    public OptionalInt min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalInt max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        Spliterator.OfInt s = consume();
        if (exactSize >= 0)
            return exactSize;
        long[] n = {0};
        s.forEachRemaining((IntConsumer) t -> n[0]++);
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
    public IntSummaryStatistics summaryStatistics() {
        return collect(IntSummaryStatistics::new, IntSummaryStatistics::accept, IntSummaryStatistics::combine);
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        return match(predicate, true);
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        return !match(predicate.negate(), true);
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        return !match(predicate, true);
    }

    private boolean match(IntPredicate predicate, boolean want) {
        Objects.requireNonNull(predicate);
        Spliterator.OfInt s = consume();
        Box box = new Box();
        while (s.tryAdvance(box))
            if (predicate.test(box.value) == want)
                return true;
        return false;
    }

    @Override
    public OptionalInt findFirst() {
        Spliterator.OfInt s = consume();
        Box box = new Box();
        return s.tryAdvance(box) ? OptionalInt.of(box.value) : OptionalInt.empty();
    }

    @Override
    public OptionalInt findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public PrimitiveIterator.OfInt iterator() {
        return Spliterators.iterator(consume());
    }

    @Override
    public Spliterator.OfInt spliterator() {
        return consume();
    }

    @Override
    public IntStream sequential() {
        shared.parallel = false;
        return this;
    }

    @Override
    public IntStream parallel() {
        shared.parallel = true;
        return this;
    }

    @Override
    public IntStream unordered() {
        return this;
    }

    @Override
    public IntStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
