// An uncaught Error subclass thrown directly, message with special characters.
public class UncaughtError {
    public static void main(String[] args) {
        throw new InternalError("tab\tand \"quotes\" and unicode \u00e9");
    }
}
