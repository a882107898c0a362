// EnumMap and EnumSet: ordinal order whatever the insertion order, range, complementOf,
// allOf/noneOf, toString, null keys rejected, values views; enum keys in a HashMap are
// printed through a TreeMap (their hash codes are identity hashes).
import java.util.*;

public class UtilEnumCollections {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Big { A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, C0, C1, C2, C3, C4, C5, C6, C7, C8, C9,
               D0, D1, D2, D3, D4, D5, D6, D7, D8, D9, E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, F0, F1, F2, F3, F4, F5, F6, F7, F8, F9, G0, G1, G2, G3, G4, G5, G6 }

    public static void main(String[] args) {
        EnumMap<Day, Integer> m = new EnumMap<>(Day.class);
        m.put(Day.SUN, 7); m.put(Day.MON, 1); m.put(Day.WED, 3);
        System.out.println(m + " " + m.keySet() + " " + m.values() + " " + m.containsKey(Day.TUE) + " " + m.get(Day.SUN));
        try { m.put(null, 0); } catch (NullPointerException e) { System.out.println("null key: NPE"); }
        m.remove(Day.MON);
        m.merge(Day.WED, 10, Integer::sum);
        System.out.println(m + " " + m.equals(new HashMap<>(m)) + " " + m.values().stream().mapToInt(Integer::intValue).sum());
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        EnumSet<Day> work = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + work + " " + EnumSet.range(Day.TUE, Day.FRI) + " " + EnumSet.allOf(Day.class).size() + " " + EnumSet.noneOf(Day.class));
        EnumSet<Day> s = EnumSet.noneOf(Day.class);
        s.add(Day.FRI); s.add(Day.MON); s.add(Day.FRI);
        System.out.println(s + " " + s.contains(Day.MON) + " " + s.remove(Day.TUE) + " " + EnumSet.copyOf(List.of(Day.THU, Day.TUE)));
        EnumSet<Big> big = EnumSet.noneOf(Big.class);
        for (Big b : Big.values()) if (b.ordinal() % 9 == 0) big.add(b);
        System.out.println(big + " " + EnumSet.range(Big.F8, Big.G6) + " " + EnumSet.complementOf(EnumSet.range(Big.A2, Big.G4)));
        Map<Day, String> hm = new HashMap<>();
        for (Day d : Day.values()) hm.put(d, d.name().toLowerCase());
        System.out.println(new TreeMap<>(hm) + " " + hm.size());
        System.out.println(Day.valueOf("WED").compareTo(Day.MON) + " " + Day.SUN.ordinal() + " " + Arrays.toString(Day.values()));
        try { Day.valueOf("XYZ"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Iterator<Day> it = work.iterator();
        it.next(); it.remove();
        System.out.println(work);
    }
}
