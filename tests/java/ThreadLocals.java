// ThreadLocal: one value per thread, initial values, remove;
// InheritableThreadLocal copied into threads at creation.
public class ThreadLocals {
    static final ThreadLocal<String> plain = new ThreadLocal<>();
    static final ThreadLocal<Integer> counter = ThreadLocal.withInitial(() -> 100);
    static final InheritableThreadLocal<String> inherited = new InheritableThreadLocal<>() {
        @Override protected String childValue(String parent) { return parent + "+child"; }
    };

    public static void main(String[] args) throws Exception {
        plain.set("main value");
        counter.set(counter.get() + 1);
        inherited.set("from main");
        Thread t = new Thread(() -> {
            System.out.println("thread: plain=" + plain.get() + " counter=" + counter.get() + " inherited=" + inherited.get());
            plain.set("thread value");
            counter.set(7);
            System.out.println("thread: plain=" + plain.get() + " counter=" + counter.get());
        });
        t.start();
        t.join();
        System.out.println("main: plain=" + plain.get() + " counter=" + counter.get() + " inherited=" + inherited.get());
        plain.remove();
        counter.remove();
        System.out.println("after remove: plain=" + plain.get() + " counter=" + counter.get());

        // Many ThreadLocals in one thread (the map grows and removes).
        ThreadLocal<Integer>[] many = new ThreadLocal[200];
        for (int i = 0; i < many.length; i++) { many[i] = new ThreadLocal<>(); many[i].set(i); }
        for (int i = 0; i < many.length; i += 2) many[i].remove();
        long sum = 0;
        int nulls = 0;
        for (ThreadLocal<Integer> tl : many) { Integer v = tl.get(); if (v == null) nulls++; else sum += v; }
        System.out.println("many: sum=" + sum + " nulls=" + nulls);
    }
}
