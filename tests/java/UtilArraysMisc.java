// Arrays: binarySearch (found, insertion points, duplicates, ranges), fill, copyOf with
// padding and truncation, copyOfRange, asList views writing through, equals/compare/
// mismatch, setAll, stream, toString of each type.
import java.util.*;

public class UtilArraysMisc {
    public static void main(String[] args) {
        int[] a = {1, 3, 5, 7, 9, 11};
        System.out.println(Arrays.binarySearch(a, 7) + " " + Arrays.binarySearch(a, 0) + " " + Arrays.binarySearch(a, 4) + " " + Arrays.binarySearch(a, 12) + " " + Arrays.binarySearch(a, 1, 4, 9));
        String[] s = {"apple", "banana", "cherry"};
        System.out.println(Arrays.binarySearch(s, "banana") + " " + Arrays.binarySearch(s, "blueberry") + " " + Arrays.binarySearch(s, "BANANA", String.CASE_INSENSITIVE_ORDER));
        double[] d = {-1.5, 0.0, 2.5};
        System.out.println(Arrays.binarySearch(d, -0.0) + " " + Arrays.binarySearch(d, 0.0) + " " + Arrays.binarySearch(new double[]{1, Double.NaN}, Double.NaN));
        int[] f = new int[8];
        Arrays.fill(f, 7);
        Arrays.fill(f, 2, 5, -1);
        System.out.println(Arrays.toString(f));
        char[] cs = new char[5];
        Arrays.fill(cs, 'z');
        Object[] os = new Object[3];
        Arrays.fill(os, "o");
        System.out.println(new String(cs) + " " + Arrays.toString(os));
        System.out.println(Arrays.toString(Arrays.copyOf(a, 3)) + " " + Arrays.toString(Arrays.copyOf(a, 8)) + " " + Arrays.toString(Arrays.copyOf(s, 4)) + " " + Arrays.toString(Arrays.copyOf(new boolean[]{true}, 3)));
        System.out.println(Arrays.toString(Arrays.copyOfRange(a, 2, 4)) + " " + Arrays.toString(Arrays.copyOfRange(a, 4, 9)) + " " + Arrays.toString(Arrays.copyOfRange(new char[]{'a', 'b'}, 1, 3)).replace('\0', '0'));
        try { Arrays.copyOfRange(a, 4, 2); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.copyOf(a, -1); } catch (NegativeArraySizeException e) { System.out.println("NASE " + e.getMessage()); }
        List<String> view = Arrays.asList(s);
        view.set(0, "apricot");
        s[2] = "cranberry";
        System.out.println(view + " " + Arrays.toString(s));
        System.out.println(Arrays.equals(a, new int[]{1, 3, 5, 7, 9, 11}) + " " + Arrays.equals(a, 0, 2, new int[]{1, 3}, 0, 2) + " " + Arrays.equals((int[]) null, null) + " " + Arrays.equals(a, null));
        System.out.println(Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.compare(new int[]{1, 2}, new int[]{1}) + " " + Arrays.compare(new String[]{"b"}, new String[]{"a", "z"}) + " " + Arrays.compare(new byte[]{-1}, new byte[]{1}) + " " + Arrays.compareUnsigned(new byte[]{-1}, new byte[]{1}));
        System.out.println(Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 2, 4}) + " " + Arrays.mismatch(new int[]{1}, new int[]{1}) + " " + Arrays.mismatch(new char[]{'a'}, new char[]{'a', 'b'}));
        long[] sq = new long[6];
        Arrays.setAll(sq, i -> (long) i * i * i);
        Integer[] boxed = new Integer[5];
        Arrays.setAll(boxed, i -> 10 - i);
        System.out.println(Arrays.toString(sq) + " " + Arrays.toString(boxed));
        System.out.println(Arrays.stream(a).sum() + " " + Arrays.stream(a, 1, 3).boxed().toList() + " " + Arrays.stream(s).filter(x -> x.contains("an")).count());
        System.out.println(Arrays.toString(new float[]{1.0f, 0.1f, -0f}) + " " + Arrays.toString(new short[0]) + " " + Arrays.toString((long[]) null) + " " + Arrays.toString(new byte[]{-128}) + " " + Arrays.toString(new double[]{1e21, 1e-5}));
        int[] p = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(p, Integer::sum);
        System.out.println(Arrays.toString(p));
    }
}
