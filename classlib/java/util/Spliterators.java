package java.util;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/** Spliterators over arrays, collections and iterators, and iterators over spliterators. */
public final class Spliterators {
    private Spliterators() {}

    public static <T> Spliterator<T> emptySpliterator() {
        return new ArraySpliterator<>(new Object[0], 0, 0, Spliterator.SIZED);
    }

    public static Spliterator.OfInt emptyIntSpliterator() {
        return new IntArraySpliterator(new int[0], 0, 0, Spliterator.SIZED);
    }

    public static Spliterator.OfLong emptyLongSpliterator() {
        return new LongArraySpliterator(new long[0], 0, 0, Spliterator.SIZED);
    }

    public static Spliterator.OfDouble emptyDoubleSpliterator() {
        return new DoubleArraySpliterator(new double[0], 0, 0, Spliterator.SIZED);
    }

    private static void checkFromToBounds(int arrayLength, int origin, int fence) {
        if (origin > fence)
            throw new ArrayIndexOutOfBoundsException("origin(" + origin + ") > fence(" + fence + ")");
        if (origin < 0)
            throw new ArrayIndexOutOfBoundsException(origin);
        if (fence > arrayLength)
            throw new ArrayIndexOutOfBoundsException(fence);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int characteristics) {
        return new ArraySpliterator<>(Objects.requireNonNull(array), 0, array.length, characteristics);
    }

    public static <T> Spliterator<T> spliterator(Object[] array, int from, int to, int characteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        return new ArraySpliterator<>(array, from, to, characteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int characteristics) {
        return new IntArraySpliterator(Objects.requireNonNull(array), 0, array.length, characteristics);
    }

    public static Spliterator.OfInt spliterator(int[] array, int from, int to, int characteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        return new IntArraySpliterator(array, from, to, characteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int characteristics) {
        return new LongArraySpliterator(Objects.requireNonNull(array), 0, array.length, characteristics);
    }

    public static Spliterator.OfLong spliterator(long[] array, int from, int to, int characteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        return new LongArraySpliterator(array, from, to, characteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int characteristics) {
        return new DoubleArraySpliterator(Objects.requireNonNull(array), 0, array.length, characteristics);
    }

    public static Spliterator.OfDouble spliterator(double[] array, int from, int to, int characteristics) {
        checkFromToBounds(Objects.requireNonNull(array).length, from, to);
        return new DoubleArraySpliterator(array, from, to, characteristics);
    }

    public static <T> Spliterator<T> spliterator(Collection<? extends T> c, int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(c), characteristics);
    }

    public static <T> Spliterator<T> spliterator(Iterator<? extends T> iterator, long size, int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(iterator), size, characteristics);
    }

    public static <T> Spliterator<T> spliteratorUnknownSize(Iterator<? extends T> iterator, int characteristics) {
        return new IteratorSpliterator<>(Objects.requireNonNull(iterator), characteristics);
    }

    public static Spliterator.OfInt spliteratorUnknownSize(PrimitiveIterator.OfInt iterator, int characteristics) {
        Objects.requireNonNull(iterator);
        return new AbstractIntSpliterator(Long.MAX_VALUE, characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED)) {
            public boolean tryAdvance(IntConsumer action) {
                if (!iterator.hasNext())
                    return false;
                action.accept(iterator.nextInt());
                return true;
            }
        };
    }

