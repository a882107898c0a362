// System.exit(255), after output without a trailing newline.
public class ExitCodes255 {
    public static void main(String[] args) {
        System.out.print("no newline");
        System.exit(255);
    }
}
