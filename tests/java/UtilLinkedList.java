// LinkedList as list and deque: both ends, descendingIterator, removeFirst/LastOccurrence,
// ListIterator from the middle, nulls, equals with ArrayList.
import java.util.*;

public class UtilLinkedList {
    public static void main(String[] args) {
        LinkedList<String> l = new LinkedList<>();
        l.add("m"); l.addFirst("f"); l.addLast("z"); l.push("p"); l.offer("o"); l.offerFirst("of");
        System.out.println(l + " first=" + l.getFirst() + " last=" + l.getLast() + " peek=" + l.peek());
        System.out.println(l.pop() + " " + l.poll() + " " + l.pollLast() + " " + l.removeFirst() + " " + l);
        l.add(null); l.add("m"); l.add("x"); l.add("m");
        System.out.println(l + " " + l.indexOf("m") + " " + l.lastIndexOf("m") + " " + l.indexOf(null));
        System.out.println(l.removeFirstOccurrence("m") + " " + l.removeLastOccurrence("m") + " " + l);
        l.add(1, "ins");
        System.out.println(l.get(1) + " " + l.set(2, "SET") + " " + l);
        StringBuilder sb = new StringBuilder();
        for (Iterator<String> it = l.descendingIterator(); it.hasNext();) sb.append(it.next()).append(',');
        System.out.println("desc " + sb);
        ListIterator<String> it = l.listIterator(2);
        System.out.println(it.previousIndex() + " " + it.nextIndex() + " " + it.previous() + " " + it.previous() + " " + it.hasPrevious());
        it.remove();
        System.out.println(l);
        System.out.println(l.equals(new ArrayList<>(l)) + " " + (l.hashCode() == new ArrayList<>(l).hashCode()));
        LinkedList<Integer> n = new LinkedList<>();
        for (int i = 0; i < 500; i++) { if (i % 2 == 0) n.addFirst(i); else n.addLast(i); }
        System.out.println(n.size() + " " + n.getFirst() + " " + n.getLast() + " " + n.get(250) + " " + n.get(249));
        while (n.size() > 3) { n.removeFirst(); n.removeLast(); }
        System.out.println(n + " " + n.peekFirst() + " " + n.peekLast() + " " + new LinkedList<>().peekLast() + " " + new LinkedList<>().poll());
        Collections.reverse(n);
        System.out.println(n + " " + n.contains(1) + " " + n.element());
    }
}
