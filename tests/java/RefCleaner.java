import java.lang.ref.Cleaner;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

// java.lang.ref.Cleaner: actions of unreachable objects run on the cleaner's
// thread; clean() runs an action at once and only once; an action that
// throws does not stop the others; a cleaner made by a ThreadFactory.
public class RefCleaner {
    static final AtomicInteger cleaned = new AtomicInteger();

    static final class Counter implements Runnable {
        public void run() {
            cleaned.incrementAndGet();
        }
    }

    // The action must not refer to the object it cleans up after.
    static void registerGarbage(Cleaner c, int n) {
        for (int i = 0; i < n; i++)
            c.register(new int[16], new Counter());
    }

    static boolean waitFor(int n) throws InterruptedException {
        for (int i = 0; i < 200 && cleaned.get() < n; i++) {
            System.gc();
            Thread.sleep(10);
        }
        return cleaned.get() == n;
    }

    public static void main(String[] args) throws Exception {
        Cleaner c = Cleaner.create();
        registerGarbage(c, 10);
        System.out.println("10 actions ran: " + waitFor(10));

        Object kept = new Object();
        StringBuilder log = new StringBuilder();
        Cleaner.Cleanable k = c.register(kept, () -> log.append("explicit;"));
        k.clean();
        k.clean();
        System.out.println("explicit clean: " + log);

        c.register(new Object(), () -> {
            throw new RuntimeException("from an action");
        });
        registerGarbage(c, 5);
        System.out.println("after a throwing action: " + waitFor(15));

        AtomicInteger made = new AtomicInteger();
        ThreadFactory tf = r -> {
            made.incrementAndGet();
            Thread t = new Thread(r, "my-cleaner");
            return t;
        };
        Cleaner c2 = Cleaner.create(tf);
        registerGarbage(c2, 3);
        System.out.println("factory threads: " + made.get() + ", actions ran: " + waitFor(18));

        try {
            c.register(null, new Counter());
        } catch (NullPointerException e) {
            System.out.println("register(null, ...): NullPointerException");
        }
        try {
            Cleaner.create(null);
        } catch (NullPointerException e) {
            System.out.println("create(null): NullPointerException");
        }
        Thread.sleep(20);
        System.out.println("kept object's action did not run twice: " + log);
        java.lang.ref.Reference.reachabilityFence(kept);
    }
}
