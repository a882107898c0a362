// Identity hash codes are stable for an object's life (also across collections),
// and System.identityHashCode ignores overridden hashCode.
public class IdentityHash {
    static class Fixed { public int hashCode() { return 7; } }
    public static void main(String[] args) {
        Object[] objs = new Object[100];
        int[] hashes = new int[100];
        for (int i = 0; i < objs.length; i++) { objs[i] = new Object(); hashes[i] = objs[i].hashCode(); }
        for (int i = 0; i < 2000; i++) { Object garbage = new int[10]; }
        System.gc();
        boolean stable = true;
        for (int i = 0; i < objs.length; i++) stable &= objs[i].hashCode() == hashes[i] && System.identityHashCode(objs[i]) == hashes[i];
        System.out.println("stable " + stable);
        Fixed f = new Fixed();
        System.out.println(f.hashCode() + " " + (System.identityHashCode(f) == System.identityHashCode(f)));
        String s = "str";
        System.out.println((s.hashCode() == "str".hashCode()) + " " + (System.identityHashCode(s) == System.identityHashCode("str")));
        int nonzero = 0; for (int h : hashes) if (h != 0) nonzero++;
        System.out.println(nonzero > 90);
    }
}
