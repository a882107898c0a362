// Deep recursion throws StackOverflowError, which can be caught; the VM keeps working.
public class StackOverflow {
    static int depth = 0;
    static void recurse() { depth++; recurse(); }
    static long sum(long n) { return n == 0 ? 0 : n + sum(n - 1); }
    int inst(int n) { return inst(n + 1) + 1; }
    public static void main(String[] args) {
        try { recurse(); } catch (StackOverflowError e) { System.out.println("caught SOE, depth > 1000: " + (depth > 1000) + " msg=" + e.getMessage()); }
        depth = 0;
        try { recurse(); } catch (StackOverflowError e) { System.out.println("caught again: " + (depth > 1000)); }
        System.out.println(sum(1000));
        try { new StackOverflow().inst(0); } catch (StackOverflowError e) { System.out.println("instance SOE " + e.getClass().getName()); }
        try { recurse(); } catch (Throwable t) { System.out.println("as Throwable: " + t); }
        System.out.println("still fine: " + sum(100));
    }
}
