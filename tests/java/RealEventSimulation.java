// A discrete-event simulation of a bank queue: a PriorityQueue of events ordered by
// time then sequence number, exponential arrivals and service times from a seeded
// Random, several tellers, waiting-time statistics, and a per-minute histogram.
import java.util.*;

public class RealEventSimulation {
    record Event(double time, long seq, String kind, int customer) {}

    public static void main(String[] args) {
        Random rnd = new Random(20240601);
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingDouble(Event::time).thenComparingLong(Event::seq));
        long seq = 0;
        double t = 0;
        for (int c = 0; c < 400; c++) { t += -Math.log(1 - rnd.nextDouble()) * 1.1; events.add(new Event(t, seq++, "arrive", c)); }
        int tellers = 3, busy = 0;
        ArrayDeque<Integer> waiting = new ArrayDeque<>();
        Map<Integer, Double> arrived = new HashMap<>();
        List<Double> waits = new ArrayList<>();
        int maxQueue = 0, served = 0;
        double now = 0, busyTime = 0, last = 0;
        TreeMap<Integer, Integer> waitHist = new TreeMap<>();
        while (!events.isEmpty()) {
            Event e = events.poll();
            now = e.time();
            busyTime += busy * (now - last);
            last = now;
            if (e.kind().equals("arrive")) {
                arrived.put(e.customer(), now);
                if (busy < tellers) { busy++; waits.add(0.0); events.add(new Event(now + -Math.log(1 - rnd.nextDouble()) * 3.0, seq++, "leave", e.customer())); }
                else { waiting.add(e.customer()); maxQueue = Math.max(maxQueue, waiting.size()); }
            } else {
                served++;
                Integer nextC = waiting.poll();
                if (nextC == null) busy--;
                else {
                    double w = now - arrived.get(nextC);
                    waits.add(w);
                    waitHist.merge((int) w, 1, Integer::sum);
                    events.add(new Event(now + -Math.log(1 - rnd.nextDouble()) * 3.0, seq++, "leave", nextC));
                }
            }
        }
        DoubleSummaryStatistics st = waits.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        System.out.printf("served %d, events %d, end %.4f, max queue %d%n", served, seq, now, maxQueue);
        System.out.printf("wait avg %.6f max %.6f, zero-wait %d, utilisation %.4f%n", st.getAverage(), st.getMax(), waits.stream().filter(w -> w == 0).count(), busyTime / (tellers * now));
        waitHist.forEach((k, v) -> System.out.printf("%3d-%-3d %s%n", k, k + 1, "#".repeat((v + 1) / 2)));
    }
}
