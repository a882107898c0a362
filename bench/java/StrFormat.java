// StrFormat: formatting numbers as text, the way reports and logs do.
// String.format with %d %s %x %o %c %b and widths, flags (-, 0, +, comma,
// parentheses) and precisions, %f %e %g of doubles; StringBuilder appends of
// int, long, char, double; Double.toString and Double.parseDouble,
// Integer.toString in several radixes, Long.toHexString, Integer.parseInt.
// The printed result is a long: the hash codes of all strings made.
// Usage: StrFormat [rounds]
public class StrFormat {
    static int seed = 2024;

    static int next(int bound) {
        seed = seed * 1103515245 + 12345;
        return ((seed >>> 8) & 0x7fffff) % bound;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long sum = 0;
        for (int r = 0; r < rounds; r++) {
            sum = sum * 31 + formats(400);
            sum = sum * 31 + doubles(1000);
            sum = sum * 31 + integers(5000);
        }
        System.out.println("strformat checksum " + sum);
    }

    static long formats(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            int a = next(2000000) - 1000000;
            long b = (long) next(1 << 22) * next(1 << 20);
            double d = (next(2000000) - 1000000) / 1024.0;
            String row = String.format("%6d|%-8s|%08x|%o|%c|%b", a, "id" + (i % 97), a, i, 'a' + i % 26,
                    (i & 1) == 0);
            String money = String.format("%,d %+,.2f %(,.1f", b, d, -d);
            String sci = String.format("%.3e %10.4f %g %.0f %%", d, d, d * 1e-5, d);
            String pad = String.format("[%-12.5s][%12s][%05d]", "truncated", "right", i);
            s += row.hashCode() + money.hashCode() + sci.hashCode() + pad.hashCode();
        }
        return s;
    }

    static long doubles(int n) {
        long s = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double d = (next(1 << 23) - (1 << 22)) * Math.pow(10, next(20) - 10) / 7.0;
            String t = Double.toString(d);
            double back = Double.parseDouble(t);
            if (back == d)
                s++;
            s += t.hashCode();
            float f = (float) d;
            s += Float.toString(f).hashCode();
            sb.setLength(0);
            sb.append("v=").append(d).append(';').append(i * 0.25).append(';').append(1.0 / (i + 1));
            s += sb.toString().hashCode();
            s += Double.parseDouble("1." + i + "e" + (i % 30 - 15)) > 1e-3 ? 1 : 0;
        }
        return s;
    }

    static long integers(int n) {
        long s = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int v = next(1 << 23) * (i % 3 == 0 ? -1 : 1) * 97;
            String dec = Integer.toString(v);
            s += Integer.parseInt(dec) == v ? dec.length() : 1000;
            s += Integer.toString(v, 2).length() + Integer.toString(v, 36).hashCode();
            s += Integer.toHexString(v).hashCode() + Long.toHexString((long) v * v).length();
            s += Integer.parseInt(Integer.toString(v & 0xffff, 16), 16);
            sb.setLength(0);
            sb.append(v).append(' ').append((long) v << 20).append(' ').append((char) ('A' + i % 26));
            s += sb.toString().hashCode() + Long.parseLong(sb.substring(sb.indexOf(" ") + 1,
                    sb.lastIndexOf(" "))) % 1000;
        }
        return s;
    }
}
