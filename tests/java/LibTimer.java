// java.util.Timer: tasks run in time order on "Timer-0", a fixed-rate task until
// cancelled, cancel() results, a cancelled timer rejects tasks, negative delays,
// a named daemon timer.
import java.util.*;
import java.util.concurrent.*;
public class LibTimer {
    public static void main(String[] a) throws Exception {
        Timer t = new Timer();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(4);
        t.schedule(new TimerTask() { public void run() { log.add("b"); done.countDown(); } }, 20);
        t.schedule(new TimerTask() { public void run() { log.add("a " + Thread.currentThread().getName()); done.countDown(); } }, 5);
        TimerTask rep = new TimerTask() { int n; public void run() { if (++n <= 2) { log.add("tick"); done.countDown(); } } };
        t.scheduleAtFixedRate(rep, 30, 5);
        done.await();
        System.out.println(rep.cancel() + " " + rep.cancel() + " " + log);
        t.cancel();
        try { t.schedule(new TimerTask() { public void run() {} }, 1); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        try { new Timer(true).schedule(rep, -1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Timer d = new Timer("custom", true);
        CountDownLatch one = new CountDownLatch(1);
        d.schedule(new TimerTask() { public void run() { System.out.println("in " + Thread.currentThread().getName() + " daemon " + Thread.currentThread().isDaemon()); one.countDown(); } }, 1);
        one.await();
    }
}
