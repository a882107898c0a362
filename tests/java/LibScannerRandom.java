// Scanner against the JDK on random input (fixed seed): numbers, grouped and
// overflowing integers, floats, booleans, lines with every terminator, custom
// delimiters, over a String and over a Reader that returns a few chars at a time
// (tokens cut at buffer boundaries), including the state after each mismatch.
import java.io.*;
import java.util.*;

public class LibScannerRandom {
    static final class Trickle extends Reader {
        final String s; int pos; final Random r;
        Trickle(String s, Random r) { this.s = s; this.r = r; }
        public int read(char[] b, int off, int len) {
            if (pos >= s.length()) return -1;
            int n = Math.min(Math.min(len, 1 + r.nextInt(7)), s.length() - pos);
            s.getChars(pos, pos + n, b, off); pos += n; return n;
        }
        public void close() {}
    }
    public static void main(String[] a) {
        Random r = new Random(7L);
        String[] toks = {"12", "-7", "+3", "1,000", "1,00", "3.25", "-0.5", ".5", "5.", "1e3", "2E-2", "NaN", "Infinity", "true", "FALSE", "abc", "x1", "0x1F", "99999999999", "007", "ff", "\n", "\r\n", "\r", "  ", "\t", "", "é", "9223372036854775808"};
        StringBuilder out = new StringBuilder();
        for (int round = 0; round < 120; round++) {
            StringBuilder in = new StringBuilder();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) { in.append(toks[r.nextInt(toks.length)]); in.append(r.nextInt(3) == 0 ? "\n" : " "); }
            Scanner sc = r.nextBoolean() ? new Scanner(in.toString()) : new Scanner(new Trickle(in.toString(), r));
            if (r.nextInt(5) == 0) sc.useDelimiter(r.nextBoolean() ? "," : "\\s*[,;]\\s*|\\s+");
            for (int op = 0; op < 40; op++) {
                try {
                    switch (r.nextInt(14)) {
                        case 0 -> out.append(sc.hasNext());
                        case 1 -> out.append(sc.next());
                        case 2 -> out.append(sc.hasNextInt());
                        case 3 -> out.append(sc.nextInt());
                        case 4 -> out.append(sc.hasNextDouble());
                        case 5 -> out.append(sc.nextDouble());
                        case 6 -> out.append(sc.hasNextLine());
                        case 7 -> out.append('[').append(sc.nextLine()).append(']');
                        case 8 -> out.append(sc.hasNextLong());
                        case 9 -> out.append(sc.nextLong());
                        case 10 -> out.append(sc.hasNextBoolean());
                        case 11 -> out.append(sc.nextBoolean());
                        case 12 -> out.append(sc.nextInt(16));
                        default -> out.append(sc.nextBigDecimal());
                    }
                } catch (RuntimeException e) {
                    out.append(e.getClass().getSimpleName()).append(':').append(e.getMessage());
                }
                out.append(' ');
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
