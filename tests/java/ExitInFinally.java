// System.exit inside a finally block, while an exception is propagating.
public class ExitInFinally {
    public static void main(String[] args) {
        try {
            throw new IllegalStateException("pending");
        } finally {
            System.out.println("finally exits");
            System.exit(7);
        }
    }
}
