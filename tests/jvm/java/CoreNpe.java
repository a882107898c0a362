// Helpful NullPointerException messages: parameters, locals, fields, statics,
// array elements, call results, casts, merges of paths.
import java.util.*;
public class CoreNpe {
    String s; CoreNpe next; static CoreNpe sp; CoreNpe[] arr;
    static void t(Runnable r) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    void inst(CoreNpe p, int i, CoreNpe q) {
        t(() -> p.next.s.length());
        t(() -> arr[i].s.length());
        t(() -> { CoreNpe[] a = new CoreNpe[3]; a[i].s.length(); });
        t(() -> { List<String> l = null; l.add("x"); });
        t(() -> { Map<String,Integer> m = null; m.put("a", 1); });
        t(() -> { String x = (String) null; x.length(); });
        t(() -> { String x = i > 0 ? null : "a"; x.length(); });
        t(() -> { Object o = null; ((String) o).length(); });
        t(() -> { int[][] a = new int[2][]; a[1][0] = 1; });
        t(() -> sp.s.concat("a"));
        t(() -> { String x = null; x.indexOf("a", 3); });
        t(() -> { CoreNpe[] a = null; System.out.println(a[i]); });
        t(() -> { char[] c = null; c[0] = 'a'; });
        t(() -> { String x = null; x.regionMatches(true, 1, "a", 2, 3); });
        t(() -> { long[] la = null; la[0]++; });
    }
    public static void main(String[] args) { new CoreNpe().inst(null, 1, null); CoreNpe p = new CoreNpe(); p.arr = new CoreNpe[3]; p.inst(new CoreNpe(), 1, null); }
}
