// Hand-written generic data structures: linked list, stack, queue, hash map, BST;
// Iterable/Iterator with for-each.
import java.util.Iterator;
public class DataStructures {
    static class LinkedList<T> implements Iterable<T> {
        class Node { T v; Node next; Node(T v) { this.v = v; } }
        Node head, tail; int size;
        void add(T v) { Node n = new Node(v); if (tail == null) head = tail = n; else { tail.next = n; tail = n; } size++; }
        T removeFirst() { T v = head.v; head = head.next; if (head == null) tail = null; size--; return v; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node cur = head;
                public boolean hasNext() { return cur != null; }
                public T next() { T v = cur.v; cur = cur.next; return v; }
            };
        }
    }
    static class Stack<T> { Object[] a = new Object[2]; int n; void push(T v) { if (n == a.length) { Object[] b = new Object[n * 2]; System.arraycopy(a, 0, b, 0, n); a = b; } a[n++] = v; } @SuppressWarnings("unchecked") T pop() { return (T) a[--n]; } boolean isEmpty() { return n == 0; } }
    static class HashMap<K, V> {
        static class E<K, V> { final K k; V v; E<K, V> next; E(K k, V v, E<K, V> n) { this.k = k; this.v = v; next = n; } }
        @SuppressWarnings("unchecked") E<K, V>[] t = new E[8]; int size;
        int idx(Object k) { int h = k.hashCode(); return (h ^ (h >>> 16)) & (t.length - 1); }
        V get(K k) { for (E<K, V> e = t[idx(k)]; e != null; e = e.next) if (e.k.equals(k)) return e.v; return null; }
        void put(K k, V v) {
            for (E<K, V> e = t[idx(k)]; e != null; e = e.next) if (e.k.equals(k)) { e.v = v; return; }
            int i = idx(k); t[i] = new E<>(k, v, t[i]);
            if (++size > t.length * 3 / 4) { E<K, V>[] old = t; t = new E[old.length * 2]; size = 0; for (E<K, V> e : old) for (; e != null; e = e.next) put(e.k, e.v); }
        }
    }
    static class BST { int key; BST l, r; BST(int k) { key = k; }
        static BST insert(BST t, int k) { if (t == null) return new BST(k); if (k < t.key) t.l = insert(t.l, k); else if (k > t.key) t.r = insert(t.r, k); return t; }
        static void inorder(BST t, StringBuilder sb) { if (t == null) return; inorder(t.l, sb); sb.append(t.key).append(' '); inorder(t.r, sb); }
        static int height(BST t) { return t == null ? 0 : 1 + Math.max(height(t.l), height(t.r)); } }
    public static void main(String[] args) {
        LinkedList<String> l = new LinkedList<>();
        for (String s : new String[]{"a", "b", "c", "d"}) l.add(s);
        StringBuilder sb = new StringBuilder();
        for (String s : l) sb.append(s);
        System.out.println(sb + " " + l.size + " " + l.removeFirst() + " " + l.size);
        Stack<Integer> st = new Stack<>();
        for (int i = 0; i < 20; i++) st.push(i * i);
        sb.setLength(0);
        while (!st.isEmpty()) sb.append(st.pop()).append(',');
        System.out.println(sb);
        HashMap<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 300; i++) m.put("k" + (i % 150), i);
        System.out.println(m.size + " " + m.get("k0") + " " + m.get("k149") + " " + m.get("nope") + " " + m.t.length);
        BST t = null;
        int seed = 7;
        for (int i = 0; i < 50; i++) { seed = (seed * 31 + 11) % 101; t = BST.insert(t, seed); }
        sb.setLength(0); BST.inorder(t, sb);
        System.out.println(sb + "h=" + BST.height(t));
    }
}
