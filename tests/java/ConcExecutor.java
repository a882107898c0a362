// ExecutorService from Executors: submit Callables and Runnables, Future.get in
// submission order, invokeAll, invokeAny on identical answers, exceptions wrapped in
// ExecutionException (with the cause's toString as the message), cancel of a queued task,
// shutdown/awaitTermination/isTerminated, and rejection after shutdown.
import java.util.*;
import java.util.concurrent.*;

public class ConcExecutor {
    static long work(int n) {
        long s = 0;
        for (int i = 1; i <= n; i++) s += (long) i * i % 1009;
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(3);
        List<Future<Long>> fs = new ArrayList<>();
        for (int i = 1; i <= 8; i++) { int n = i * 500; fs.add(ex.submit(() -> work(n))); }
        StringBuilder sb = new StringBuilder();
        for (Future<Long> f : fs) sb.append(f.get()).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(fs.get(0).isDone() + " " + fs.get(0).isCancelled());
        List<Callable<String>> tasks = new ArrayList<>();
        for (String w : List.of("alpha", "beta", "gamma")) tasks.add(() -> w.toUpperCase() + w.length());
        List<Future<String>> all = ex.invokeAll(tasks);
        sb.setLength(0);
        for (Future<String> f : all) sb.append(f.get()).append(' ');
        System.out.println(sb.toString().trim() + " " + ex.invokeAny(List.of(() -> "same", () -> "same")));
        Future<Integer> bad = ex.submit(() -> 1 / (fs.size() - 8));
        try { bad.get(); } catch (ExecutionException e) { System.out.println("wrapped: " + e.getMessage() + " | cause " + e.getCause().getClass().getName()); }
        Future<?> run = ex.submit(() -> { throw new IllegalStateException("from runnable"); });
        try { run.get(); } catch (ExecutionException e) { System.out.println("runnable: " + e.getCause().getMessage()); }
        Future<String> withResult = ex.submit(() -> {}, "result");
        System.out.println(withResult.get() + " " + ex.submit(() -> {}).get());
        ExecutorService single = Executors.newSingleThreadExecutor();
        CountDownLatch gate = new CountDownLatch(1);
        Future<?> blocker = single.submit(() -> { try { gate.await(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } });
        Future<String> queued = single.submit(() -> "never");
        System.out.println("cancel queued " + queued.cancel(false) + " " + queued.isCancelled() + " " + queued.isDone());
        try { queued.get(); } catch (CancellationException e) { System.out.println("get on cancelled: CancellationException"); }
        gate.countDown();
        blocker.get();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) { int k = i; single.execute(() -> order.add("t" + k)); }
        single.shutdown();
        System.out.println(single.awaitTermination(30, TimeUnit.SECONDS) + " " + single.isShutdown() + " " + single.isTerminated() + " " + order);
        try { single.submit(() -> 1); } catch (RejectedExecutionException e) { System.out.println("after shutdown: RejectedExecutionException"); }
        ex.shutdown();
        System.out.println(ex.awaitTermination(30, TimeUnit.SECONDS) + " " + ex.isTerminated());
        try { fs.get(0).get(1, TimeUnit.SECONDS); System.out.println("timed get ok"); } catch (TimeoutException e) { System.out.println("timeout"); }
    }
}
