// skip-modes: gcstress
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

// 10^5 weak references, half of them to objects still held: after
// collections every other one is cleared and queued, the rest are intact.
// (Not under GC stress: 2 * 10^5 allocations, each a full collection of a
// heap of 10^5 objects, take minutes.)
public class RefMany {
    static final int N = 100_000;

    static WeakReference<Object>[] make(Object[] held, ReferenceQueue<Object> q) {
        @SuppressWarnings("unchecked")
        WeakReference<Object>[] refs = new WeakReference[N];
        for (int i = 0; i < N; i++) {
            Integer v = i + 1000;
            if (i % 2 == 0)
                held[i / 2] = v;
            refs[i] = new WeakReference<>(v, q);
        }
        return refs;
    }

    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Object> q = new ReferenceQueue<>();
        Object[] held = new Object[N / 2];
        WeakReference<Object>[] refs = make(held, q);
        int queued = 0;
        for (int t = 0; t < 100 && queued < N / 2; t++) {
            System.gc();
            while (q.remove(t < 5 ? 1 : 10) != null)
                queued++;
        }
        int cleared = 0, intact = 0;
        for (int i = 0; i < N; i++) {
            Object v = refs[i].get();
            if (v == null)
                cleared += i % 2;
            else if (i % 2 == 0 && v == held[i / 2] && (Integer) v == i + 1000)
                intact++;
        }
        System.out.println("queued " + queued + ", cleared " + cleared + ", intact " + intact);
    }
}
