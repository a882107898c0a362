// A trie with TreeMap children: insert words with counts, prefix search returning
// completions in alphabetical order and by frequency, longest common prefix, delete
// with pruning, and a word-break check by dynamic programming over the trie.
import java.util.*;

public class RealTrie {
    static final class Node { final TreeMap<Character, Node> kids = new TreeMap<>(); int count; }

    final Node root = new Node();
    int nodes = 1;

    void insert(String w) {
        Node n = root;
        for (char c : w.toCharArray()) n = n.kids.computeIfAbsent(c, k -> { nodes++; return new Node(); });
        n.count++;
    }

    Node walk(String p) {
        Node n = root;
        for (char c : p.toCharArray()) { n = n.kids.get(c); if (n == null) return null; }
        return n;
    }

    void collect(Node n, StringBuilder sb, List<String> out) {
        if (n.count > 0) out.add(sb.toString());
        for (Map.Entry<Character, Node> e : n.kids.entrySet()) { sb.append(e.getKey()); collect(e.getValue(), sb, out); sb.setLength(sb.length() - 1); }
    }

    List<String> complete(String p) {
        Node n = walk(p);
        List<String> out = new ArrayList<>();
        if (n != null) collect(n, new StringBuilder(p), out);
        return out;
    }

    boolean delete(Node n, String w, int i) {
        if (i == w.length()) { if (n.count == 0) return false; n.count = 0; return n.kids.isEmpty(); }
        Node k = n.kids.get(w.charAt(i));
        if (k == null) return false;
        if (delete(k, w, i + 1)) { n.kids.remove(w.charAt(i)); nodes--; return n.count == 0 && n.kids.isEmpty(); }
        return false;
    }

    public static void main(String[] args) {
        RealTrie t = new RealTrie();
        String text = "the theory then there these they their theme apple apply applet application apt ape a an and ant anthem the then the";
        for (String w : text.split(" ")) t.insert(w);
        System.out.println("nodes " + t.nodes);
        for (String p : new String[]{"the", "app", "an", "x", "", "ap"}) {
            List<String> c = t.complete(p);
            System.out.println("'" + p + "' -> " + (c.size() > 12 ? c.subList(0, 12) + "..." + c.size() : c));
        }
        List<String> byFreq = t.complete("th");
        byFreq.sort(Comparator.comparingInt((String w) -> -t.walk(w).count).thenComparing(Comparator.naturalOrder()));
        System.out.println("by frequency " + byFreq);
        StringBuilder lcp = new StringBuilder();
        Node n = t.walk("appl");
        lcp.append("appl");
        while (n.kids.size() == 1 && n.count == 0) { Map.Entry<Character, Node> e = n.kids.firstEntry(); lcp.append(e.getKey()); n = e.getValue(); }
        System.out.println("common prefix under appl: " + lcp);
        t.delete(t.root, "application", 0);
        t.delete(t.root, "theme", 0);
        t.delete(t.root, "nothere", 0);
        System.out.println("after deletes nodes " + t.nodes + " " + t.complete("app") + " " + t.complete("them"));
        String s = "theapplethenanthem";
        boolean[] ok = new boolean[s.length() + 1];
        int[] from = new int[s.length() + 1];
        ok[0] = true;
        for (int i = 0; i < s.length(); i++) {
            if (!ok[i]) continue;
            Node cur = t.root;
            for (int j = i; j < s.length() && cur != null; j++) {
                cur = cur.kids.get(s.charAt(j));
                if (cur != null && cur.count > 0 && !ok[j + 1]) { ok[j + 1] = true; from[j + 1] = i; }
            }
        }
        LinkedList<String> parts = new LinkedList<>();
        for (int i = s.length(); ok[s.length()] && i > 0; i = from[i]) parts.addFirst(s.substring(from[i], i));
        System.out.println(s + " breaks: " + ok[s.length()] + " " + parts);
    }
}
