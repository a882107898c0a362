// CollLists: lists and queues as ordinary programs use them.  ArrayList of
// boxed ints and of small objects: add, get, set, remove, sort with
// Comparator.comparing/thenComparing/reversed, Collections.sort and
// binarySearch; ArrayDeque as the queue of a breadth-first search on a grid
// and as a stack; PriorityQueue as the frontier of Dijkstra's shortest paths
// and for a top-k.  Prints a checksum of what it read back.
// Usage: CollLists [rounds]
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public class CollLists {
    static final class Item {
        final String name;
        final int group;
        final int score;

        Item(String name, int group, int score) {
            this.name = name;
            this.group = group;
            this.score = score;
        }

        String name() { return name; }
        int group() { return group; }
        int score() { return score; }
    }

    static int seed = 4242;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            sum = sum * 31 + boxedList(r);
            sum = sum * 31 + sortObjects(r);
            sum = sum * 31 + bfs(r);
            sum = sum * 31 + dijkstra(r);
        }
        System.out.println("colllists checksum " + sum);
    }

    static long boxedList(int r) {
        ArrayList<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20000; i++)
            list.add(next(1000000));
        long s = 0;
        for (int i = 0; i < list.size(); i += 3)
            s += list.get(i);
        for (int i = 0; i < list.size(); i += 5)
            list.set(i, list.get(i) + r);
        for (int i = 0; i < 200; i++)
            list.remove(list.size() / 2);
        Collections.sort(list);
        for (int i = 0; i < 4000; i++) {
            int k = Collections.binarySearch(list, next(1000000));
            s += k < 0 ? -k : k;
        }
        for (int v : list)
            s += v & 7;
        return s * 7 + list.size();
    }

    static long sortObjects(int r) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 10000; i++)
            items.add(new Item("item" + next(5000), next(50), next(100000)));
        long s = 0;
        items.sort(Comparator.comparingInt(Item::group).thenComparing(Item::name)
                .thenComparing(Comparator.comparingInt(Item::score).reversed()));
        for (int i = 0; i < items.size(); i += 97)
            s = s * 31 + items.get(i).score;
        items.sort(Comparator.comparing(Item::name, Comparator.reverseOrder()));
        for (int i = 0; i < items.size(); i += 89)
            s = s * 31 + items.get(i).name.hashCode();
        items.sort((a, b) -> Integer.compare(a.score % 1000, b.score % 1000));
        for (int i = 0; i < items.size(); i += 83)
            s = s * 31 + items.get(i).score + r;
        return s;
    }

    // Breadth-first search on a grid with walls, ArrayDeque of int[] cells;
    // then a depth-first walk with the deque as a stack.
    static long bfs(int r) {
        int w = 140, h = 110;
        boolean[] wall = new boolean[w * h];
        for (int i = 0; i < w * h / 4; i++)
            wall[next(w * h)] = true;
        wall[0] = false;
        int[] dist = new int[w * h];
        java.util.Arrays.fill(dist, -1);
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] { 0, 0 });
        dist[0] = 0;
        int[] dx = { 1, -1, 0, 0 }, dy = { 0, 0, 1, -1 };
        while (!queue.isEmpty()) {
            int[] c = queue.poll();
            for (int d = 0; d < 4; d++) {
                int x = c[0] + dx[d], y = c[1] + dy[d];
                if (x < 0 || y < 0 || x >= w || y >= h || wall[y * w + x] || dist[y * w + x] >= 0)
                    continue;
                dist[y * w + x] = dist[c[1] * w + c[0]] + 1;
                queue.add(new int[] { x, y });
            }
        }
        long s = 0;
        for (int v : dist)
            s += v;
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        boolean[] seen = new boolean[w * h];
        stack.push(0);
        int visited = 0;
        while (!stack.isEmpty()) {
            int c = stack.pop();
            if (seen[c])
                continue;
            seen[c] = true;
            visited++;
            int x = c % w, y = c / w;
            for (int d = 0; d < 4; d++) {
                int nx = x + dx[d], ny = y + dy[d];
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && !wall[ny * w + nx] && !seen[ny * w + nx])
                    stack.push(ny * w + nx);
            }
        }
        return s * 7 + visited + r;
    }

    // Dijkstra on a random sparse graph with a PriorityQueue of long[]
    // {distance, node}; then a top-k of the distances with a bounded heap.
    static long dijkstra(int r) {
        int n = 3000, m = 15000;
        int[] head = new int[n], nextEdge = new int[m], to = new int[m], cost = new int[m];
        java.util.Arrays.fill(head, -1);
        for (int e = 0; e < m; e++) {
            int a = next(n);
            to[e] = next(n);
            cost[e] = 1 + next(100);
            nextEdge[e] = head[a];
            head[a] = e;
        }
        long[] dist = new long[n];
        java.util.Arrays.fill(dist, Long.MAX_VALUE);
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        dist[r % n] = 0;
        pq.add(new long[] { 0, r % n });
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int u = (int) top[1];
            if (top[0] > dist[u])
                continue;
            for (int e = head[u]; e >= 0; e = nextEdge[e]) {
                long nd = top[0] + cost[e];
                if (nd < dist[to[e]]) {
                    dist[to[e]] = nd;
                    pq.add(new long[] { nd, to[e] });
                }
            }
        }
        PriorityQueue<Long> topk = new PriorityQueue<>();
        long s = 0;
        for (long d : dist) {
            if (d == Long.MAX_VALUE)
                continue;
            s += d;
            topk.offer(d);
            if (topk.size() > 100)
                topk.poll();
        }
        while (!topk.isEmpty())
            s = s * 31 + topk.poll();
        return s;
    }
}
