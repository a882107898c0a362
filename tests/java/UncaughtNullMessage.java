// Uncaught exception with a null message and a cause; System.out is flushed before exit.
public class UncaughtNullMessage {
    static class MyError extends RuntimeException { MyError(Throwable c) { super(null, c); } }
    public static void main(String[] args) {
        System.out.print("partial line without newline");
        throw new MyError(new RuntimeException("inner"));
    }
}
