// CountDownLatch start/finish gates, ReentrantLock (hold counts, tryLock, fairness flag)
// with two Conditions as a bounded buffer between a producer and two consumers; the
// totals are exact whatever the interleaving.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class ConcLatchLock {
    static final class Buffer {
        private final int[] items = new int[4];
        private int head, tail, count;
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition notFull = lock.newCondition(), notEmpty = lock.newCondition();

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) notFull.await();
                items[tail] = x; tail = (tail + 1) % items.length; count++;
                notEmpty.signal();
            } finally { lock.unlock(); }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) notEmpty.await();
                int x = items[head]; head = (head + 1) % items.length; count--;
                notFull.signal();
                return x;
            } finally { lock.unlock(); }
        }
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch start = new CountDownLatch(1), done = new CountDownLatch(3);
        int[] partial = new int[3];
        for (int t = 0; t < 3; t++) {
            int id = t;
            new Thread(() -> {
                try { start.await(); } catch (InterruptedException e) { return; }
                for (int i = 0; i <= 100; i++) partial[id] += i * (id + 1);
                done.countDown();
            }).start();
        }
        System.out.println("count before " + done.getCount());
        start.countDown();
        System.out.println(done.await(30, TimeUnit.SECONDS) + " " + done.getCount() + " " + Arrays.toString(partial));
        ReentrantLock lock = new ReentrantLock(true);
        lock.lock(); lock.lock();
        System.out.println(lock.isFair() + " " + lock.isLocked() + " " + lock.isHeldByCurrentThread() + " " + lock.getHoldCount() + " " + lock.tryLock() + " " + lock.getHoldCount());
        lock.unlock(); lock.unlock(); lock.unlock();
        System.out.println(lock.isLocked() + " " + lock.getHoldCount());
        try { lock.unlock(); } catch (IllegalMonitorStateException e) { System.out.println("unlock not held: IllegalMonitorStateException"); }
        Thread other = new Thread(() -> lock.lock());
        other.start();
        other.join();
        System.out.println("held by dead thread, tryLock: " + lock.tryLock() + " " + lock.tryLock(10, TimeUnit.MILLISECONDS));
        Buffer buf = new Buffer();
        long[] sums = new long[2];
        int[] taken = new int[2];
        Thread producer = new Thread(() -> {
            try { for (int i = 1; i <= 1000; i++) buf.put(i); for (int i = 0; i < 2; i++) buf.put(-1); } catch (InterruptedException e) { }
        });
        Thread[] consumers = new Thread[2];
        for (int c = 0; c < 2; c++) {
            int id = c;
            consumers[c] = new Thread(() -> {
                try { for (int x; (x = buf.take()) != -1;) { sums[id] += x; taken[id]++; } } catch (InterruptedException e) { }
            });
            consumers[c].start();
        }
        producer.start();
        producer.join();
        for (Thread c : consumers) c.join();
        System.out.println("consumed " + (taken[0] + taken[1]) + " sum " + (sums[0] + sums[1]));
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock(); rw.readLock().lock();
        System.out.println(rw.getReadLockCount() + " " + rw.isWriteLocked() + " " + rw.writeLock().tryLock());
        rw.readLock().unlock(); rw.readLock().unlock();
        System.out.println(rw.writeLock().tryLock() + " " + rw.isWriteLocked() + " " + rw.getWriteHoldCount());
    }
}
