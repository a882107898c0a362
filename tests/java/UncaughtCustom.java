// Uncaught IllegalStateException with a message: exit 1, stderr first line as HotSpot.
public class UncaughtCustom {
    static void validate(int x) { if (x > 2) throw new IllegalStateException("msg " + x); }
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) { System.out.println("i=" + i); validate(i); }
    }
}
