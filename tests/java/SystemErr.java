// Output to System.err: only its first line is compared; stdout is separate.
public class SystemErr {
    public static void main(String[] args) {
        System.out.println("to stdout");
        System.err.println("warning: this goes to stderr " + 42);
        System.err.println("second stderr line");
        System.out.println("stdout again");
        System.err.print("err no newline");
    }
}
