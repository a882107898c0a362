// Records as HashMap keys and set members: the JDK's record hashCode (31*h + c over
// components), equals, toString, and the iteration order they produce.
import java.util.*;

public class UtilHashMapRecords {
    record Point(int x, int y) {}
    record Person(String name, int age) {}
    record Mixed(long l, double d, boolean b, char c, String s, byte by, short sh, float f) {}
    record Wrapper(List<Integer> list, Point p) {}
    record Empty() {}

    public static void main(String[] args) {
        System.out.println(new Point(1, 2).hashCode() + " " + new Point(0, 0).hashCode() + " " + new Point(-1, -1).hashCode());
        System.out.println(new Person("Ann", 30).hashCode() + " " + new Person(null, 0).hashCode());
        Mixed mx = new Mixed(1L << 40, 2.5, true, 'x', "s", (byte) -1, (short) 300, 1.25f);
        System.out.println(mx + " " + mx.hashCode());
        System.out.println(new Wrapper(List.of(1, 2, 3), new Point(3, 4)).hashCode() + " " + new Empty().hashCode() + " " + new Empty());
        Map<Point, String> grid = new HashMap<>();
        for (int x = -3; x <= 3; x++)
            for (int y = -3; y <= 3; y += 2) grid.put(new Point(x, y), x + ":" + y);
        StringBuilder sb = new StringBuilder();
        for (Point p : grid.keySet()) sb.append('(').append(p.x()).append(',').append(p.y()).append(')');
        System.out.println(grid.size() + " " + sb);
        Set<Person> people = new HashSet<>();
        String[] names = {"Zoe", "Adam", "Eve", "Bob", "Carol", "Dan", "Erin", "Frank", "Grace", "Heidi"};
        for (int i = 0; i < names.length; i++) people.add(new Person(names[i], 20 + i * 3));
        people.add(new Person("Adam", 23));
        System.out.println(people.size() + " " + people);
        System.out.println(people.contains(new Person("Eve", 26)) + " " + people.contains(new Person("Eve", 27)));
        System.out.println(new Point(1, 2).equals(new Point(1, 2)) + " " + new Point(1, 2).equals(new Point(2, 1)) + " " + new Point(1, 2).equals(null));
        Map<Wrapper, Integer> wm = new HashMap<>();
        for (int i = 0; i < 8; i++) wm.put(new Wrapper(List.of(i, i * i), new Point(i, -i)), i);
        System.out.println(wm);
    }
}
