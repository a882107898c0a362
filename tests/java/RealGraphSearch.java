// Graph algorithms with the collections: BFS shortest path on a maze with ArrayDeque,
// Dijkstra with a PriorityQueue of records on a weighted graph (ties broken by name),
// topological sort (Kahn) with a TreeSet frontier, and DFS cycle detection.
import java.util.*;

public class RealGraphSearch {
    record Step(int r, int c) {}
    record QItem(long dist, String node) {}

    public static void main(String[] args) {
        String[] maze = {
                "S.#.......",
                ".##.####..",
                "....#..#.#",
                "#.#.#.##..",
                "..#...#..#",
                ".####.#.#.",
                "......#..E"};
        int R = maze.length, C = maze[0].length();
        int[][] dist = new int[R][C];
        for (int[] row : dist) Arrays.fill(row, -1);
        Map<Step, Step> prev = new HashMap<>();
        ArrayDeque<Step> q = new ArrayDeque<>();
        q.add(new Step(0, 0));
        dist[0][0] = 0;
        int[][] dirs = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};
        Step end = null;
        while (!q.isEmpty()) {
            Step s = q.poll();
            if (maze[s.r()].charAt(s.c()) == 'E') { end = s; break; }
            for (int[] d : dirs) {
                int nr = s.r() + d[0], nc = s.c() + d[1];
                if (nr < 0 || nc < 0 || nr >= R || nc >= C || maze[nr].charAt(nc) == '#' || dist[nr][nc] >= 0) continue;
                dist[nr][nc] = dist[s.r()][s.c()] + 1;
                Step n = new Step(nr, nc);
                prev.put(n, s);
                q.add(n);
            }
        }
        char[][] grid = new char[R][];
        for (int i = 0; i < R; i++) grid[i] = maze[i].toCharArray();
        for (Step s = prev.get(end); s != null && prev.containsKey(s); s = prev.get(s)) grid[s.r()][s.c()] = '*';
        System.out.println("shortest path " + dist[end.r()][end.c()]);
        for (char[] row : grid) System.out.println(new String(row));
        Map<String, Map<String, Integer>> g = new TreeMap<>();
        String[] edges = {"A B 7", "A C 9", "A F 14", "B C 10", "B D 15", "C D 11", "C F 2", "D E 6", "E F 9", "F G 1", "G E 1", "H I 3"};
        for (String e : edges) {
            String[] p = e.split(" ");
            g.computeIfAbsent(p[0], k -> new TreeMap<>()).put(p[1], Integer.parseInt(p[2]));
            g.computeIfAbsent(p[1], k -> new TreeMap<>()).put(p[0], Integer.parseInt(p[2]));
        }
        Map<String, Long> best = new TreeMap<>();
        Map<String, String> via = new HashMap<>();
        PriorityQueue<QItem> pq = new PriorityQueue<>(Comparator.comparingLong(QItem::dist).thenComparing(QItem::node));
        pq.add(new QItem(0, "A"));
        best.put("A", 0L);
        List<String> settled = new ArrayList<>();
        while (!pq.isEmpty()) {
            QItem it = pq.poll();
            if (it.dist() > best.get(it.node())) continue;
            settled.add(it.node());
            for (Map.Entry<String, Integer> e : g.get(it.node()).entrySet()) {
                long nd = it.dist() + e.getValue();
                if (nd < best.getOrDefault(e.getKey(), Long.MAX_VALUE)) { best.put(e.getKey(), nd); via.put(e.getKey(), it.node()); pq.add(new QItem(nd, e.getKey())); }
            }
        }
        System.out.println("dijkstra " + best + " settled " + settled);
        LinkedList<String> path = new LinkedList<>();
        for (String n = "E"; n != null; n = via.get(n)) path.addFirst(n);
        System.out.println("A->E " + path + " unreachable " + g.keySet().stream().filter(k -> !best.containsKey(k)).toList());
        Map<String, List<String>> deps = new TreeMap<>();
        String[][] dd = {{"app", "lib", "log"}, {"lib", "core", "util"}, {"log", "util"}, {"core"}, {"util", "core"}, {"test", "app", "mock"}, {"mock", "core"}};
        for (String[] d : dd) deps.put(d[0], new ArrayList<>(Arrays.asList(d).subList(1, d.length)));
        Map<String, Integer> indeg = new TreeMap<>();
        Map<String, List<String>> users = new TreeMap<>();
        for (String k : deps.keySet()) indeg.putIfAbsent(k, 0);
        deps.forEach((k, ds) -> { indeg.put(k, ds.size()); ds.forEach(d -> users.computeIfAbsent(d, x -> new ArrayList<>()).add(k)); });
        TreeSet<String> ready = new TreeSet<>();
        indeg.forEach((k, v) -> { if (v == 0) ready.add(k); });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String n = ready.pollFirst();
            order.add(n);
            for (String u : users.getOrDefault(n, List.of())) if (indeg.merge(u, -1, Integer::sum) == 0) ready.add(u);
        }
        System.out.println("build order " + order);
        deps.get("core").add("app");
        System.out.println("cycle after core->app: " + hasCycle(deps));
    }

    static boolean hasCycle(Map<String, List<String>> deps) {
        Map<String, Integer> state = new HashMap<>();
        for (String n : deps.keySet()) if (dfs(n, deps, state)) return true;
        return false;
    }

    static boolean dfs(String n, Map<String, List<String>> deps, Map<String, Integer> state) {
        Integer s = state.get(n);
        if (s != null) return s == 1;
        state.put(n, 1);
        for (String d : deps.getOrDefault(n, List.of())) if (dfs(d, deps, state)) return true;
        state.put(n, 2);
        return false;
    }
}
