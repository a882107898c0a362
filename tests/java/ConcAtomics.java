// Atomic variables: AtomicInteger/Long/Boolean/Reference get/set/CAS, getAndUpdate vs
// updateAndGet, accumulateAndGet, AtomicIntegerArray, LongAdder and LongAccumulator,
// their toString; then four threads incrementing shared counters exactly.
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class ConcAtomics {
    public static void main(String[] args) throws InterruptedException {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.get() + " " + ai.incrementAndGet() + " " + ai.getAndIncrement() + " " + ai.getAndAdd(10) + " " + ai.addAndGet(-3) + " " + ai.decrementAndGet() + " " + ai);
        System.out.println(ai.compareAndSet(13, 100) + " " + ai.compareAndSet(14, 100) + " " + ai.getAndSet(7) + " " + ai.getAndUpdate(x -> x * 3) + " " + ai.updateAndGet(x -> x + 1) + " " + ai.accumulateAndGet(10, Math::max) + " " + ai.getAndAccumulate(5, (a, b) -> a - b) + " " + ai.intValue());
        AtomicLong al = new AtomicLong(Long.MAX_VALUE);
        System.out.println(al.incrementAndGet() + " " + al.updateAndGet(x -> x >>> 60) + " " + al.doubleValue() + " " + al);
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab + " " + ab.compareAndSet(false, true) + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab.get());
        AtomicReference<String> ar = new AtomicReference<>("a");
        System.out.println(ar.getAndUpdate(s -> s + "b") + " " + ar.updateAndGet(s -> s + "c") + " " + ar.compareAndSet("abc", "x") + " " + ar.accumulateAndGet("y", String::concat) + " " + ar + " " + new AtomicReference<>());
        AtomicIntegerArray arr = new AtomicIntegerArray(5);
        arr.set(0, 3); arr.incrementAndGet(1); arr.addAndGet(2, 7); arr.compareAndSet(3, 0, 9); arr.getAndUpdate(4, x -> x - 1);
        AtomicLongArray la = new AtomicLongArray(new long[]{1, 2});
        la.accumulateAndGet(1, 40, (a, b) -> a * b);
        System.out.println(arr + " " + arr.length() + " " + la);
        LongAdder adder = new LongAdder();
        LongAccumulator maxAcc = new LongAccumulator(Long::max, Long.MIN_VALUE);
        AtomicInteger counter = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    counter.incrementAndGet();
                    sum.addAndGet(i * (id + 1));
                    adder.increment();
                    maxAcc.accumulate((long) i * id);
                    arr.incrementAndGet(i % 5);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) t.join();
        System.out.println(counter.get() + " " + sum.get() + " " + adder.sum() + " " + adder + " " + maxAcc.get() + " " + arr);
        adder.reset();
        System.out.println(adder.sumThenReset() + " " + adder.longValue());
    }
}
