// An ExecutionException escaping main: exit code 1 and the JDK's first stderr line;
// the pool's threads are daemon so the program can still end.
import java.util.concurrent.*;

public class ConcExecutionUncaught {
    public static void main(String[] args) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(2, r -> { Thread t = new Thread(r); t.setDaemon(true); return t; });
        Future<Integer> ok = ex.submit(() -> 21 * 2);
        System.out.println("ok " + ok.get());
        Future<Integer> bad = ex.submit(() -> { throw new IllegalStateException("worker failed"); });
        System.out.println(bad.get());
    }
}
