// HashMap/HashSet iteration order with Integer (negative, large), Long, Double,
// Float, Character, Short, Byte and Boolean keys: each hashCode's spread matters.
import java.util.*;

public class UtilHashMapNumbers {
    public static void main(String[] args) {
        Set<Integer> ints = new HashSet<>();
        int[] xs = {-1, -2, -16, -17, 0, 1, 15, 16, 17, 31, 32, 33, 64, 65, 1 << 16, (1 << 16) + 1,
                    Integer.MAX_VALUE, Integer.MIN_VALUE, 1000000, -1000000, 123456789, 0x7fff0000};
        for (int x : xs) ints.add(x);
        System.out.println(ints);
        Set<Long> longs = new HashSet<>();
        long[] ls = {0L, -1L, 1L << 32, (1L << 32) + 1, Long.MAX_VALUE, Long.MIN_VALUE, 42L, -42L, 0xdeadbeefcafeL, 1L << 40};
        for (long l : ls) longs.add(l);
        System.out.println(longs);
        Set<Double> ds = new HashSet<>();
        double[] dd = {0.0, -0.0, 1.0, -1.0, 0.5, 2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                       1e-300, 1e300, Math.PI, Math.E, 0.1, 0.2, 0.30000000000000004, Double.MIN_VALUE, Double.MAX_VALUE};
        for (double d : dd) ds.add(d);
        System.out.println(ds.size() + " " + ds);
        Set<Float> fs = new HashSet<>();
        for (float f = -2.5f; f <= 2.5f; f += 0.5f) fs.add(f);
        fs.add(Float.NaN); fs.add(0.1f); fs.add(1e10f);
        System.out.println(fs);
        Set<Character> cs = new HashSet<>();
        for (char c : "Hello, World! zyx ZYX 0123 éüß".toCharArray()) cs.add(c);
        System.out.println(cs);
        Set<Object> mixed = new HashSet<>();
        mixed.add((short) 7); mixed.add((byte) -3); mixed.add(true); mixed.add(false); mixed.add(7); mixed.add(7L); mixed.add('7'); mixed.add("7"); mixed.add(7.0); mixed.add(7.0f);
        List<String> sorted = new ArrayList<>();
        for (Object o : mixed) sorted.add(o.getClass().getSimpleName() + ":" + o);
        System.out.println(mixed.size() + " " + sorted);
        Map<Integer, String> m = new HashMap<>();
        for (int i = -50; i <= 50; i += 7) m.put(i * i * i, "c" + i);
        System.out.println(m);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 3000; i++) big.put(i * 2654435761L > 0 ? (int) (i * 2654435761L) : i, i);
        long h = 0;
        for (int k : big.keySet()) h = h * 31 + k;
        System.out.println(big.size() + " order hash " + h);
        for (int i = 0; i < 3000; i += 2) big.remove((int) (i * 2654435761L));
        h = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) h = h * 17 + e.getValue();
        System.out.println(big.size() + " after remove " + h);
        System.out.println(Integer.valueOf(-5).hashCode() + " " + Long.valueOf(-5).hashCode() + " " + Double.valueOf(-0.0).hashCode()
                + " " + Double.valueOf(1.5).hashCode() + " " + Float.valueOf(1.5f).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('A').hashCode());
    }
}
