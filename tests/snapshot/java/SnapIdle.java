// An idle service for the snapshot benchmark's density test: says it is
// ready, then waits on standard input until it ends.
public class SnapIdle {
    public static void main(String[] args) throws Exception {
        System.out.println("ready");
        System.out.flush();
        while (System.in.read() >= 0) {
        }
    }
}
