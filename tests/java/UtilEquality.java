// equals across implementations: lists of different classes, sets, maps, entries, and
// the asymmetric cases (list vs set, array vs list, sorted set with a custom comparator).
import java.util.*;

public class UtilEquality {
    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>(List.of(1, 2, 3));
        System.out.println(al.equals(new LinkedList<>(al)) + " " + al.equals(List.of(1, 2, 3)) + " " + al.equals(Arrays.asList(1, 2, 3)) + " " + al.equals(new Vector<>(al)) + " " + al.equals(List.of(3, 2, 1)));
        System.out.println(al.equals(new HashSet<>(al)) + " " + new HashSet<>(al).equals(new TreeSet<>(al)) + " " + new HashSet<>(al).equals(Set.of(3, 1, 2)) + " " + new ArrayDeque<>(al).equals(new ArrayDeque<>(al)));
        System.out.println(new HashMap<>(Map.of("a", 1)).equals(new TreeMap<>(Map.of("a", 1))) + " " + Map.of("a", 1).equals(Map.of("a", 2)) + " " + new HashMap<>().equals(Collections.emptyMap()));
        System.out.println(Map.entry("a", 1).equals(new AbstractMap.SimpleEntry<>("a", 1)) + " " + new HashMap<>(Map.of("a", 1)).entrySet().iterator().next().equals(Map.entry("a", 1)));
        System.out.println(Arrays.equals(new int[]{1, 2}, new int[]{1, 2}) + " " + new int[]{1}.equals(new int[]{1}) + " " + Arrays.asList(1, 2).equals(List.of(1, 2)) + " " + Arrays.deepEquals(new Object[]{new int[]{1}}, new Object[]{new int[]{1}}));
        System.out.println(Arrays.equals(new double[]{Double.NaN}, new double[]{Double.NaN}) + " " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN));
        TreeSet<String> ci = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        ci.addAll(List.of("A", "b"));
        Set<String> hs = new HashSet<>(List.of("a", "B"));
        System.out.println(ci.equals(hs) + " " + hs.equals(ci) + " " + ci.contains("B") + " " + hs.contains("A"));
        System.out.println(List.of(1, 2).equals(null) + " " + Objects.equals(null, null) + " " + Objects.equals(1, 1L) + " " + Objects.deepEquals(new int[]{2}, new int[]{2}) + " " + Integer.valueOf(1).equals(1L));
        List<Object> a = new ArrayList<>(), b = new ArrayList<>();
        a.add(List.of(Map.of("k", Set.of(1)))); b.add(new LinkedList<>(List.of(new HashMap<>(Map.of("k", new TreeSet<>(List.of(1)))))));
        System.out.println(a.equals(b) + " " + (a.hashCode() == b.hashCode()));
        System.out.println(new StringBuilder("x").equals(new StringBuilder("x")) + " " + "x".contentEquals(new StringBuilder("x")) + " " + new StringBuilder("ab").compareTo(new StringBuilder("ac")));
        System.out.println(Optional.of(1).equals(Optional.of(1)) + " " + Optional.empty().equals(Optional.ofNullable(null)) + " " + OptionalInt.empty().equals(OptionalInt.of(0)));
        System.out.println(Collections.emptyList().equals(List.of()) + " " + Collections.emptySet().equals(new TreeSet<>()) + " " + Collections.singletonList(1).equals(List.of(1)) + " " + Collections.nCopies(2, "a").equals(List.of("a", "a")));
    }
}
