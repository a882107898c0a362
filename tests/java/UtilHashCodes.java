// hashCode contracts of the JDK: String, List (31*h + e), Set (sum), Map (sum of key^value),
// Map.Entry, Arrays.hashCode of each primitive type, Arrays.deepHashCode, Objects.hash,
// Boolean/Character/Long/Double/Float, Optional, empty collections.
import java.util.*;

public class UtilHashCodes {
    public static void main(String[] args) {
        String[] strs = {"", "a", "ab", "hello", "Hello, World!", "polygenelubricants", "\u0000", "日本語", "\uD83D\uDE00", "Aa", "BB",
                "the quick brown fox jumps over the lazy dog"};
        StringBuilder sb = new StringBuilder();
        for (String s : strs) sb.append(s.hashCode()).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(List.of().hashCode() + " " + List.of(1).hashCode() + " " + List.of(1, 2, 3).hashCode() + " " + Arrays.asList(1, null, 3).hashCode()
                + " " + new ArrayList<>(List.of("a", "b")).hashCode() + " " + new LinkedList<>(List.of("a", "b")).hashCode());
        System.out.println(Set.of().hashCode() + " " + Set.of(1, 2, 3).hashCode() + " " + new HashSet<>(List.of("x", "y")).hashCode() + " " + new TreeSet<>(List.of("x", "y")).hashCode());
        System.out.println(Map.of().hashCode() + " " + Map.of("a", 1).hashCode() + " " + Map.of("a", 1, "b", 2).hashCode() + " " + new TreeMap<>(Map.of(1, "x", 2, "y")).hashCode());
        System.out.println(Map.entry("k", "v").hashCode() + " " + new AbstractMap.SimpleEntry<>("k", "v").hashCode() + " " + new AbstractMap.SimpleEntry<>(null, null).hashCode());
        System.out.println(Arrays.hashCode(new int[]{1, 2, 3}) + " " + Arrays.hashCode(new long[]{1L << 33, -1}) + " " + Arrays.hashCode(new double[]{0.5, -0.0})
                + " " + Arrays.hashCode(new float[]{1.5f}) + " " + Arrays.hashCode(new boolean[]{true, false}) + " " + Arrays.hashCode(new char[]{'a'})
                + " " + Arrays.hashCode(new byte[]{-1, 1}) + " " + Arrays.hashCode(new short[]{300}) + " " + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new Object[]{"a", null}));
        System.out.println(Arrays.deepHashCode(new Object[]{new int[]{1}, new Object[]{"x", new long[]{2}}}) + " " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a", 2.0) + " " + Objects.hashCode(null));
        System.out.println(Boolean.hashCode(true) + " " + Boolean.hashCode(false) + " " + Character.hashCode('z') + " " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32)
                + " " + Double.hashCode(Double.NaN) + " " + Double.hashCode(1e100) + " " + Float.hashCode(-0.0f) + " " + Float.hashCode(Float.NaN) + " " + Short.hashCode((short) -2) + " " + Byte.hashCode((byte) -2));
        System.out.println(Optional.empty().hashCode() + " " + Optional.of("a").hashCode() + " " + OptionalInt.of(7).hashCode() + " " + OptionalDouble.of(1.5).hashCode() + " " + OptionalLong.of(-3).hashCode());
        System.out.println(Collections.emptyList().hashCode() + " " + Collections.singletonList("a").hashCode() + " " + Collections.nCopies(3, "a").hashCode() + " " + Collections.singleton(5).hashCode());
        List<Object> nested = new ArrayList<>();
        nested.add(List.of(1, 2));
        nested.add(Map.of("a", List.of()));
        nested.add(Set.of("s"));
        System.out.println(nested.hashCode() + " " + new Vector<>(List.of(1, 2)).hashCode() + " " + new ArrayDeque<>(List.of(1)).equals(new ArrayDeque<>(List.of(1))));
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 500; i++) big.append((char) ('a' + i % 26));
        System.out.println(big.toString().hashCode() + " " + String.valueOf(big).hashCode() + " " + big.substring(100, 200).hashCode());
    }
}
