// Object graphs with cycles, arrays of references, dropped halves, System.gc():
// the reachable part must be intact afterwards.
public class GcGraph {
    static final class V { final int id; V[] edges = new V[3]; V(int id) { this.id = id; } }
    public static void main(String[] args) {
        V[] all = new V[600];
        for (int i = 0; i < all.length; i++) all[i] = new V(i);
        for (int i = 0; i < all.length; i++) for (int k = 0; k < 3; k++) all[i].edges[k] = all[(i * 7 + k * 13 + 1) % all.length];
        V root = all[0];
        for (int i = 1; i < all.length; i += 2) all[i] = null;
        System.gc();
        boolean[] seen = new boolean[600];
        V[] stack = new V[600]; int sp = 0; stack[sp++] = root; seen[0] = true; int reached = 0; long idsum = 0;
        while (sp > 0) { V v = stack[--sp]; reached++; idsum += v.id; for (V w : v.edges) if (!seen[w.id]) { seen[w.id] = true; stack[sp++] = w; } }
        System.out.println(reached + " " + idsum);
        V a = new V(-1), b = new V(-2); a.edges[0] = b; b.edges[0] = a;
        a = null; b = null;
        System.gc();
        int alive = 0; for (V v : all) if (v != null) alive++;
        System.out.println(alive + " " + all[0].edges[2].id);
        Runtime rt = Runtime.getRuntime();
        System.out.println((rt.freeMemory() <= rt.totalMemory()) + " " + (rt.totalMemory() <= rt.maxMemory()) + " " + (rt.availableProcessors() > 0));
    }
}
