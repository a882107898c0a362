// A helper type for the verifier cases (field owner, argument type).
public class VOther {
    public int x = 7;
    public static long big = 1L << 40;
    public int twice(int a) { return 2 * a; }
}
