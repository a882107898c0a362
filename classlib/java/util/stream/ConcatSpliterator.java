package java.util.stream;

import java.util.Spliterator;
import java.util.function.Consumer;

/** The elements of a, then those of b: sized only when both are. */
final class ConcatSpliterator<T> implements Spliterator<T> {
    private final Spliterator<T> a, b;
    private boolean beforeSplit = true;

    ConcatSpliterator(Spliterator<T> a, Spliterator<T> b) {
        this.a = a;
        this.b = b;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (beforeSplit) {
            if (a.tryAdvance(action))
                return true;
            beforeSplit = false;
        }
        return b.tryAdvance(action);
    }

    @Override
    public void forEachRemaining(Consumer<? super T> action) {
        if (beforeSplit)
            a.forEachRemaining(action);
        beforeSplit = false;
        b.forEachRemaining(action);
    }

    @Override
    public Spliterator<T> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        if (!beforeSplit)
            return b.estimateSize();
        long size = a.estimateSize() + b.estimateSize();
        return size >= 0 ? size : Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        if (!beforeSplit)
            return b.characteristics();
        return a.characteristics() & b.characteristics()
                & ~(Spliterator.DISTINCT | Spliterator.SORTED
                    | ((a.estimateSize() + b.estimateSize() < 0) ? Spliterator.SIZED | Spliterator.SUBSIZED : 0));
    }
}
