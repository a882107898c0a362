// Arrays.sort on every primitive type: many sizes and input patterns (random,
// sorted, reversed, organ pipe, all equal, few distinct, a median-of-three
// killer), sub-ranges, float/double order (-0.0 before 0.0, NaN last) and the
// exceptions for bad ranges.  Each result is checked against a reference order
// here and its hash printed, so the oracle compares the exact arrays too.
import java.util.Arrays;

public class LibSortPrimitives {
    static long seed = 12345;

    static int next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) (seed >>> 33);
    }

    static final String[] PATTERNS = {"random", "sorted", "reversed", "organ", "equal", "few", "killer"};

    // A median-of-three killer built McIlroy-style ("A killer adversary for
    // quicksort"): run a copy of the sort's partitioning on unknown values and
    // fix each value only when it must be compared, always as small as allowed.
    static int[] val;
    static int gas, solid;

    static int cmp(int x, int y) {
        if (val[x] == gas && val[y] == gas) {
            val[x] = solid++;
        }
        return Integer.compare(val[x], val[y]);
    }

    static void advQuick(int[] p, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (cmp(p[mid], p[lo]) < 0) swap(p, mid, lo);
            if (cmp(p[hi], p[lo]) < 0) swap(p, hi, lo);
            if (cmp(p[hi], p[mid]) < 0) swap(p, hi, mid);
            int pivot = p[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (cmp(p[i], pivot) < 0) i++;
                while (cmp(pivot, p[j]) < 0) j--;
                if (i <= j) { swap(p, i, j); i++; j--; }
            }
            if (j - lo < hi - i) { advQuick(p, lo, j); lo = i; }
            else { advQuick(p, i, hi); hi = j; }
        }
        for (int i = lo + 1; i <= hi; i++)
            for (int j = i; j > lo && cmp(p[j], p[j - 1]) < 0; j--) swap(p, j, j - 1);
    }

    static void swap(int[] p, int i, int j) { int t = p[i]; p[i] = p[j]; p[j] = t; }

    static int[] killer(int n) {
        val = new int[n];
        gas = n;
        solid = 0;
        Arrays.fill(val, gas);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        advQuick(p, 0, n - 1);
        for (int i = 0; i < n; i++) if (val[i] == gas) val[i] = solid++;
        return val;
    }

    static int[] pattern(String pat, int n) {
        int[] v = new int[n];
        if (pat.equals("killer")) return killer(n);
        for (int i = 0; i < n; i++) {
            switch (pat) {
                case "random": v[i] = next(); break;
                case "sorted": v[i] = i * 3 - n; break;
                case "reversed": v[i] = n - i * 3; break;
                case "organ": v[i] = i < n / 2 ? i : n - i; break;
                case "equal": v[i] = 7; break;
                default: v[i] = next() % 4; break;
            }
        }
        return v;
    }

    static long hash;

    static void mix(long x) { hash = (hash ^ x) * 0x100000001b3L; }

    // Reference check: sorted under the type's order and a permutation of the
    // input (compared by a counting sort of the keys, independent of Arrays.sort).
    static boolean checkLong(long[] before, long[] after, int from, int to) {
        for (int i = 0; i < before.length; i++)
            if ((i < from || i >= to) && before[i] != after[i]) return false;
        for (int i = from + 1; i < to; i++)
            if (after[i - 1] > after[i]) return false;
        long sumB = 0, sumA = 0, xB = 0, xA = 0, sqB = 0, sqA = 0;
        for (int i = from; i < to; i++) {
            sumB += before[i]; sumA += after[i];
            xB ^= before[i] * 0x9E3779B97F4A7C15L; xA ^= after[i] * 0x9E3779B97F4A7C15L;
            sqB += before[i] * before[i]; sqA += after[i] * after[i];
        }
        return sumA == sumB && xA == xB && sqA == sqB;
    }

    static int bad;

    static void run(String pat, int n, int from, int to) {
        int[] v = pattern(pat, n);
        long[] ref = new long[n];
        hash = 0xcbf29ce484222325L;

        int[] ia = v.clone();
        Arrays.sort(ia, from, to);
        long[] got = new long[n];
        for (int i = 0; i < n; i++) { ref[i] = v[i]; got[i] = ia[i]; mix(ia[i]); }
        boolean ok = checkLong(ref, got, from, to);

        long[] la = new long[n];
        for (int i = 0; i < n; i++) la[i] = (long) v[i] * 1000003L;
        long[] lb = la.clone();
        Arrays.sort(lb, from, to);
        ok &= checkLong(la, lb, from, to);
        for (long x : lb) mix(x);

        short[] sa = new short[n];
        for (int i = 0; i < n; i++) { sa[i] = (short) v[i]; ref[i] = sa[i]; }
        Arrays.sort(sa, from, to);
        for (int i = 0; i < n; i++) { got[i] = sa[i]; mix(sa[i]); }
        ok &= checkLong(ref, got, from, to);

        char[] ca = new char[n];
        for (int i = 0; i < n; i++) { ca[i] = (char) v[i]; ref[i] = ca[i]; }
        Arrays.sort(ca, from, to);
        for (int i = 0; i < n; i++) { got[i] = ca[i]; mix(ca[i]); }
        ok &= checkLong(ref, got, from, to);

        byte[] ba = new byte[n];
        for (int i = 0; i < n; i++) { ba[i] = (byte) v[i]; ref[i] = ba[i]; }
        Arrays.sort(ba, from, to);
        for (int i = 0; i < n; i++) { got[i] = ba[i]; mix(ba[i]); }
        ok &= checkLong(ref, got, from, to);

        // Floats and doubles: the values, plus zeros of both signs and NaNs
        // sprinkled in; checked through the bits of Float.compare's order.
        float[] fa = new float[n];
        double[] da = new double[n];
        for (int i = 0; i < n; i++) {
            int k = v[i];
            float f = k / 7f;
            double d = k / 7.0;
            if ((i * 31 + n) % 11 == 0) { f = (i & 1) == 0 ? -0.0f : 0.0f; d = (i & 2) == 0 ? -0.0 : 0.0; }
            if ((i * 17 + n) % 23 == 0) { f = Float.NaN; d = Double.NaN; }
            if ((i * 13 + n) % 29 == 0) { f = Float.NEGATIVE_INFINITY; d = Double.POSITIVE_INFINITY; }
            fa[i] = f;
            da[i] = d;
        }
        float[] fb = fa.clone();
        Arrays.sort(fb, from, to);
        for (int i = 0; i < n; i++) { ref[i] = floatKey(fa[i]); got[i] = floatKey(fb[i]); mix(Float.floatToIntBits(fb[i])); }
        ok &= checkLong(ref, got, from, to);
        double[] db = da.clone();
        Arrays.sort(db, from, to);
        for (int i = 0; i < n; i++) { ref[i] = doubleKey(da[i]); got[i] = doubleKey(db[i]); mix(Double.doubleToLongBits(db[i])); }
        ok &= checkLong(ref, got, from, to);

        if (!ok) bad++;
        System.out.println(pat + " n=" + n + " [" + from + "," + to + ") " + (ok ? "ok" : "WRONG") + " " + Long.toHexString(hash));
    }

    // Keys that order as Float.compare / Double.compare do (NaN canonical, last).
    static long floatKey(float f) {
        int b = Float.floatToIntBits(f);
        return b < 0 ? ~(long) (b & 0x7fffffff) : b;
    }

    static long doubleKey(double d) {
        long b = Double.doubleToLongBits(d);
        return b < 0 ? -(b & 0x7fffffffffffffffL) - 1 : b;
    }

    static void bounds(int from, int to) {
        try {
            Arrays.sort(new int[5], from, to);
            System.out.println("int [" + from + "," + to + ") ok");
        } catch (RuntimeException e) {
            System.out.println("int [" + from + "," + to + ") " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Arrays.sort(new double[5], from, to);
            System.out.println("double [" + from + "," + to + ") ok");
        } catch (RuntimeException e) {
            System.out.println("double [" + from + "," + to + ") " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] sizes = {0, 1, 2, 3, 5, 16, 17, 18, 31, 64, 100, 257, 1000, 2500};
        for (String pat : PATTERNS)
            for (int n : sizes)
                run(pat, n, 0, n);
        for (String pat : PATTERNS) {
            run(pat, 300, 10, 290);
            run(pat, 300, 0, 150);
            run(pat, 300, 150, 300);
            run(pat, 300, 42, 42);
            run(pat, 300, 7, 8);
        }
        float[] z = {0.0f, -0.0f, Float.NaN, -1f, 0.0f, -0.0f, Float.NEGATIVE_INFINITY, 1f};
        Arrays.sort(z);
        System.out.println(Arrays.toString(z));
        double[] zd = {Double.NaN, 0.0, -0.0, 0.0, -0.0, Double.MAX_VALUE, -Double.MIN_VALUE};
        Arrays.sort(zd);
        System.out.println(Arrays.toString(zd));
        bounds(0, 5);
        bounds(2, 1);
        bounds(-1, 3);
        bounds(1, 6);
        bounds(-2, 9);
        bounds(3, 3);
        bounds(5, 5);
        bounds(6, 6);
        try {
            Arrays.sort((int[]) null);
        } catch (NullPointerException e) {
            System.out.println("null: NullPointerException");
        }
        System.out.println(bad == 0 ? "all sorted" : bad + " WRONG");
    }
}
