// An uncaught ExceptionInInitializerError from the main class's own <clinit>.
public class InitErrorUncaught {
    static int x = Integer.parseInt("not a number");
    public static void main(String[] args) {
        System.out.println("not reached " + x);
    }
}
