// A backtracking Sudoku solver with bitmask candidates and most-constrained-cell
// choice; solves a puzzle, reports guesses, verifies rows/columns/boxes with sets,
// and detects an unsolvable grid.
import java.util.*;

public class RealSudoku {
    final int[] cell = new int[81];
    final int[] rows = new int[9], cols = new int[9], boxes = new int[9];
    long guesses;

    RealSudoku(String s) {
        for (int i = 0; i < 81; i++) {
            char ch = s.charAt(i);
            if (ch >= '1' && ch <= '9') place(i, ch - '0');
        }
    }

    void place(int i, int d) { cell[i] = d; int b = 1 << d; rows[i / 9] |= b; cols[i % 9] |= b; boxes[(i / 27) * 3 + (i % 9) / 3] |= b; }
    void clear(int i, int d) { cell[i] = 0; int b = ~(1 << d); rows[i / 9] &= b; cols[i % 9] &= b; boxes[(i / 27) * 3 + (i % 9) / 3] &= b; }
    int free(int i) { return ~(rows[i / 9] | cols[i % 9] | boxes[(i / 27) * 3 + (i % 9) / 3]) & 0x3FE; }

    boolean solve() {
        int best = -1, bestCount = 10;
        for (int i = 0; i < 81; i++) {
            if (cell[i] != 0) continue;
            int n = Integer.bitCount(free(i));
            if (n < bestCount) { best = i; bestCount = n; if (n <= 1) break; }
        }
        if (best < 0) return true;
        for (int m = free(best); m != 0; m &= m - 1) {
            int d = Integer.numberOfTrailingZeros(m);
            guesses++;
            place(best, d);
            if (solve()) return true;
            clear(best, d);
        }
        return false;
    }

    boolean valid() {
        for (int k = 0; k < 9; k++) {
            Set<Integer> r = new HashSet<>(), c = new HashSet<>(), b = new HashSet<>();
            for (int j = 0; j < 9; j++) { r.add(cell[k * 9 + j]); c.add(cell[j * 9 + k]); b.add(cell[((k / 3) * 3 + j / 3) * 9 + (k % 3) * 3 + j % 3]); }
            if (r.size() != 9 || c.size() != 9 || b.size() != 9 || r.contains(0)) return false;
        }
        return true;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 9; r++) {
            if (r % 3 == 0 && r > 0) sb.append("------+-------+------\n");
            for (int c = 0; c < 9; c++) { if (c % 3 == 0 && c > 0) sb.append("| "); sb.append(cell[r * 9 + c]).append(c == 8 ? "" : " "); }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
        RealSudoku s = new RealSudoku(puzzle);
        System.out.println("solved " + s.solve() + " valid " + s.valid() + " guesses " + s.guesses);
        System.out.print(s);
        RealSudoku hard = new RealSudoku("000000010400000000020000000000050407008000300001090000300400200050100000000806000");
        System.out.println("hard solved " + hard.solve() + " valid " + hard.valid() + " guesses " + hard.guesses);
        StringBuilder flat = new StringBuilder();
        for (int d : hard.cell) flat.append(d);
        System.out.println(flat);
        RealSudoku bad = new RealSudoku("123456780" + "000000009" + "0".repeat(63));
        System.out.println("contradictory solved " + bad.solve() + " guesses " + bad.guesses);
    }
}
