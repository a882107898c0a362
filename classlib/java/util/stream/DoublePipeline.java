package java.util.stream;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/**
 * One stage of an DoubleStream: its values come from the Spliterator.OfDouble
 * src. LongPipeline and DoublePipeline are the same file for their types.
 */
class DoublePipeline extends AbstractPipeline implements DoubleStream {
    final Spliterator.OfDouble src;

    DoublePipeline(Spliterator.OfDouble src, Shared shared, long exactSize) {
        super(shared, exactSize);
        this.src = src;
    }

    static DoublePipeline head(Spliterator.OfDouble src) {
        return new DoublePipeline(src, new Shared(), src.getExactSizeIfKnown());
    }

    private DoubleStream next(Spliterator.OfDouble s, boolean keepSize) {
        link();
        return new DoublePipeline(s, shared, keepSize ? exactSize : -1);
    }

    private Spliterator.OfDouble consume() {
        link();
        return src;
    }

    /** A stage's Spliterator: not sized, not splittable. */
    abstract static class Op implements Spliterator.OfDouble {
        public Spliterator.OfDouble trySplit() { return null; }

        public long estimateSize() { return Long.MAX_VALUE; }

        public int characteristics() { return Spliterator.ORDERED; }
    }

    static final class Box implements DoubleConsumer {
        double value;

        public void accept(double t) {
            value = t;
        }
    }

    static final class BuilderImpl implements DoubleStream.Builder {
        private double[] values = new double[8];
        private int size;
        private boolean built;

        public void accept(double t) {
            if (built)
                throw new IllegalStateException();
            if (size == values.length)
                values = Arrays.copyOf(values, size * 2);
            values[size++] = t;
        }

        public DoubleStream build() {
            if (built)
                throw new IllegalStateException();
            built = true;
            return head(Spliterators.spliterator(values, 0, size, Spliterator.ORDERED));
        }
    }

    // ---- intermediate operations ----

