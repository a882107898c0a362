// A failing <clinit>: ExceptionInInitializerError with the cause, then
// NoClassDefFoundError "Could not initialize class X" on every later use.
public class InitError {
    static class Bad {
        static int value = compute();
        static int compute() { throw new IllegalStateException("boom in clinit"); }
        static void hello() { System.out.println("hello"); }
    }
    static class Bad2 {
        static int[] arr = new int[-1];
    }
    public static void main(String[] args) {
        try {
            System.out.println(Bad.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("1: " + e);
            System.out.println("   cause: " + e.getCause());
            System.out.println("   getException: " + e.getException());
        }
        try {
            Bad.hello();
        } catch (NoClassDefFoundError e) {
            System.out.println("2: " + e);
        }
        try {
            new Bad();
        } catch (NoClassDefFoundError e) {
            System.out.println("3: " + e.getMessage());
        }
        try {
            System.out.println(Bad2.arr);
        } catch (Error e) {
            System.out.println("4: " + e.getClass().getName() + " cause " + e.getCause());
        }
        Bad[] ok = new Bad[2];
        System.out.println("array of Bad is fine: " + ok.length);
    }
}
