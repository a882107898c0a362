// Sorting algorithms on pseudo-random ints (an LCG, so runs are deterministic).
public class Sorting {
    static int seed = 12345;
    static int next() { seed = seed * 1103515245 + 12345; return (seed >>> 16) % 1000; }
    static int[] data(int n) { int[] a = new int[n]; for (int i = 0; i < n; i++) a[i] = next(); return a; }
    static long check(int[] a) { long h = 0; for (int i = 0; i < a.length; i++) { if (i > 0 && a[i - 1] > a[i]) return -1; h = h * 31 + a[i]; } return h; }
    static void bubble(int[] a) { for (int i = 0; i < a.length; i++) for (int j = 0; j + 1 < a.length - i; j++) if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } }
    static void insertion(int[] a) { for (int i = 1; i < a.length; i++) { int v = a[i], j = i - 1; while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; } a[j + 1] = v; } }
    static void quick(int[] a, int lo, int hi) { if (lo >= hi) return; int p = a[(lo + hi) >>> 1], i = lo, j = hi; while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } } quick(a, lo, j); quick(a, i, hi); }
    static void merge(int[] a, int[] tmp, int lo, int hi) { if (hi - lo < 2) return; int mid = (lo + hi) / 2; merge(a, tmp, lo, mid); merge(a, tmp, mid, hi); int i = lo, j = mid, k = lo; while (i < mid || j < hi) tmp[k++] = (j >= hi || (i < mid && a[i] <= a[j])) ? a[i++] : a[j++]; System.arraycopy(tmp, lo, a, lo, hi - lo); }
    static void heap(int[] a) { int n = a.length; for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n); for (int e = n - 1; e > 0; e--) { int t = a[0]; a[0] = a[e]; a[e] = t; sift(a, 0, e); } }
    static void sift(int[] a, int i, int n) { while (2 * i + 1 < n) { int c = 2 * i + 1; if (c + 1 < n && a[c + 1] > a[c]) c++; if (a[i] >= a[c]) return; int t = a[i]; a[i] = a[c]; a[c] = t; i = c; } }
    public static void main(String[] args) {
        int[] base = data(400);
        int[] a = base.clone(); bubble(a); System.out.println("bubble " + check(a));
        a = base.clone(); insertion(a); System.out.println("insertion " + check(a));
        a = base.clone(); quick(a, 0, a.length - 1); System.out.println("quick " + check(a));
        a = base.clone(); merge(a, new int[a.length], 0, a.length); System.out.println("merge " + check(a));
        a = base.clone(); heap(a); System.out.println("heap " + check(a));
        System.out.println(a[0] + " " + a[199] + " " + a[399]);
        String[] words = {"pear", "apple", "fig", "banana", "cherry", "date", "Apple", "apple"};
        for (int i = 1; i < words.length; i++) { String v = words[i]; int j = i - 1; while (j >= 0 && words[j].compareTo(v) > 0) { words[j + 1] = words[j]; j--; } words[j + 1] = v; }
        System.out.println(String.join(",", words));
    }
}
