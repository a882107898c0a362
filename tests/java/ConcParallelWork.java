// Splitting work across an ExecutorService: a chunked sum of squares, a parallel word
// count merged into a ConcurrentHashMap, a prime count per range, and a fork of tasks
// joined through a CountDownLatch; every result equals the sequential one.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcParallelWork {
    static boolean prime(int n) {
        if (n < 2) return false;
        for (int d = 2; d * d <= n; d++) if (n % d == 0) return false;
        return true;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int n = 20000, chunks = 7;
        List<Future<Long>> parts = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            int lo = c * n / chunks, hi = (c + 1) * n / chunks;
            parts.add(pool.submit(() -> { long s = 0; for (int i = lo; i < hi; i++) s += (long) i * i; return s; }));
        }
        long total = 0;
        for (Future<Long> f : parts) total += f.get();
        long seq = 0;
        for (int i = 0; i < n; i++) seq += (long) i * i;
        System.out.println(total + " " + (total == seq));
        String[] lines = {"the quick brown fox", "jumps over the lazy dog", "the dog barks", "a fox runs", "over and over the hill"};
        ConcurrentHashMap<String, AtomicInteger> wc = new ConcurrentHashMap<>();
        List<Callable<Void>> jobs = new ArrayList<>();
        for (String line : lines) jobs.add(() -> { for (String w : line.split(" ")) wc.computeIfAbsent(w, k -> new AtomicInteger()).incrementAndGet(); return null; });
        pool.invokeAll(jobs);
        TreeMap<String, Integer> sorted = new TreeMap<>();
        wc.forEach((k, v) -> sorted.put(k, v.get()));
        System.out.println(sorted);
        List<Future<Integer>> primeCounts = new ArrayList<>();
        for (int r = 0; r < 10; r++) { int lo = r * 1000; primeCounts.add(pool.submit(() -> { int c = 0; for (int i = lo; i < lo + 1000; i++) if (prime(i)) c++; return c; })); }
        List<Integer> pc = new ArrayList<>();
        for (Future<Integer> f : primeCounts) pc.add(f.get());
        System.out.println(pc + " " + pc.stream().mapToInt(Integer::intValue).sum());
        CountDownLatch latch = new CountDownLatch(5);
        long[] results = new long[5];
        for (int i = 0; i < 5; i++) {
            int k = i;
            pool.execute(() -> { long f = 1; for (int j = 2; j <= 10 + k; j++) f *= j; results[k] = f; latch.countDown(); });
        }
        latch.await();
        System.out.println(Arrays.toString(results));
        CompletableFuture<Integer> cf = CompletableFuture.supplyAsync(() -> 6, pool).thenApply(x -> x * 7).thenCombine(CompletableFuture.completedFuture(100), Integer::sum);
        System.out.println(cf.get() + " " + CompletableFuture.completedFuture("done").thenCompose(s -> CompletableFuture.completedFuture(s + "!")).join());
        pool.shutdown();
        System.out.println(pool.awaitTermination(30, TimeUnit.SECONDS));
    }
}
