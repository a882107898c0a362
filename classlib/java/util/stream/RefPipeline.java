package java.util.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/** One stage of a Stream of objects: its elements come from the Spliterator src. */
class RefPipeline<T> extends AbstractPipeline implements Stream<T> {
    final Spliterator<T> src;

    RefPipeline(Spliterator<T> src, Shared shared, long exactSize) {
        super(shared, exactSize);
        this.src = src;
    }

    static <T> RefPipeline<T> head(Spliterator<T> src) {
        return new RefPipeline<>(src, new Shared(), src.getExactSizeIfKnown());
    }

    /** The next stage over s; it keeps this stage's size when keepSize. */
    private <R> Stream<R> next(Spliterator<R> s, boolean keepSize) {
        link();
        return new RefPipeline<>(s, shared, keepSize ? exactSize : -1);
    }

    private Spliterator<T> consume() {
        link();
        return src;
    }

    /** A stage's Spliterator: not sized, not splittable. */
    abstract static class Op<R> implements Spliterator<R> {
        public Spliterator<R> trySplit() { return null; }

        public long estimateSize() { return Long.MAX_VALUE; }

        public int characteristics() { return Spliterator.ORDERED; }
    }

    /** Pulls one element of s into a field: the tryAdvance of most stages. */
    static final class Box<T> implements Consumer<T> {
        T value;

        public void accept(T t) {
            value = t;
        }

        T take() {
            T t = value;
            value = null;
            return t;
        }
    }

    // ---- intermediate operations ----

