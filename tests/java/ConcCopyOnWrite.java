// CopyOnWriteArrayList/Set: iterators are snapshots (no ConcurrentModificationException,
// no remove), addIfAbsent/addAllAbsent, equals/hashCode like any List, subList, and
// writers on several threads; ConcurrentLinkedQueue/Deque and blocking queues basics.
import java.util.*;
import java.util.concurrent.*;

public class ConcCopyOnWrite {
    public static void main(String[] args) throws Exception {
        CopyOnWriteArrayList<String> l = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        StringBuilder sb = new StringBuilder();
        for (String s : l) { l.add(s.toUpperCase()); sb.append(s); }
        System.out.println(sb + " " + l);
        Iterator<String> it = l.iterator();
        l.clear();
        int seen = 0;
        while (it.hasNext()) { it.next(); seen++; }
        System.out.println("snapshot saw " + seen + ", list now " + l);
        try { l.add("x"); Iterator<String> i2 = l.iterator(); i2.next(); i2.remove(); } catch (UnsupportedOperationException e) { System.out.println("iterator.remove: UOE"); }
        System.out.println(l.addIfAbsent("x") + " " + l.addIfAbsent("y") + " " + l.addAllAbsent(List.of("y", "z", "z")) + " " + l + " " + l.equals(List.of("x", "y", "z")) + " " + l.hashCode() + " " + l.subList(1, 3));
        l.removeIf(s -> s.equals("y"));
        l.replaceAll(String::toUpperCase);
        l.sort(Comparator.reverseOrder());
        System.out.println(l + " " + l.indexOf("X") + " " + l.lastIndexOf("Q"));
        CopyOnWriteArraySet<Integer> set = new CopyOnWriteArraySet<>(List.of(3, 1, 3, 2));
        System.out.println(set + " " + set.add(1) + " " + set.add(4) + " " + set);
        CopyOnWriteArrayList<Integer> shared = new CopyOnWriteArrayList<>();
        ExecutorService ex = Executors.newFixedThreadPool(3);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 3; t++) { int base = t * 100; fs.add(ex.submit(() -> { for (int i = 0; i < 100; i++) shared.add(base + i); })); }
        for (Future<?> f : fs) f.get();
        ex.shutdown();
        ex.awaitTermination(30, TimeUnit.SECONDS);
        List<Integer> sorted = new ArrayList<>(shared);
        Collections.sort(sorted);
        System.out.println(shared.size() + " " + sorted.get(0) + " " + sorted.get(299) + " " + shared.stream().mapToInt(Integer::intValue).sum());
        ConcurrentLinkedQueue<String> q = new ConcurrentLinkedQueue<>(List.of("1", "2"));
        q.offer("3");
        System.out.println(q.poll() + " " + q.peek() + " " + q + " " + q.size());
        ConcurrentLinkedDeque<Integer> dq = new ConcurrentLinkedDeque<>();
        dq.addFirst(1); dq.addLast(2); dq.push(0);
        System.out.println(dq + " " + dq.pollLast() + " " + dq.peekFirst());
        BlockingQueue<Integer> bq = new ArrayBlockingQueue<>(2);
        System.out.println(bq.offer(1) + " " + bq.offer(2) + " " + bq.offer(3) + " " + bq.remainingCapacity() + " " + bq.poll(10, TimeUnit.MILLISECONDS) + " " + bq);
        LinkedBlockingQueue<String> lbq = new LinkedBlockingQueue<>();
        Thread prod = new Thread(() -> { for (int i = 0; i < 50; i++) lbq.add("m" + i); lbq.add("STOP"); });
        prod.start();
        int got = 0;
        for (String m; !(m = lbq.take()).equals("STOP");) got++;
        prod.join();
        List<Integer> drained = new ArrayList<>();
        bq.drainTo(drained);
        System.out.println("took " + got + " drained " + drained + " " + new PriorityBlockingQueue<>(List.of(5, 1, 3)).poll());
    }
}
