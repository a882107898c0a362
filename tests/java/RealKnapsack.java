// Dynamic programming classics: 0/1 knapsack with item reconstruction, longest common
// subsequence with the sequence itself, edit distance with its operations, coin change
// counts (long) and the fewest coins, and memoized partition counts in a HashMap.
import java.util.*;

public class RealKnapsack {
    record Item(String name, int weight, int value) {}

    static Map<Long, Long> memo = new HashMap<>();

    static long partitions(int n, int max) {
        if (n == 0) return 1;
        if (n < 0 || max == 0) return 0;
        long key = (long) n << 32 | max;
        Long c = memo.get(key);
        if (c != null) return c;
        long r = partitions(n - max, max) + partitions(n, max - 1);
        memo.put(key, r);
        return r;
    }

    public static void main(String[] args) {
        List<Item> items = List.of(new Item("map", 9, 150), new Item("compass", 13, 35), new Item("water", 153, 200), new Item("sandwich", 50, 160), new Item("glucose", 15, 60),
                new Item("tin", 68, 45), new Item("banana", 27, 60), new Item("apple", 39, 40), new Item("cheese", 23, 30), new Item("beer", 52, 10), new Item("suntan", 11, 70),
                new Item("camera", 32, 30), new Item("tshirt", 24, 15), new Item("trousers", 48, 10), new Item("umbrella", 73, 40), new Item("wtrousers", 42, 70), new Item("woverclothes", 43, 75),
                new Item("notecase", 22, 80), new Item("sunglasses", 7, 20), new Item("towel", 18, 12), new Item("socks", 4, 50), new Item("book", 30, 10));
        int cap = 400;
        int[][] best = new int[items.size() + 1][cap + 1];
        for (int i = 1; i <= items.size(); i++) {
            Item it = items.get(i - 1);
            for (int w = 0; w <= cap; w++) best[i][w] = Math.max(best[i - 1][w], w >= it.weight() ? best[i - 1][w - it.weight()] + it.value() : 0);
        }
        List<String> chosen = new ArrayList<>();
        int w = cap, weight = 0;
        for (int i = items.size(); i > 0; i--) if (best[i][w] != best[i - 1][w]) { Item it = items.get(i - 1); chosen.add(it.name()); w -= it.weight(); weight += it.weight(); }
        Collections.reverse(chosen);
        System.out.println("knapsack value " + best[items.size()][cap] + " weight " + weight + " " + chosen);
        String a = "AGGTABQWERTYXYZ", b = "GXTXAYBWRTZYX";
        int[][] l = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) for (int j = 1; j <= b.length(); j++) l[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
        StringBuilder lcs = new StringBuilder();
        for (int i = a.length(), j = b.length(); i > 0 && j > 0;) {
            if (a.charAt(i - 1) == b.charAt(j - 1)) { lcs.append(a.charAt(i - 1)); i--; j--; } else if (l[i - 1][j] >= l[i][j - 1]) i--; else j--;
        }
        System.out.println("lcs " + l[a.length()][b.length()] + " " + lcs.reverse());
        String s = "intention", t = "execution";
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) d[i][0] = i;
        for (int j = 0; j <= t.length(); j++) d[0][j] = j;
        for (int i = 1; i <= s.length(); i++) for (int j = 1; j <= t.length(); j++)
            d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1));
        Deque<String> ops = new ArrayDeque<>();
        for (int i = s.length(), j = t.length(); i > 0 || j > 0;) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1)) { if (s.charAt(i - 1) != t.charAt(j - 1)) ops.push("sub " + s.charAt(i - 1) + ">" + t.charAt(j - 1)); i--; j--; }
            else if (i > 0 && d[i][j] == d[i - 1][j] + 1) { ops.push("del " + s.charAt(i - 1)); i--; }
            else { ops.push("ins " + t.charAt(j - 1)); j--; }
        }
        System.out.println("edit distance " + d[s.length()][t.length()] + " " + ops);
        int[] coins = {1, 2, 5, 10, 20, 50, 100, 200};
        long[] ways = new long[1001];
        int[] fewest = new int[1001];
        ways[0] = 1;
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int c : coins) for (int v = c; v <= 1000; v++) { ways[v] += ways[v - c]; if (fewest[v - c] != Integer.MAX_VALUE) fewest[v] = Math.min(fewest[v], fewest[v - c] + 1); }
        System.out.println("ways(200)=" + ways[200] + " ways(1000)=" + ways[1000] + " fewest(289)=" + fewest[289] + " fewest(999)=" + fewest[999]);
        System.out.println("p(60)=" + partitions(60, 60) + " p(80)=" + partitions(80, 80) + " memo " + memo.size());
    }
}
