package java.util;

/** A task for a Timer, run once or repeatedly by the timer's thread. */
public abstract class TimerTask implements Runnable {
    final Object lock = new Object();

    static final int VIRGIN = 0, SCHEDULED = 1, EXECUTED = 2, CANCELLED = 3;

    int state = VIRGIN;
    long nextExecutionTime;     // milliseconds (System.currentTimeMillis)
    long period = 0;            // > 0 fixed rate, < 0 fixed delay, 0 once

    protected TimerTask() {
    }

    @Override
    public abstract void run();

    public boolean cancel() {
        synchronized (lock) {
            boolean result = (state == SCHEDULED);
            state = CANCELLED;
            return result;
        }
    }

    public long scheduledExecutionTime() {
        synchronized (lock) {
            return (period < 0 ? nextExecutionTime + period : nextExecutionTime - period);
        }
    }
}
