// A small program to show what plinth does: it runs in its own partition,
// a virtual machine with no operating system, and still has what a Java
// program expects: arguments, properties, an environment, standard input,
// threads, collections, lambdas, records, exceptions and a clock.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Demo {
    record Planet(String name, double au) {}

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        System.out.println("Hello from a partition: " + System.getProperty("java.vm.name")
                + " on " + System.getProperty("os.name") + ", " + args.length + " argument(s)");
        System.out.println("GREETING from the environment: " + System.getenv("GREETING"));

        List<Planet> planets = List.of(new Planet("Mercury", 0.39), new Planet("Venus", 0.72),
                new Planet("Earth", 1.0), new Planet("Mars", 1.52), new Planet("Jupiter", 5.2));
        Map<Boolean, List<String>> inner = new TreeMap<>();
        for (Planet p : planets)
            inner.computeIfAbsent(p.au() <= 1.0, k -> new ArrayList<>()).add(p.name());
        System.out.println("inside Earth's orbit or on it: " + inner.get(true) + ", outside: " + inner.get(false));

        // Two green threads count primes in halves of a range.
        int[] counts = new int[2];
        Thread[] ts = new Thread[2];
        for (int i = 0; i < 2; i++) {
            final int half = i;
            ts[i] = new Thread(() -> counts[half] = primes(half * 50000, (half + 1) * 50000));
            ts[i].start();
        }
        for (Thread t : ts)
            t.join();
        System.out.println("primes below 100000: " + (counts[0] + counts[1]));

        try {
            Object o = null;
            o.toString();
        } catch (NullPointerException e) {
            System.out.println("caught: " + e.getClass().getName());
        }

        int c, n = 0;
        while ((c = System.in.read()) >= 0)
            n += c == '\n' ? 1 : 0;
        System.out.println("lines on standard input: " + n);
        System.out.println("ran for " + (System.nanoTime() - t0) / 1000000 + " ms inside the partition");
    }

    static int primes(int from, int to) {
        int n = 0;
        for (int k = Math.max(from, 2); k < to; k++) {
            boolean p = true;
            for (int d = 2; d * d <= k && p; d++)
                p = k % d != 0;
            n += p ? 1 : 0;
        }
        return n;
    }
}
