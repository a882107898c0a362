// An uncaught exception out of main.
public class PThrow {
    public static void main(String[] args) {
        System.out.println("before");
        throw new IllegalStateException("boom " + args.length);
    }
}
