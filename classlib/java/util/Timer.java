package java.util;

/**
 * Runs TimerTasks on one background thread ("Timer-N"), in order of their
 * next execution time, as the JDK's Timer: a task that throws kills the
 * timer; cancel() lets the running task finish and discards the others.
 */
public class Timer {
    private static int serialNumber = 0;

    private final PriorityQueue<TimerTask> queue = new PriorityQueue<>(16,
            (a, b) -> Long.compare(a.nextExecutionTime, b.nextExecutionTime));
    private final Thread thread;
    private boolean newTasksMayBeScheduled = true;

    private static synchronized int serialNumber() {
        return serialNumber++;
    }

    public Timer() {
        this("Timer-" + serialNumber());
    }

    public Timer(boolean isDaemon) {
        this("Timer-" + serialNumber(), isDaemon);
    }

    public Timer(String name) {
        this(name, false);
    }

    public Timer(String name, boolean isDaemon) {
        thread = new Thread(this::mainLoop, name);
        thread.setDaemon(isDaemon);
        thread.start();
    }

    public void schedule(TimerTask task, long delay) {
        if (delay < 0)
            throw new IllegalArgumentException("Negative delay.");
        sched(task, System.currentTimeMillis() + delay, 0);
    }

    public void schedule(TimerTask task, long delay, long period) {
        if (delay < 0)
            throw new IllegalArgumentException("Negative delay.");
        if (period <= 0)
            throw new IllegalArgumentException("Non-positive period.");
        sched(task, System.currentTimeMillis() + delay, -period);
    }

    public void scheduleAtFixedRate(TimerTask task, long delay, long period) {
        if (delay < 0)
            throw new IllegalArgumentException("Negative delay.");
        if (period <= 0)
            throw new IllegalArgumentException("Non-positive period.");
        sched(task, System.currentTimeMillis() + delay, period);
    }

    private void sched(TimerTask task, long time, long period) {
        if (time < 0)
            throw new IllegalArgumentException("Illegal execution time.");
        if (Math.abs(period) > (Long.MAX_VALUE >> 1))
            period >>= 1;
        synchronized (queue) {
            if (!newTasksMayBeScheduled)
                throw new IllegalStateException("Timer already cancelled.");
            synchronized (task.lock) {
                if (task.state != TimerTask.VIRGIN)
                    throw new IllegalStateException("Task already scheduled or cancelled");
                task.nextExecutionTime = time;
                task.period = period;
                task.state = TimerTask.SCHEDULED;
            }
            queue.add(task);
            queue.notify();
        }
    }

    public void cancel() {
        synchronized (queue) {
            newTasksMayBeScheduled = false;
            queue.clear();
            queue.notify();
        }
    }

    public int purge() {
        int result = 0;
        synchronized (queue) {
            for (Iterator<TimerTask> it = queue.iterator(); it.hasNext();) {
                if (it.next().state == TimerTask.CANCELLED) {
                    it.remove();
                    result++;
                }
            }
        }
        return result;
    }

    private void mainLoop() {
        try {
            for (;;) {
                TimerTask task;
                boolean fire;
                synchronized (queue) {
                    while (queue.isEmpty() && newTasksMayBeScheduled)
                        queue.wait();
                    if (queue.isEmpty())
                        return;
                    task = queue.peek();
                    long now, executionTime;
                    synchronized (task.lock) {
                        if (task.state == TimerTask.CANCELLED) {
                            queue.poll();
                            continue;
                        }
                        now = System.currentTimeMillis();
                        executionTime = task.nextExecutionTime;
                        fire = executionTime <= now;
                        if (fire) {
                            queue.poll();
                            if (task.period == 0) {
                                task.state = TimerTask.EXECUTED;
                            } else {
                                task.nextExecutionTime = task.period < 0 ? now - task.period : executionTime + task.period;
                                queue.add(task);
                            }
                        }
                    }
                    if (!fire)
                        queue.wait(executionTime - now);
                }
                if (fire)
                    task.run();
            }
        } catch (InterruptedException e) {
            // Ends the timer thread.
        } finally {
            synchronized (queue) {
                newTasksMayBeScheduled = false;
                queue.clear();
            }
        }
    }
}
