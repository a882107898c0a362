// An uncaught StackOverflowError: exit 1, stderr first line names it.
public class StackOverflowUncaught {
    static int f(int n) { return f(n + 1) + 1; }
    public static void main(String[] args) {
        System.out.println("going deep");
        System.out.println(f(0));
    }
}
