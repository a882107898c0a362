// Union-find with path compression and union by size: connected components of a
// random graph, Kruskal's minimum spanning tree over edges sorted by weight (ties by
// endpoints), and percolation on a grid; components reported via TreeMap.
import java.util.*;

public class RealUnionFind {
    final int[] parent, size;
    int sets;

    RealUnionFind(int n) { parent = new int[n]; size = new int[n]; sets = n; for (int i = 0; i < n; i++) { parent[i] = i; size[i] = 1; } }
    int find(int x) { while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
    boolean union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return false;
        if (size[ra] < size[rb]) { int t = ra; ra = rb; rb = t; }
        parent[rb] = ra; size[ra] += size[rb]; sets--;
        return true;
    }

    record Edge(int a, int b, int w) {}

    public static void main(String[] args) {
        Random r = new Random(7);
        int n = 60;
        RealUnionFind uf = new RealUnionFind(n);
        for (int i = 0; i < 45; i++) uf.union(r.nextInt(n), r.nextInt(n));
        TreeMap<Integer, List<Integer>> comps = new TreeMap<>();
        for (int i = 0; i < n; i++) comps.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        List<Integer> sizes = new ArrayList<>();
        comps.values().forEach(c -> sizes.add(c.size()));
        sizes.sort(Comparator.reverseOrder());
        System.out.println(uf.sets + " components, sizes " + sizes);
        System.out.println("largest " + comps.values().stream().max(Comparator.comparingInt((List<Integer> c) -> c.size()).thenComparing(c -> -c.get(0))).get());
        List<Edge> edges = new ArrayList<>();
        int v = 30;
        for (int a = 0; a < v; a++) for (int b = a + 1; b < v; b++) if (r.nextInt(4) == 0) edges.add(new Edge(a, b, 1 + r.nextInt(20)));
        edges.sort(Comparator.comparingInt(Edge::w).thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        RealUnionFind k = new RealUnionFind(v);
        List<Edge> mst = new ArrayList<>();
        long total = 0;
        for (Edge e : edges) if (k.union(e.a(), e.b())) { mst.add(e); total += e.w(); }
        System.out.println(edges.size() + " edges, MST " + mst.size() + " edges weight " + total + " spanning " + (k.sets == 1));
        System.out.println(mst.subList(0, 8));
        int side = 20;
        RealUnionFind perc = new RealUnionFind(side * side + 2);
        int top = side * side, bottom = top + 1, opened = 0;
        boolean[] open = new boolean[side * side];
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < side * side; i++) cells.add(i);
        Collections.shuffle(cells, new Random(11));
        for (int c : cells) {
            open[c] = true; opened++;
            int row = c / side, col = c % side;
            if (row == 0) perc.union(c, top);
            if (row == side - 1) perc.union(c, bottom);
            int[][] nb = {{row - 1, col}, {row + 1, col}, {row, col - 1}, {row, col + 1}};
            for (int[] p : nb) if (p[0] >= 0 && p[0] < side && p[1] >= 0 && p[1] < side && open[p[0] * side + p[1]]) perc.union(c, p[0] * side + p[1]);
            if (perc.find(top) == perc.find(bottom)) break;
        }
        System.out.println("percolates after opening " + opened + " of " + side * side + String.format(" (%.3f)", opened / (double) (side * side)));
    }
}
