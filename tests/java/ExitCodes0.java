// System.exit(0) from deep inside calls ends the program at once.
public class ExitCodes0 {
    static void deep(int n) { if (n == 0) { System.out.println("exiting"); System.exit(0); } deep(n - 1); }
    public static void main(String[] args) {
        deep(10);
        System.out.println("not reached");
    }
}
