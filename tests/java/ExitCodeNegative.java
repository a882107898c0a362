// System.exit(-1) and 256 become the low byte of the status (255 and 0 for -1 and 256).
// args: -1
public class ExitCodeNegative {
    public static void main(String[] args) {
        int code = Integer.parseInt(args[0]);
        System.out.println("exit " + code);
        System.exit(code);
    }
}
