// jvm: -Xmx16m
// OutOfMemoryError from a growing allocation is catchable and the heap is usable after.
public class OutOfMemory {
    static class Chunk { final long[] data; final Chunk prev; Chunk(int n, Chunk p) { data = new long[n]; prev = p; } }
    public static void main(String[] args) {
        Chunk head = null;
        int n = 0;
        try {
            while (true) { head = new Chunk(128 * 1024, head); n++; }
        } catch (OutOfMemoryError e) {
            head = null;
            System.out.println("caught OOM after more than 4 chunks: " + (n > 4) + " " + e.getClass().getName());
        }
        try {
            int[] huge = new int[Integer.MAX_VALUE - 8];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge array: OOM");
        }
        long[] after = new long[1000];
        after[999] = 5;
        System.out.println("after: " + after[999]);
    }
}
