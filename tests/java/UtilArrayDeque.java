// ArrayDeque as stack and queue, wrap-around growth, nulls rejected, iteration orders.
import java.util.*;

public class UtilArrayDeque {
    public static void main(String[] args) {
        ArrayDeque<Integer> d = new ArrayDeque<>(4);
        for (int i = 0; i < 6; i++) d.addLast(i);
        for (int i = 0; i < 4; i++) d.pollFirst();
        for (int i = 10; i < 20; i++) { if (i % 2 == 0) d.addFirst(i); else d.addLast(i); }
        System.out.println(d + " size=" + d.size());
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = d.descendingIterator(); it.hasNext();) sb.append(it.next()).append(' ');
        System.out.println("desc " + sb.toString().trim());
        System.out.println(d.peekFirst() + " " + d.peekLast() + " " + d.pop() + " " + d.removeLast() + " " + d.poll());
        ArrayDeque<String> st = new ArrayDeque<>();
        st.push("a"); st.push("b"); st.push("c");
        System.out.println(st + " " + st.peek() + " " + st.pop() + " " + st);
        try { st.push(null); } catch (NullPointerException e) { System.out.println("push null: NPE"); }
        try { st.offerLast(null); } catch (NullPointerException e) { System.out.println("offerLast null: NPE"); }
        try { new ArrayDeque<String>().pop(); } catch (NoSuchElementException e) { System.out.println("pop empty: " + e.getMessage()); }
        try { new ArrayDeque<String>().getLast(); } catch (NoSuchElementException e) { System.out.println("getLast empty: " + e.getMessage()); }
        System.out.println(new ArrayDeque<String>().pollLast() + " " + new ArrayDeque<String>().peek());
        d.clear();
        for (int i = 0; i < 2000; i++) d.offer(i);
        long s = 0;
        while (d.size() > 1) { int a = d.poll(), b = d.poll(); d.offer((a + b) % 1000003); s += a; }
        System.out.println("fold " + d.peek() + " " + s);
        ArrayDeque<Integer> r = new ArrayDeque<>(List.of(1, 2, 3, 2, 1));
        System.out.println(r.removeFirstOccurrence(2) + " " + r + " " + r.removeLastOccurrence(1) + " " + r + " " + r.contains(3));
        r.removeIf(x -> x == 3);
        System.out.println(r + " " + Arrays.toString(r.toArray()) + " " + r.clone());
    }
}
