// An uncaught ArithmeticException: stack trace on stderr, exit code 1.
public class DivByZeroUncaught {
    static int divide(int a, int b) { return a / b; }
    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(divide(10, 0));
        System.out.println("not reached");
    }
}
