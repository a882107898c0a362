// Objects reachable only from a suspended thread's stack survive
// collections run by other threads: every thread builds its own list,
// yielding and sleeping in the middle, while the others allocate.
public class ThreadGcStacks {
    static final class Node {
        final int value;
        final Node next;
        final int[] payload;
        Node(int value, Node next) { this.value = value; this.next = next; this.payload = new int[] { value, -value }; }
    }

    static long build(int id, int n) throws InterruptedException {
        Node head = null;
        for (int i = 0; i < n; i++) {
            head = new Node(id * 1000 + i, head);
            if (i % 7 == 0) Thread.yield();
            if (i % 50 == 0) Thread.sleep(1);
        }
        String label = "thread " + id;          // a string held across a wait too
        synchronized (ThreadGcStacks.class) { ThreadGcStacks.class.wait(1); }
        long sum = 0;
        for (Node p = head; p != null; p = p.next) {
            if (p.payload[0] != p.value || p.payload[1] != -p.value) throw new AssertionError("corrupt node " + p.value);
            sum += p.value;
        }
        return label.equals("thread " + id) ? sum : -1;
    }

    public static void main(String[] args) throws Exception {
        final long[] sums = new long[6];
        Thread[] ts = new Thread[sums.length];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                try { sums[id] = build(id, 200); } catch (InterruptedException e) { throw new RuntimeException(e); }
            });
            ts[i].start();
        }
        long mine = build(99, 200);
        for (Thread t : ts) t.join();
        for (int i = 0; i < sums.length; i++) System.out.println("thread " + i + " sum " + sums[i]);
        System.out.println("main sum " + mine);
    }
}
