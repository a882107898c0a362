// wait/notify: a bounded buffer between two producers and two consumers.
public class SyncProducerConsumer {
    static final class Buffer {
        private final int[] items = new int[4];
        private int head, count;

        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) wait();
            items[(head + count) % items.length] = v;
            count++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (count == 0) wait();
            int v = items[head];
            head = (head + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    static long[] sums = new long[2];

    public static void main(String[] args) throws Exception {
        Buffer buf = new Buffer();
        Thread[] producers = new Thread[2];
        Thread[] consumers = new Thread[2];
        for (int p = 0; p < 2; p++) {
            final int base = p * 100000;
            producers[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= 2000; i++) buf.put(base + i);
                    buf.put(-1);
                } catch (InterruptedException e) { throw new RuntimeException(e); }
            });
        }
        for (int c = 0; c < 2; c++) {
            final int me = c;
            consumers[c] = new Thread(() -> {
                try {
                    for (int v; (v = buf.take()) != -1; ) sums[me] += v;
                } catch (InterruptedException e) { throw new RuntimeException(e); }
            });
        }
        for (Thread t : consumers) t.start();
        for (Thread t : producers) t.start();
        for (Thread t : producers) t.join();
        for (Thread t : consumers) t.join();
        System.out.println("total " + (sums[0] + sums[1]));
    }
}
