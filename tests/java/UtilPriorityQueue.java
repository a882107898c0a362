// PriorityQueue: poll order, comparator, toString shows the heap array order,
// remove(Object), equal priorities, contains, iterator order.
import java.util.*;

public class UtilPriorityQueue {
    record Task(String name, int prio) {}

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] in = {5, 1, 8, 3, 9, 2, 7, 1, 6, 4};
        for (int x : in) pq.add(x);
        System.out.println("heap " + pq + " peek=" + pq.peek() + " size=" + pq.size());
        pq.remove(8);
        System.out.println("after remove(8) " + pq);
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println("polled " + sb + pq.poll());
        PriorityQueue<String> rev = new PriorityQueue<>(Comparator.reverseOrder());
        rev.addAll(List.of("pear", "apple", "fig", "banana", "kiwi", "cherry"));
        System.out.println("heap " + rev);
        List<String> it = new ArrayList<>();
        for (String s : rev) it.add(s);
        System.out.println("iter " + it);
        sb.setLength(0);
        while (!rev.isEmpty()) sb.append(rev.remove()).append(' ');
        System.out.println("rev " + sb.toString().trim());
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::prio).thenComparing(Task::name));
        String[] names = {"write", "read", "sleep", "eat", "code", "test", "ship", "plan"};
        for (int i = 0; i < names.length; i++) tasks.offer(new Task(names[i], i % 3));
        System.out.println(tasks.peek() + " " + tasks.contains(new Task("eat", 0)));
        while (!tasks.isEmpty()) System.out.print(tasks.poll().name() + " ");
        System.out.println();
        PriorityQueue<Integer> big = new PriorityQueue<>(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1));
        System.out.println("from collection " + big);
        PriorityQueue<Integer> lcg = new PriorityQueue<>();
        int v = 12345;
        for (int i = 0; i < 1000; i++) { v = v * 1103515245 + 12345; lcg.add((v >>> 8) % 10000); }
        long chk = 0;
        for (int i = 0; i < 1000; i++) chk = chk * 31 + lcg.poll();
        System.out.println("check " + chk);
        try { new PriorityQueue<Integer>().add(null); } catch (NullPointerException e) { System.out.println("null: NPE"); }
        try { new PriorityQueue<Integer>().remove(); } catch (NoSuchElementException e) { System.out.println("remove empty: " + e.getMessage()); }
        try { new PriorityQueue<Integer>(0); } catch (IllegalArgumentException e) { System.out.println("cap 0: " + e.getMessage()); }
    }
}