    @Override
    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfDouble s = src;
        return next(new Op() {
            final Box box = new Box();

            public boolean tryAdvance(DoubleConsumer action) {
                while (s.tryAdvance(box)) {
                    if (predicate.test(box.value)) {
                        action.accept(box.value);
                        return true;
                    }
                }
                return false;
            }

            public void forEachRemaining(DoubleConsumer action) {
                s.forEachRemaining((DoubleConsumer) t -> {
                    if (predicate.test(t))
                        action.accept(t);
                });
            }
        }, false);
    }

    @Override
    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        Spliterator.OfDouble s = src;
        return next(new Op() {
            public boolean tryAdvance(DoubleConsumer action) {
                return s.tryAdvance((DoubleConsumer) t -> action.accept(mapper.applyAsDouble(t)));
            }

            public void forEachRemaining(DoubleConsumer action) {
                s.forEachRemaining((DoubleConsumer) t -> action.accept(mapper.applyAsDouble(t)));
            }
        }, true);
    }

    @Override
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfDouble s = src;
        return new RefPipeline<U>(new RefPipeline.Op<U>() {
            public boolean tryAdvance(java.util.function.Consumer<? super U> action) {
                return s.tryAdvance((DoubleConsumer) t -> action.accept(mapper.apply(t)));
            }

            public void forEachRemaining(java.util.function.Consumer<? super U> action) {
                s.forEachRemaining((DoubleConsumer) t -> action.accept(mapper.apply(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public Stream<Double> boxed() {
        return mapToObj(Double::valueOf);
    }

    @Override
    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfDouble s = src;
        return new IntPipeline(new IntPipeline.Op() {
            public boolean tryAdvance(java.util.function.IntConsumer action) {
                return s.tryAdvance((DoubleConsumer) t -> action.accept(mapper.applyAsInt(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator.OfDouble s = src;
        return new LongPipeline(new LongPipeline.Op() {
            public boolean tryAdvance(java.util.function.LongConsumer action) {
                return s.tryAdvance((DoubleConsumer) t -> action.accept(mapper.applyAsLong(t)));
            }
        }, shared, exactSize);
    }


    @Override
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return mapToObj(t -> {
            DoubleStream is = mapper.apply(t);
            return is == null ? null : is.boxed();
        }).flatMap(x -> x).mapToDouble(i -> i);
    }

    @Override
    public DoubleStream distinct() {
        return boxed().distinct().mapToDouble(i -> i);
    }

    @Override
    public DoubleStream sorted() {
        Spliterator.OfDouble s = src;
        return next(new Op() {
            double[] sorted;
            int index;

            private void sort() {
                if (sorted == null) {
                    BuilderImpl b = new BuilderImpl();
                    s.forEachRemaining((DoubleConsumer) b);
                    sorted = Arrays.copyOf(b.values, b.size);
                    Arrays.sort(sorted);
                }
            }

            public boolean tryAdvance(DoubleConsumer action) {
                sort();
                if (index >= sorted.length)
                    return false;
                action.accept(sorted[index++]);
                return true;
            }
        }, true);
    }

    @Override
    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        Spliterator.OfDouble s = src;
        return next(new Op() {
            public boolean tryAdvance(DoubleConsumer a) {
                return s.tryAdvance((DoubleConsumer) t -> {
                    action.accept(t);
                    a.accept(t);
                });
            }
        }, true);
    }

    @Override
    public DoubleStream limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        Spliterator.OfDouble s = src;
        return next(new Op() {
            long left = maxSize;

            public boolean tryAdvance(DoubleConsumer action) {
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
    public DoubleStream skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        Spliterator.OfDouble s = src;
        return next(new Op() {
            long toSkip = n;
            final Box box = new Box();

            public boolean tryAdvance(DoubleConsumer action) {
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
    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfDouble s = src;
        return next(new Op() {
            boolean done;
            final Box box = new Box();

            public boolean tryAdvance(DoubleConsumer action) {
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
    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        Spliterator.OfDouble s = src;
        return next(new Op() {
            boolean dropping = true;
            final Box box = new Box();

            public boolean tryAdvance(DoubleConsumer action) {
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
    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        consume().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(DoubleConsumer action) {
        forEach(action);
    }

    @Override
    public double[] toArray() {
        BuilderImpl b = new BuilderImpl();
        consume().forEachRemaining((DoubleConsumer) b);
        return Arrays.copyOf(b.values, b.size);
    }

    @Override
    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] acc = {identity};
        consume().forEachRemaining((DoubleConsumer) t -> acc[0] = op.applyAsDouble(acc[0], t));
        return acc[0];
    }

    @Override
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        double[] acc = {0};
        boolean[] found = {false};
        consume().forEachRemaining((DoubleConsumer) t -> {
            if (!found[0]) {
                found[0] = true;
                acc[0] = t;
            } else {
                acc[0] = op.applyAsDouble(acc[0], t);
            }
        });
        return found[0] ? OptionalDouble.of(acc[0]) : OptionalDouble.empty();
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Spliterator.OfDouble s = consume();
        R container = supplier.get();
        s.forEachRemaining((DoubleConsumer) t -> accumulator.accept(container, t));
        return container;
    }

    /** Compensated (Kahan) summation, as JDK 17's DoublePipeline.sum. */
    @Override
    public double sum() {
        double[] summation = collect(() -> new double[3], (ll, d) -> {
            sumWithCompensation(ll, d);
            ll[2] += d;
        }, (ll, rr) -> {});
        return computeFinalSum(summation);
    }

    static double[] sumWithCompensation(double[] intermediateSum, double value) {
        double tmp = value - intermediateSum[1];
        double sum = intermediateSum[0];
        double velvel = sum + tmp;
        intermediateSum[1] = (velvel - sum) - tmp;
        intermediateSum[0] = velvel;
        return intermediateSum;
    }

    static double computeFinalSum(double[] summands) {
        double tmp = summands[0] + summands[1];
        double simpleSum = summands[summands.length - 1];
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum))
            return simpleSum;
        return tmp;
    }

    @Override
    public OptionalDouble min() {
        return reduce(Math::min);
    }

    @Override
    public OptionalDouble max() {
        return reduce(Math::max);
    }

    @Override
    public long count() {
        Spliterator.OfDouble s = consume();
        if (exactSize >= 0)
            return exactSize;
        long[] n = {0};
        s.forEachRemaining((DoubleConsumer) t -> n[0]++);
        return n[0];
    }

    @Override
    public OptionalDouble average() {
        double[] avg = collect(() -> new double[4], (ll, d) -> {
            ll[2]++;
            sumWithCompensation(ll, d);
            ll[3] += d;
        }, (ll, rr) -> {});
        return avg[2] > 0 ? OptionalDouble.of(computeFinalSum(avg) / avg[2]) : OptionalDouble.empty();
    }

    @Override
    public DoubleSummaryStatistics summaryStatistics() {
        return collect(DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, DoubleSummaryStatistics::combine);
    }

    @Override
    public boolean anyMatch(DoublePredicate predicate) {
        return match(predicate, true);
    }

    @Override
    public boolean allMatch(DoublePredicate predicate) {
        return !match(predicate.negate(), true);
    }

    @Override
    public boolean noneMatch(DoublePredicate predicate) {
        return !match(predicate, true);
    }

    private boolean match(DoublePredicate predicate, boolean want) {
        Objects.requireNonNull(predicate);
        Spliterator.OfDouble s = consume();
        Box box = new Box();
        while (s.tryAdvance(box))
            if (predicate.test(box.value) == want)
                return true;
        return false;
    }

    @Override
    public OptionalDouble findFirst() {
        Spliterator.OfDouble s = consume();
        Box box = new Box();
        return s.tryAdvance(box) ? OptionalDouble.of(box.value) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public PrimitiveIterator.OfDouble iterator() {
        return Spliterators.iterator(consume());
    }

    @Override
    public Spliterator.OfDouble spliterator() {
        return consume();
    }

    @Override
    public DoubleStream sequential() {
        shared.parallel = false;
        return this;
    }

    @Override
    public DoubleStream parallel() {
        shared.parallel = true;
        return this;
    }

    @Override
    public DoubleStream unordered() {
        return this;
    }

    @Override
    public DoubleStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
