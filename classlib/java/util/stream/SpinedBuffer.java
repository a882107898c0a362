package java.util.stream;

import java.util.ArrayList;

/** A growable buffer of elements: Stream.Builder, and the buffer behind mapMulti. */
final class SpinedBuffer<T> implements Stream.Builder<T> {
    private final ArrayList<T> elements = new ArrayList<>();
    private boolean built;

    @Override
    public void accept(T t) {
        if (built)
            throw new IllegalStateException();
        elements.add(t);
    }

    @Override
    public Stream<T> build() {
        if (built)
            throw new IllegalStateException();
        built = true;
        return elements.stream();
    }

    Stream<T> stream() {
        return elements.stream();
    }
}
