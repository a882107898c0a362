// Arrays.sort of every primitive type (with -0.0, NaN, extremes), ranges, objects with
// comparators (stable: equal keys keep their order), and larger inputs that take the
// JDK's insertion-sort, merge and quicksort paths.
import java.util.*;

public class UtilArraysSort {
    record Item(String key, int order) {}

    public static void main(String[] args) {
        double[] d = {3.5, -0.0, 0.0, Double.NaN, -1e300, Double.NEGATIVE_INFINITY, 1e-320, Double.POSITIVE_INFINITY, -0.0, Double.NaN, 0.0, -7};
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        float[] f = {1f, Float.NaN, -0f, 0f, -1f, Float.MIN_VALUE, -Float.MAX_VALUE};
        Arrays.sort(f);
        System.out.println(Arrays.toString(f));
        int[] i = {5, Integer.MIN_VALUE, 0, -1, Integer.MAX_VALUE, 3, 3, -100};
        Arrays.sort(i);
        System.out.println(Arrays.toString(i));
        long[] l = {5L, Long.MIN_VALUE, -1L, Long.MAX_VALUE, 0L};
        Arrays.sort(l);
        char[] c = "the quick brown fox ÿ Ā".toCharArray();
        Arrays.sort(c);
        byte[] b = {127, -128, 0, -1, 1};
        Arrays.sort(b);
        short[] s = {300, -300, 0, Short.MIN_VALUE, Short.MAX_VALUE};
        Arrays.sort(s);
        System.out.println(Arrays.toString(l) + " [" + new String(c) + "] " + Arrays.toString(b) + " " + Arrays.toString(s));
        int[] part = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
        Arrays.sort(part, 2, 7);
        System.out.println(Arrays.toString(part));
        try { Arrays.sort(part, 5, 2); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.sort(part, -1, 2); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Arrays.sort(part, 0, 11); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        String[] words = "banana Apple cherry apple Banana date Elder fig".split(" ");
        String[] w1 = words.clone(); Arrays.sort(w1);
        String[] w2 = words.clone(); Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        String[] w3 = words.clone(); Arrays.sort(w3, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(Arrays.toString(w1) + "\n" + Arrays.toString(w2) + "\n" + Arrays.toString(w3));
        Item[] items = new Item[300];
        for (int k = 0; k < items.length; k++) items[k] = new Item("k" + (k * 7 % 5), k);
        Arrays.sort(items, Comparator.comparing(Item::key));
        boolean stable = true;
        for (int k = 1; k < items.length; k++)
            if (items[k - 1].key().equals(items[k].key()) && items[k - 1].order() > items[k].order()) stable = false;
        System.out.println("stable " + stable + " " + items[0] + " " + items[299]);
        int[] big = new int[5000];
        long seed = 7;
        for (int k = 0; k < big.length; k++) { seed = seed * 6364136223846793005L + 1442695040888963407L; big[k] = (int) (seed >>> 40) - (1 << 23); }
        int[] sorted = big.clone();
        Arrays.sort(sorted);
        boolean ok = true;
        for (int k = 1; k < sorted.length; k++) if (sorted[k - 1] > sorted[k]) ok = false;
        System.out.println("big sorted " + ok + " " + sorted[0] + " " + sorted[2500] + " " + sorted[4999]);
        Integer[] boxed = new Integer[2000];
        for (int k = 0; k < boxed.length; k++) boxed[k] = big[k] % 100;
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(boxed[0] + " " + boxed[1000] + " " + boxed[1999]);
        int[] runs = new int[1000];
        for (int k = 0; k < runs.length; k++) runs[k] = (k / 100) % 2 == 0 ? k : 1000 - k;
        Arrays.sort(runs);
        System.out.println(runs[0] + " " + runs[1] + " " + runs[500] + " " + runs[999]);
        Object[] objs = {"b", "a", "c"};
        Arrays.sort(objs);
        System.out.println(Arrays.toString(objs));
        try { Arrays.sort(new Object[]{"a", 1}); } catch (ClassCastException e) { System.out.println("mixed: CCE"); }
        String[] withNull = {"b", null, "a"};
        Arrays.sort(withNull, Comparator.nullsLast(Comparator.naturalOrder()));
        System.out.println(Arrays.toString(withNull));
    }
}
