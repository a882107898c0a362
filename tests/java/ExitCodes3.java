// System.exit(3) skips finally blocks.
public class ExitCodes3 {
    public static void main(String[] args) {
        try { System.out.println("in try"); System.exit(3); }
        finally { System.out.println("finally must not run"); }
    }
}
