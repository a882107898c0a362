// The VM ends when the last non-daemon thread ends: a daemon that never
// ends does not keep it alive; a non-daemon that outlives main() does.
public class ThreadDaemon {
    public static void main(String[] args) throws Exception {
        Thread forever = new Thread(() -> {
            while (true) {
                try { Thread.sleep(1000); } catch (InterruptedException e) { }
            }
        });
        forever.setDaemon(true);
        forever.start();
        Thread spinner = new Thread(() -> { while (true) { } });
        spinner.setDaemon(true);
        spinner.start();

        // main's Thread ends (join returns) when main() returns, before the
        // VM waits for the other non-daemon threads.
        final Thread mainThread = Thread.currentThread();
        Thread late = new Thread(() -> {
            try { mainThread.join(); } catch (InterruptedException e) { }
            System.out.println("non-daemon finishes after main; main alive " + mainThread.isAlive());
        });
        late.start();
        System.out.println("main returns; daemon=" + forever.isDaemon() + " " + spinner.isDaemon() + " " + late.isDaemon());
    }
}
