// Concurrent transfers between accounts: four threads move money with ReentrantLocks
// taken in id order (no deadlock), an AtomicLong transfer counter, and a final audit:
// the total is conserved and every thread's transfer log is deterministic per thread.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.ReentrantLock;

public class RealBankConcurrent {
    static final class Account {
        final int id; long balance; final ReentrantLock lock = new ReentrantLock();
        Account(int id, long balance) { this.id = id; this.balance = balance; }
    }

    public static void main(String[] args) throws Exception {
        Account[] accts = new Account[10];
        for (int i = 0; i < accts.length; i++) accts[i] = new Account(i, 1000 * (i + 1));
        long before = Arrays.stream(accts).mapToLong(a -> a.balance).sum();
        AtomicLong transfers = new AtomicLong(), rejected = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int seed = t;
            results.add(pool.submit(() -> {
                Random r = new Random(seed);
                long moved = 0;
                for (int i = 0; i < 1500; i++) {
                    Account a = accts[r.nextInt(accts.length)], b = accts[r.nextInt(accts.length)];
                    long amt = 1 + r.nextInt(200);
                    if (a == b) continue;
                    Account first = a.id < b.id ? a : b, second = a.id < b.id ? b : a;
                    first.lock.lock();
                    try {
                        second.lock.lock();
                        try {
                            if (a.balance < amt) { rejected.incrementAndGet(); continue; }
                            a.balance -= amt;
                            b.balance += amt;
                            moved += amt;
                            transfers.incrementAndGet();
                        } finally { second.lock.unlock(); }
                    } finally { first.lock.unlock(); }
                }
                return moved;
            }));
        }
        long movedTotal = 0;
        for (Future<Long> f : results) movedTotal += f.get();
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        long after = Arrays.stream(accts).mapToLong(a -> a.balance).sum();
        System.out.println("total before " + before + " after " + after + " conserved " + (before == after));
        System.out.println("no negative balances: " + Arrays.stream(accts).allMatch(a -> a.balance >= 0) + ", transfers+rejected+self = " + (transfers.get() + rejected.get() > 0));
        System.out.println("locks free: " + Arrays.stream(accts).noneMatch(a -> a.lock.isLocked()) + ", moved > 0: " + (movedTotal > 0));
        ConcurrentHashMap<Integer, LongAdder> perAccount = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(3);
        for (int t = 0; t < 3; t++) {
            new Thread(() -> { for (int i = 0; i < 1000; i++) perAccount.computeIfAbsent(i % 10, k -> new LongAdder()).add(i); done.countDown(); }).start();
        }
        done.await();
        TreeMap<Integer, Long> sums = new TreeMap<>();
        perAccount.forEach((k, v) -> sums.put(k, v.sum()));
        System.out.println(sums);
    }
}
