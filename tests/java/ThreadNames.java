// Thread names ("Thread-N" from a per-VM counter), toString, priorities,
// daemon flag, ids, and the IllegalThreadStateException cases.
public class ThreadNames {
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        System.out.println(main.getName() + " " + main + " prio=" + main.getPriority()
                           + " daemon=" + main.isDaemon() + " id=" + main.getId());
        System.out.println(main.getThreadGroup().getName() + " " + main.getThreadGroup().getParent().getName());
        Thread a = new Thread(() -> {});
        Thread b = new Thread("custom");
        Thread c = new Thread(() -> {}, "named");
        Thread d = new Thread();
        System.out.println(a.getName() + " " + b.getName() + " " + c.getName() + " " + d.getName());
        System.out.println(a + " " + a.getState());
        a.setName("renamed");
        a.setPriority(Thread.MAX_PRIORITY);
        a.setDaemon(true);
        System.out.println(a + " daemon=" + a.isDaemon());
        System.out.println("ids distinct: " + (a.getId() != b.getId() && b.getId() != main.getId()));
        a.start();
        try { a.start(); } catch (IllegalThreadStateException e) { System.out.println("start twice: " + e); }
        a.join();
        System.out.println(a + " " + a.getState());
        try { a.setPriority(0); } catch (IllegalArgumentException e) { System.out.println("priority 0: " + e); }
        try { new Thread((String) null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }

        Thread sleeper = new Thread(() -> {
            try { Thread.sleep(1_000_000); } catch (InterruptedException e) { }
        });
        sleeper.start();
        try { sleeper.setDaemon(true); } catch (IllegalThreadStateException e) { System.out.println("setDaemon on live: " + e); }
        sleeper.interrupt();
        sleeper.join();

        Thread child = new Thread(() -> {
            Thread me = Thread.currentThread();
            System.out.println("child sees " + me.getName() + " daemon=" + me.isDaemon() + " prio=" + me.getPriority());
            Thread grandchild = new Thread(() -> {});
            System.out.println("grandchild inherits daemon=" + grandchild.isDaemon() + " prio=" + grandchild.getPriority());
        }, "child");
        child.setDaemon(true);
        child.setPriority(3);
        child.start();
        child.join();
        System.out.println(new Thread(() -> {}).getName());
        StackTraceElement[] st = main.getStackTrace();
        System.out.println("stack: " + st[0].getMethodName() + " " + st[1].getMethodName() + " " + st[1].getClassName()
                           + "; of another thread: " + child.getStackTrace().length);
    }
}
