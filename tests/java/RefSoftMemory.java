// jvm: -Xmx32m
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;

// SoftReference: kept through collections while memory allows, cleared (and
// enqueued) before an OutOfMemoryError when its referent's room is needed.
// 12 MiB softly held plus 20 MiB strongly held do not fit in 32 MiB.
public class RefSoftMemory {
    static SoftReference<byte[]> big(ReferenceQueue<byte[]> q) {
        byte[] b = new byte[12 << 20];
        b[12345] = 7;
        return new SoftReference<>(b, q);
    }

    public static void main(String[] args) throws Exception {
        ReferenceQueue<byte[]> q = new ReferenceQueue<>();
        SoftReference<byte[]> s = big(q);
        for (int i = 0; i < 3; i++)
            System.gc();
        byte[] b = s.get();
        System.out.println("kept after gc: " + (b != null) + (b != null ? " " + b[12345] : ""));
        b = null;

        // A weak reference to the same kind of object goes at the first gc.
        WeakReference<Object> w = new WeakReference<>(new Object());
        for (int i = 0; i < 50 && !w.refersTo(null); i++)
            System.gc();
        System.out.println("weak cleared: " + w.refersTo(null));

        ArrayList<byte[]> hold = new ArrayList<>();
        for (int i = 0; i < 80; i++)
            hold.add(new byte[256 << 10]);
        System.out.println("allocated: " + hold.size() + " chunks");
        System.out.println("soft cleared: " + (s.get() == null));
        System.out.println("soft queued: " + (q.remove(1000) == s));
    }
}
