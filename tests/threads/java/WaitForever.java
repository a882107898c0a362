// The only thread waits with no timeout and nobody to notify it.
public class WaitForever {
    public static void main(String[] args) throws Exception {
        Object o = new Object();
        synchronized (o) {
            System.out.println("waiting");
            o.wait();
        }
    }
}