    @Override
    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Spliterator<T> s = src;
        return next(new Op<T>() {
            final Box<T> box = new Box<>();

            public boolean tryAdvance(Consumer<? super T> action) {
                while (s.tryAdvance(box)) {
                    T t = box.take();
                    if (predicate.test(t)) {
                        action.accept(t);
                        return true;
                    }
                }
                return false;
            }

            public void forEachRemaining(Consumer<? super T> action) {
                s.forEachRemaining(t -> {
                    if (predicate.test(t))
                        action.accept(t);
                });
            }
        }, false);
    }

    @Override
    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        Spliterator<T> s = src;
        return next(new Op<R>() {
            public boolean tryAdvance(Consumer<? super R> action) {
                return s.tryAdvance(t -> action.accept(mapper.apply(t)));
            }

            public void forEachRemaining(Consumer<? super R> action) {
                s.forEachRemaining(t -> action.accept(mapper.apply(t)));
            }
        }, true);
    }

    @Override
    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator<T> s = src;
        return new IntPipeline(new IntPipeline.Op() {
            public boolean tryAdvance(IntConsumer action) {
                return s.tryAdvance(t -> action.accept(mapper.applyAsInt(t)));
            }

            public void forEachRemaining(IntConsumer action) {
                s.forEachRemaining(t -> action.accept(mapper.applyAsInt(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator<T> s = src;
        return new LongPipeline(new LongPipeline.Op() {
            public boolean tryAdvance(LongConsumer action) {
                return s.tryAdvance(t -> action.accept(mapper.applyAsLong(t)));
            }

            public void forEachRemaining(LongConsumer action) {
                s.forEachRemaining(t -> action.accept(mapper.applyAsLong(t)));
            }
        }, shared, exactSize);
    }

    @Override
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        link();
        Spliterator<T> s = src;
        return new DoublePipeline(new DoublePipeline.Op() {
            public boolean tryAdvance(DoubleConsumer action) {
                return s.tryAdvance(t -> action.accept(mapper.applyAsDouble(t)));
            }

            public void forEachRemaining(DoubleConsumer action) {
                s.forEachRemaining(t -> action.accept(mapper.applyAsDouble(t)));
            }
        }, shared, exactSize);
    }

    /**
     * Each element's stream, pulled lazily and closed once drained (or when
     * the stream stops early, at the next pull that finds nothing more).
     */
    @Override
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        Objects.requireNonNull(mapper);
        Spliterator<T> s = src;
        return next(new Op<R>() {
            final Box<T> box = new Box<>();
            Stream<? extends R> inner;
            Spliterator<? extends R> innerSrc;

            public boolean tryAdvance(Consumer<? super R> action) {
                while (true) {
                    if (innerSrc != null) {
                        if (innerSrc.tryAdvance(action))
                            return true;
                        inner.close();
                        inner = null;
                        innerSrc = null;
                    }
                    if (!s.tryAdvance(box))
                        return false;
                    Stream<? extends R> st = mapper.apply(box.take());
                    if (st != null) {
                        inner = st;
                        innerSrc = st.sequential().spliterator();
                    }
                }
            }

            public void forEachRemaining(Consumer<? super R> action) {
                if (innerSrc != null) {
                    innerSrc.forEachRemaining(action);
                    inner.close();
                    inner = null;
                    innerSrc = null;
                }
                s.forEachRemaining(t -> {
                    try (Stream<? extends R> st = mapper.apply(t)) {
                        if (st != null)
                            st.sequential().forEach(action);
                    }
                });
            }
        }, false);
    }

    @Override
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(t -> {
            IntStream is = mapper.apply(t);
            return is == null ? null : is.boxed();
        }).mapToInt(i -> i);
    }

    @Override
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(t -> {
            LongStream ls = mapper.apply(t);
            return ls == null ? null : ls.boxed();
        }).mapToLong(i -> i);
    }

    @Override
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(t -> {
            DoubleStream ds = mapper.apply(t);
            return ds == null ? null : ds.boxed();
        }).mapToDouble(i -> i);
    }

    /** First occurrence wins, in encounter order; null is an element like any other. */
    @Override
    public Stream<T> distinct() {
        Spliterator<T> s = src;
        return next(new Op<T>() {
            final HashSet<T> seen = new HashSet<>();
            final Box<T> box = new Box<>();

            public boolean tryAdvance(Consumer<? super T> action) {
                while (s.tryAdvance(box)) {
                    T t = box.take();
                    if (seen.add(t)) {
                        action.accept(t);
                        return true;
                    }
                }
                return false;
            }
        }, false);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<T> sorted() {
        return sorted((Comparator<? super T>) Comparator.naturalOrder());
    }

    /** A barrier: the first pull drains the upstream, then a stable sort. */
    @Override
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        Spliterator<T> s = src;
        return next(new Op<T>() {
            Iterator<T> sortedIt;

            private Iterator<T> sortedIt() {
                if (sortedIt == null) {
                    ArrayList<T> list = new ArrayList<>();
                    s.forEachRemaining(list::add);
                    list.sort(comparator);
                    sortedIt = list.iterator();
                }
                return sortedIt;
            }

            public boolean tryAdvance(Consumer<? super T> action) {
                Iterator<T> it = sortedIt();
                if (!it.hasNext())
                    return false;
                action.accept(it.next());
                return true;
            }

            public void forEachRemaining(Consumer<? super T> action) {
                sortedIt().forEachRemaining(action);
            }
        }, true);
    }

    @Override
    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        Spliterator<T> s = src;
        return next(new Op<T>() {
            public boolean tryAdvance(Consumer<? super T> a) {
                return s.tryAdvance(t -> {
                    action.accept(t);
                    a.accept(t);
                });
            }

            public void forEachRemaining(Consumer<? super T> a) {
                s.forEachRemaining(t -> {
                    action.accept(t);
                    a.accept(t);
                });
            }
        }, true);
    }

    @Override
    public Stream<T> limit(long maxSize) {
        if (maxSize < 0)
            throw new IllegalArgumentException(Long.toString(maxSize));
        Spliterator<T> s = src;
        return next(new Op<T>() {
            long left = maxSize;

            public boolean tryAdvance(Consumer<? super T> action) {
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
    public Stream<T> skip(long n) {
        if (n < 0)
            throw new IllegalArgumentException(Long.toString(n));
        if (n == 0) {
            link();
            return new RefPipeline<>(src, shared, exactSize);
        }
        Spliterator<T> s = src;
        return next(new Op<T>() {
            long toSkip = n;
            final Box<T> box = new Box<>();

            public boolean tryAdvance(Consumer<? super T> action) {
                while (toSkip > 0) {
                    if (!s.tryAdvance(box))
                        return false;
                    box.take();
                    toSkip--;
                }
                return s.tryAdvance(action);
            }
        }, false);
    }

    @Override
    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Spliterator<T> s = src;
        return next(new Op<T>() {
            boolean done;
            final Box<T> box = new Box<>();

            public boolean tryAdvance(Consumer<? super T> action) {
                if (done || !s.tryAdvance(box))
                    return false;
                T t = box.take();
                if (!predicate.test(t)) {
                    done = true;
                    return false;
                }
                action.accept(t);
                return true;
            }
        }, false);
    }

    @Override
    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        Spliterator<T> s = src;
        return next(new Op<T>() {
            boolean dropping = true;
            final Box<T> box = new Box<>();

            public boolean tryAdvance(Consumer<? super T> action) {
                if (dropping) {
                    dropping = false;
                    while (s.tryAdvance(box)) {
                        T t = box.take();
                        if (!predicate.test(t)) {
                            action.accept(t);
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
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        consume().forEachRemaining(action);
    }

    @Override
    public void forEachOrdered(Consumer<? super T> action) {
        forEach(action);
    }

    private ArrayList<T> toArrayList() {
        ArrayList<T> list = new ArrayList<>();
        consume().forEachRemaining(list::add);
        return list;
    }

    @Override
    public Object[] toArray() {
        return toArrayList().toArray();
    }

    @Override
    public <A> A[] toArray(IntFunction<A[]> generator) {
        ArrayList<T> list = toArrayList();
        A[] arr = generator.apply(list.size());
        if (arr.length != list.size())
            throw new IllegalStateException("Begin size " + list.size() + " is not equal to fixed size " + arr.length);
        Object[] out = arr;
        for (int i = 0; i < list.size(); i++)
            out[i] = list.get(i);
        return arr;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<T> toList() {
        return (List<T>) Collections.unmodifiableList(new ArrayList<>(Arrays.asList(toArray())));
    }

    @Override
    public T reduce(T identity, BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Object[] acc = {identity};
        consume().forEachRemaining(t -> acc[0] = accumulator.apply(cast(acc[0]), t));
        return cast(acc[0]);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }

    @Override
    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        Object[] acc = {null};
        boolean[] found = {false};
        consume().forEachRemaining(t -> {
            if (!found[0]) {
                found[0] = true;
                acc[0] = t;
            } else {
                acc[0] = accumulator.apply(cast(acc[0]), t);
            }
        });
        return found[0] ? Optional.of(cast(acc[0])) : Optional.empty();
    }

    @Override
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Object[] acc = {identity};
        consume().forEachRemaining(t -> acc[0] = accumulator.apply(cast(acc[0]), t));
        return cast(acc[0]);
    }

    @Override
    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Spliterator<T> s = consume();
        R container = supplier.get();
        s.forEachRemaining(t -> accumulator.accept(container, t));
        return container;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        Spliterator<T> s = consume();
        A container = collector.supplier().get();
        BiConsumer<A, ? super T> accumulator = collector.accumulator();
        s.forEachRemaining(t -> accumulator.accept(container, t));
        return collector.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH)
                ? (R) container : collector.finisher().apply(container);
    }

    @Override
    public Optional<T> min(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.minBy(comparator));
    }

    @Override
    public Optional<T> max(Comparator<? super T> comparator) {
        return reduce(BinaryOperator.maxBy(comparator));
    }

    /** A sized pipeline is counted without running its stages, as JDK 17 does. */
    @Override
    public long count() {
        Spliterator<T> s = consume();
        if (exactSize >= 0)
            return exactSize;
        long[] n = {0};
        s.forEachRemaining(t -> n[0]++);
        return n[0];
    }

    @Override
    public boolean anyMatch(Predicate<? super T> predicate) {
        return match(predicate, true);
    }

    @Override
    public boolean allMatch(Predicate<? super T> predicate) {
        return !match(predicate.negate(), true);
    }

    @Override
    public boolean noneMatch(Predicate<? super T> predicate) {
        return !match(predicate, true);
    }

    /** Whether some element tests as want, stopping at the first. */
    private boolean match(Predicate<? super T> predicate, boolean want) {
        Objects.requireNonNull(predicate);
        Spliterator<T> s = consume();
        Box<T> box = new Box<>();
        while (s.tryAdvance(box))
            if (predicate.test(box.take()) == want)
                return true;
        return false;
    }

    @Override
    public Optional<T> findFirst() {
        Spliterator<T> s = consume();
        Box<T> box = new Box<>();
        if (s.tryAdvance(box))
            return Optional.of(box.take());
        return Optional.empty();
    }

    @Override
    public Optional<T> findAny() {
        return findFirst();
    }

    // ---- BaseStream ----

    @Override
    public Iterator<T> iterator() {
        return Spliterators.iterator(consume());
    }

    @Override
    public Spliterator<T> spliterator() {
        return consume();
    }

    @Override
    public Stream<T> sequential() {
        shared.parallel = false;
        return this;
    }

    @Override
    public Stream<T> parallel() {
        shared.parallel = true;
        return this;
    }

    @Override
    public Stream<T> unordered() {
        return this;
    }

    @Override
    public Stream<T> onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }
}
