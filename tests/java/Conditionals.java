// if/else chains, ternaries, short-circuit evaluation, comparisons of every type against zero.
public class Conditionals {
    static int calls = 0;
    static boolean t() { calls++; return true; }
    static boolean f() { calls++; return false; }
    static String sign(long x) { return x < 0 ? "neg" : x == 0 ? "zero" : "pos"; }
    public static void main(String[] args) {
        System.out.println((f() && t()) + " " + calls);
        System.out.println((t() || f()) + " " + calls);
        System.out.println((f() & t()) + " " + calls);
        System.out.println((t() | f()) + " " + calls);
        System.out.println((t() ^ t()) + " " + calls);
        for (long x : new long[]{-5, 0, 5}) System.out.print(sign(x) + " ");
        System.out.println();
        int[] vals = {-2, -1, 0, 1, 2};
        for (int v : vals) {
            StringBuilder sb = new StringBuilder();
            if (v == 0) sb.append("eq0 ");
            if (v != 0) sb.append("ne0 ");
            if (v < 0) sb.append("lt0 ");
            if (v <= 0) sb.append("le0 ");
            if (v > 0) sb.append("gt0 ");
            if (v >= 0) sb.append("ge0 ");
            if (v < 1) sb.append("lt1 ");
            if (v >= -1) sb.append("ge-1");
            System.out.println(v + ": " + sb);
        }
        Object o = null, p = "x";
        System.out.println((o == null) + " " + (p != null) + " " + (o == p));
        String a = "hi", b = a;
        System.out.println(a == b ? "same" : "different");
        int x = 5;
        String r;
        if (x > 10) r = "big"; else if (x > 3) r = "medium"; else r = "small";
        System.out.println(r);
        int y = x > 3 ? x < 7 ? 1 : 2 : 3;
        System.out.println(y);
        Integer boxed = x > 0 ? 42 : null;
        System.out.println(boxed);
    }
}