    public static <T> Iterator<T> iterator(Spliterator<? extends T> spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements Iterator<T>, Consumer<T> {
            boolean valueReady = false;
            T nextElement;

            public void accept(T t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady)
                    spliterator.tryAdvance(this);
                return valueReady;
            }

            public T next() {
                if (!valueReady && !hasNext())
                    throw new NoSuchElementException();
                valueReady = false;
                T t = nextElement;
                nextElement = null;
                return t;
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfInt iterator(Spliterator.OfInt spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfInt, IntConsumer {
            boolean valueReady = false;
            int nextElement;

            public void accept(int t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady)
                    spliterator.tryAdvance(this);
                return valueReady;
            }

            public int nextInt() {
                if (!valueReady && !hasNext())
                    throw new NoSuchElementException();
                valueReady = false;
                return nextElement;
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfLong iterator(Spliterator.OfLong spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfLong, LongConsumer {
            boolean valueReady = false;
            long nextElement;

            public void accept(long t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady)
                    spliterator.tryAdvance(this);
                return valueReady;
            }

            public long nextLong() {
                if (!valueReady && !hasNext())
                    throw new NoSuchElementException();
                valueReady = false;
                return nextElement;
            }
        }
        return new Adapter();
    }

    public static PrimitiveIterator.OfDouble iterator(Spliterator.OfDouble spliterator) {
        Objects.requireNonNull(spliterator);
        class Adapter implements PrimitiveIterator.OfDouble, DoubleConsumer {
            boolean valueReady = false;
            double nextElement;

            public void accept(double t) {
                valueReady = true;
                nextElement = t;
            }

            public boolean hasNext() {
                if (!valueReady)
                    spliterator.tryAdvance(this);
                return valueReady;
            }

            public double nextDouble() {
                if (!valueReady && !hasNext())
                    throw new NoSuchElementException();
                valueReady = false;
                return nextElement;
            }
        }
        return new Adapter();
    }

    // ---- implementations ----

    static final class ArraySpliterator<T> implements Spliterator<T> {
        private final Object[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        ArraySpliterator(Object[] array, int origin, int fence, int additional) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        public Spliterator<T> trySplit() { return null; }

        @SuppressWarnings("unchecked")
        public void forEachRemaining(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            int i = index, hi = fence;
            index = hi;
            for (; i < hi; i++)
                action.accept((T) array[i]);
        }

        @SuppressWarnings("unchecked")
        public boolean tryAdvance(Consumer<? super T> action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                T e = (T) array[index++];
                action.accept(e);
                return true;
            }
            return false;
        }

        public long estimateSize() { return fence - index; }

        public int characteristics() { return characteristics; }
    }

    static final class IntArraySpliterator implements Spliterator.OfInt {
        private final int[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        IntArraySpliterator(int[] array, int origin, int fence, int additional) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        public OfInt trySplit() { return null; }

        public void forEachRemaining(IntConsumer action) {
            Objects.requireNonNull(action);
            int i = index, hi = fence;
            index = hi;
            for (; i < hi; i++)
                action.accept(array[i]);
        }

        public boolean tryAdvance(IntConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        public long estimateSize() { return fence - index; }

        public int characteristics() { return characteristics; }
    }

    static final class LongArraySpliterator implements Spliterator.OfLong {
        private final long[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        LongArraySpliterator(long[] array, int origin, int fence, int additional) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        public OfLong trySplit() { return null; }

        public void forEachRemaining(LongConsumer action) {
            Objects.requireNonNull(action);
            int i = index, hi = fence;
            index = hi;
            for (; i < hi; i++)
                action.accept(array[i]);
        }

        public boolean tryAdvance(LongConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        public long estimateSize() { return fence - index; }

        public int characteristics() { return characteristics; }
    }

    static final class DoubleArraySpliterator implements Spliterator.OfDouble {
        private final double[] array;
        private int index;
        private final int fence;
        private final int characteristics;

        DoubleArraySpliterator(double[] array, int origin, int fence, int additional) {
            this.array = array;
            this.index = origin;
            this.fence = fence;
            this.characteristics = additional | Spliterator.SIZED | Spliterator.SUBSIZED;
        }

        public OfDouble trySplit() { return null; }

        public void forEachRemaining(DoubleConsumer action) {
            Objects.requireNonNull(action);
            int i = index, hi = fence;
            index = hi;
            for (; i < hi; i++)
                action.accept(array[i]);
        }

        public boolean tryAdvance(DoubleConsumer action) {
            Objects.requireNonNull(action);
            if (index >= 0 && index < fence) {
                action.accept(array[index++]);
                return true;
            }
            return false;
        }

        public long estimateSize() { return fence - index; }

        public int characteristics() { return characteristics; }
    }

    /** Over a collection (its iterator made on first use) or an iterator. */
    static class IteratorSpliterator<T> implements Spliterator<T> {
        private final Collection<? extends T> collection;
        private Iterator<? extends T> it;
        private final int characteristics;
        private long est;

        IteratorSpliterator(Collection<? extends T> collection, int characteristics) {
            this.collection = collection;
            this.it = null;
            this.characteristics = (characteristics & Spliterator.CONCURRENT) == 0
                    ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
        }

        IteratorSpliterator(Iterator<? extends T> iterator, long size, int characteristics) {
            this.collection = null;
            this.it = iterator;
            this.est = size;
            this.characteristics = (characteristics & Spliterator.CONCURRENT) == 0
                    ? characteristics | Spliterator.SIZED | Spliterator.SUBSIZED : characteristics;
        }

        IteratorSpliterator(Iterator<? extends T> iterator, int characteristics) {
            this.collection = null;
            this.it = iterator;
            this.est = Long.MAX_VALUE;
            this.characteristics = characteristics & ~(Spliterator.SIZED | Spliterator.SUBSIZED);
        }

        public Spliterator<T> trySplit() { return null; }

        public void forEachRemaining(Consumer<? super T> action) {
            if (action == null)
                throw new NullPointerException();
            Iterator<? extends T> i;
            if ((i = it) == null) {
                i = it = collection.iterator();
                est = collection.size();
            }
            i.forEachRemaining(action);
        }

        public boolean tryAdvance(Consumer<? super T> action) {
            if (action == null)
                throw new NullPointerException();
            if (it == null) {
                it = collection.iterator();
                est = collection.size();
            }
            if (it.hasNext()) {
                action.accept(it.next());
                return true;
            }
            return false;
        }

        public long estimateSize() {
            if (it == null) {
                it = collection.iterator();
                return est = collection.size();
            }
            return est;
        }

        public int characteristics() { return characteristics; }

        public Comparator<? super T> getComparator() {
            if (hasCharacteristics(Spliterator.SORTED))
                return null;
            throw new IllegalStateException();
        }
    }

    public abstract static class AbstractSpliterator<T> implements Spliterator<T> {
        private final int characteristics;
        private long est;

        protected AbstractSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED : additionalCharacteristics;
        }

        public Spliterator<T> trySplit() { return null; }

        public long estimateSize() { return est; }

        public int characteristics() { return characteristics; }
    }

    public abstract static class AbstractIntSpliterator implements Spliterator.OfInt {
        private final int characteristics;
        private long est;

        protected AbstractIntSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED : additionalCharacteristics;
        }

        public Spliterator.OfInt trySplit() { return null; }

        public long estimateSize() { return est; }

        public int characteristics() { return characteristics; }
    }

    public abstract static class AbstractLongSpliterator implements Spliterator.OfLong {
        private final int characteristics;
        private long est;

        protected AbstractLongSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED : additionalCharacteristics;
        }

        public Spliterator.OfLong trySplit() { return null; }

        public long estimateSize() { return est; }

        public int characteristics() { return characteristics; }
    }

    public abstract static class AbstractDoubleSpliterator implements Spliterator.OfDouble {
        private final int characteristics;
        private long est;

        protected AbstractDoubleSpliterator(long est, int additionalCharacteristics) {
            this.est = est;
            this.characteristics = ((additionalCharacteristics & Spliterator.SIZED) != 0)
                    ? additionalCharacteristics | Spliterator.SUBSIZED : additionalCharacteristics;
        }

        public Spliterator.OfDouble trySplit() { return null; }

        public long estimateSize() { return est; }

        public int characteristics() { return characteristics; }
    }
}
