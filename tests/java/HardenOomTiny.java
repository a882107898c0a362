// jvm: -Xmx4m
// Keeps every object and every caught OutOfMemoryError alive and goes on
// allocating, until even the error cannot be built: it must still be thrown
// (the VM's preallocated one) and be catchable, and the heap usable after.
public class HardenOomTiny {
    static final class Node { Object next, err; long a; Node(Object n) { next = n; } }
    public static void main(String[] args) {
        Object head = null;
        int caught = 0;
        while (caught < 300) {
            try {
                while (true) head = new Node(head);
            } catch (OutOfMemoryError e) {
                caught++;
                try { Node n = new Node(head); n.err = e; head = n; } catch (OutOfMemoryError again) { caught++; }
            }
        }
        head = null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append(i % 10);
        System.out.println("caught at least 300 OOMs: " + (caught >= 300) + ", then " + sb.length() + " chars");
    }
}
