// An uncaught checked exception thrown from main declared with throws.
public class UncaughtChecked {
    static class Custom extends Exception { Custom(String m) { super(m); } }
    public static void main(String[] args) throws Exception {
        System.out.println("start");
        throw new Custom("checked failure");
    }
}
