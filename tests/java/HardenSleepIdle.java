// Every thread asleep: the VM idles until the earliest wake-up (whatever
// stdin holds), every sleeper wakes, and stdin still reads afterwards.
import java.io.BufferedReader;
import java.io.InputStreamReader;

public class HardenSleepIdle {
    public static void main(String[] args) throws Exception {
        StringBuffer order = new StringBuffer();
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            final int k = i;
            ts[i] = new Thread(() -> {
                try { Thread.sleep(100 + 150 * k); } catch (InterruptedException e) { }
                order.append(k);
            });
        }
        for (int i = ts.length - 1; i >= 0; i--) ts[i].start();
        Thread.sleep(20);
        for (Thread t : ts) t.join();
        System.out.println("woke: " + order.length());
        Thread.sleep(300);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("first line: " + in.readLine());
    }
}
