// Many short-lived objects with a few survivors: the collector must keep exactly
// the live ones (checked by sums), across strings, arrays and linked objects.
public class GcChurn {
    static final class Node { final int v; Node next; int[] payload; Node(int v, Node n) { this.v = v; next = n; payload = new int[v % 7 + 1]; payload[0] = v; } }
    public static void main(String[] args) {
        Node keep = null;
        long garbage = 0;
        for (int i = 0; i < 5000; i++) {
            Node tmp = new Node(i, null);
            garbage += tmp.payload.length;
            String s = "n" + i;
            garbage += s.length();
            if (i % 50 == 0) keep = new Node(i, keep);
        }
        long sum = 0; int count = 0;
        for (Node n = keep; n != null; n = n.next) { sum += n.v + n.payload[0]; count++; }
        System.out.println(count + " " + sum + " " + garbage);
        String[] strs = new String[100];
        for (int round = 0; round < 20; round++) for (int i = 0; i < strs.length; i++) strs[i] = "r" + round + "i" + i;
        int len = 0; for (String s : strs) len += s.length();
        System.out.println(strs[0] + " " + strs[99] + " " + len);
    }
}
