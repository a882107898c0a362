// ScheduledExecutorService: delayed tasks run in trigger-time order, a callable
// result, fixed-rate and fixed-delay tasks until cancelled, a delayed task still
// runs after shutdown (periodic ones stop), termination, single-thread pool.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
public class LibScheduledExecutor {
    public static void main(String[] a) throws Exception {
        ScheduledExecutorService s = Executors.newScheduledThreadPool(2);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ScheduledFuture<String> f = s.schedule(() -> "later", 30, TimeUnit.MILLISECONDS);
        s.schedule(() -> log.add("b"), 20, TimeUnit.MILLISECONDS);
        s.schedule(() -> log.add("a"), 10, TimeUnit.MILLISECONDS);
        System.out.println(f.get() + " " + f.isDone());
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> p = s.scheduleAtFixedRate(() -> { ticks.incrementAndGet(); three.countDown(); }, 0, 5, TimeUnit.MILLISECONDS);
        three.await();
        p.cancel(false);
        System.out.println(log + " ticks>=3 " + (ticks.get() >= 3) + " " + p.isCancelled());
        CountDownLatch two = new CountDownLatch(2);
        s.scheduleWithFixedDelay(two::countDown, 1, 1, TimeUnit.MILLISECONDS);
        two.await();
        ScheduledFuture<?> pending = s.schedule(() -> log.add("after shutdown"), 20, TimeUnit.MILLISECONDS);
        s.shutdown();
        System.out.println(s.awaitTermination(5, TimeUnit.SECONDS) + " " + log + " " + pending.isDone());
        ScheduledExecutorService one = Executors.newSingleThreadScheduledExecutor();
        System.out.println(one.submit(() -> 7).get());
        one.shutdownNow();
    }
}
