// Conway's Game of Life two ways: a boolean[][] torus and a sparse HashSet of cell
// records with neighbour counts in a HashMap; a glider and an R-pentomino are run
// for many generations and both representations must agree every step.
import java.util.*;

public class RealGameOfLife {
    record Cell(int r, int c) {}

    static boolean[][] step(boolean[][] g) {
        int R = g.length, C = g[0].length;
        boolean[][] n = new boolean[R][C];
        for (int r = 0; r < R; r++)
            for (int c = 0; c < C; c++) {
                int k = 0;
                for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) if ((dr != 0 || dc != 0) && g[(r + dr + R) % R][(c + dc + C) % C]) k++;
                n[r][c] = g[r][c] ? (k == 2 || k == 3) : k == 3;
            }
        return n;
    }

    static Set<Cell> step(Set<Cell> live, int R, int C) {
        Map<Cell, Integer> counts = new HashMap<>();
        for (Cell x : live)
            for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) if (dr != 0 || dc != 0) counts.merge(new Cell((x.r() + dr + R) % R, (x.c() + dc + C) % C), 1, Integer::sum);
        Set<Cell> next = new HashSet<>();
        counts.forEach((cell, k) -> { if (k == 3 || (k == 2 && live.contains(cell))) next.add(cell); });
        return next;
    }

    static String render(boolean[][] g) {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) { for (boolean b : row) sb.append(b ? '#' : '.'); sb.append('\n'); }
        return sb.toString();
    }

    public static void main(String[] args) {
        int R = 16, C = 20;
        boolean[][] g = new boolean[R][C];
        int[][] init = {{1, 2}, {2, 3}, {3, 1}, {3, 2}, {3, 3}, {8, 11}, {8, 12}, {9, 10}, {9, 11}, {10, 11}};
        Set<Cell> s = new HashSet<>();
        for (int[] p : init) { g[p[0]][p[1]] = true; s.add(new Cell(p[0], p[1])); }
        boolean agree = true;
        int[] pop = new int[61];
        for (int gen = 0; gen <= 60; gen++) {
            int count = 0;
            for (int r = 0; r < R; r++) for (int c = 0; c < C; c++) if (g[r][c]) { count++; if (!s.contains(new Cell(r, c))) agree = false; }
            if (count != s.size()) agree = false;
            pop[gen] = count;
            if (gen == 0 || gen == 30 || gen == 60) System.out.print("generation " + gen + "\n" + render(g));
            g = step(g);
            s = step(s, R, C);
        }
        System.out.println("representations agree: " + agree);
        System.out.println("population " + Arrays.toString(pop));
        List<Cell> sorted = new ArrayList<>(s);
        sorted.sort(Comparator.comparingInt(Cell::r).thenComparingInt(Cell::c));
        System.out.println(sorted.subList(0, Math.min(6, sorted.size())) + " hash " + s.hashCode());
    }
}
