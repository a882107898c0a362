package java.util;

/** EnumSet over a long[] of bits indexed by ordinal (any number of constants). */
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    private static final long serialVersionUID = 3411599620347842686L;

    private long[] elements;
    private int size;

    RegularEnumSet(Class<E> elementType, Enum<?>[] universe) {
        super(elementType, universe);
        elements = new long[(universe.length + 63) >>> 6];
    }

    @Override
    void addRange(E from, E to) {
        for (int i = from.ordinal(); i <= to.ordinal(); i++)
            elements[i >>> 6] |= 1L << i;
        recount();
    }

    @Override
    void addAll() {
        for (int i = 0; i < universe.length; i++)
            elements[i >>> 6] |= 1L << i;
        size = universe.length;
    }

    @Override
    void complement() {
        for (int i = 0; i < elements.length; i++)
            elements[i] = ~elements[i];
        if (universe.length % 64 != 0 && elements.length > 0)
            elements[elements.length - 1] &= -1L >>> -universe.length;
        recount();
    }

    private void recount() {
        int s = 0;
        for (long w : elements)
            s += Long.bitCount(w);
        size = s;
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int next = advance(0);
            int last = -1;

            private int advance(int from) {
                for (int i = from; i < universe.length; i++)
                    if ((elements[i >>> 6] & (1L << i)) != 0)
                        return i;
                return universe.length;
            }

            @Override
            public boolean hasNext() {
                return next < universe.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public E next() {
                if (next >= universe.length)
                    throw new NoSuchElementException();
                last = next;
                next = advance(next + 1);
                return (E) universe[last];
            }

            @Override
            public void remove() {
                if (last < 0)
                    throw new IllegalStateException();
                if ((elements[last >>> 6] & (1L << last)) != 0) {
                    elements[last >>> 6] &= ~(1L << last);
                    size--;
                }
                last = -1;
            }
        };
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    private int ordinalOf(Object e) {
        if (e == null)
            return -1;
        Class<?> c = e.getClass();
        if (c != elementType && c.getSuperclass() != elementType)
            return -1;
        return ((Enum<?>) e).ordinal();
    }

    @Override
    public boolean contains(Object e) {
        int o = ordinalOf(e);
        return o >= 0 && (elements[o >>> 6] & (1L << o)) != 0;
    }

    @Override
    public boolean add(E e) {
        typeCheck(e);
        int o = e.ordinal();
        long old = elements[o >>> 6];
        elements[o >>> 6] |= 1L << o;
        if (old == elements[o >>> 6])
            return false;
        size++;
        return true;
    }

    @Override
    public boolean remove(Object e) {
        int o = ordinalOf(e);
        if (o < 0 || (elements[o >>> 6] & (1L << o)) == 0)
            return false;
        elements[o >>> 6] &= ~(1L << o);
        size--;
        return true;
    }

    @Override
    public void clear() {
        Arrays.fill(elements, 0);
        size = 0;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof RegularEnumSet) {
            RegularEnumSet<?> es = (RegularEnumSet<?>) o;
            if (es.elementType != elementType)
                return size == 0 && es.size == 0;
            return Arrays.equals(es.elements, elements);
        }
        return super.equals(o);
    }

    @Override
    public RegularEnumSet<E> clone() {
        RegularEnumSet<E> result = (RegularEnumSet<E>) super.clone();
        result.elements = result.elements.clone();
        return result;
    }
}
