// Huffman coding: frequencies in a TreeMap, a PriorityQueue of nodes ordered by weight
// and then by a creation sequence (so ties are deterministic), the code table, encoding
// to a bit string, decoding back, and the compression ratio.
import java.util.*;

public class RealHuffman {
    static int seq;

    static final class Node {
        final long w; final int order; final Character ch; final Node left, right;
        Node(long w, Character ch, Node l, Node r) { this.w = w; this.ch = ch; left = l; right = r; order = seq++; }
    }

    static void codes(Node n, String prefix, Map<Character, String> out) {
        if (n.ch != null) { out.put(n.ch, prefix.isEmpty() ? "0" : prefix); return; }
        codes(n.left, prefix + "0", out);
        codes(n.right, prefix + "1", out);
    }

    static void run(String text) {
        seq = 0;
        Map<Character, Long> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1L, Long::sum);
        PriorityQueue<Node> pq = new PriorityQueue<>(Comparator.comparingLong((Node n) -> n.w).thenComparingInt(n -> n.order));
        freq.forEach((c, w) -> pq.add(new Node(w, c, null, null)));
        while (pq.size() > 1) { Node a = pq.poll(), b = pq.poll(); pq.add(new Node(a.w + b.w, null, a, b)); }
        Node root = pq.poll();
        Map<Character, String> table = new TreeMap<>();
        codes(root, "", table);
        StringBuilder bits = new StringBuilder();
        for (char c : text.toCharArray()) bits.append(table.get(c));
        StringBuilder dec = new StringBuilder();
        Node cur = root;
        for (int i = 0; i < bits.length(); i++) {
            if (root.ch == null) cur = bits.charAt(i) == '0' ? cur.left : cur.right;
            if (cur.ch != null) { dec.append(cur.ch); cur = root; }
        }
        StringBuilder t = new StringBuilder();
        table.forEach((c, code) -> t.append(c == ' ' ? "' '" : String.valueOf(c)).append('=').append(code).append(' '));
        System.out.println(t.toString().trim());
        System.out.println("bits " + bits.length() + " vs " + text.length() * 8 + String.format(" (%.1f%%)", 100.0 * bits.length() / (text.length() * 8)) + " roundtrip " + dec.toString().equals(text)
                + " prefix " + bits.substring(0, Math.min(48, bits.length())));
    }

    public static void main(String[] args) {
        run("this is an example of a huffman tree");
        run("aaaaaaaaaabbbbbcccd");
        run("zzzz");
        run("abracadabra alakazam abracadabra");
        StringBuilder big = new StringBuilder();
        int x = 1;
        for (int i = 0; i < 3000; i++) { x = x * 75 % 65537; big.append((char) ('a' + Integer.numberOfTrailingZeros(x | 1 << 12) % 13)); }
        run(big.toString());
    }
}
