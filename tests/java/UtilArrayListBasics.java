// ArrayList: add/insert/remove by index and by value, set, indexOf, contains,
// subList views (writes through), toString, equals, clear, trimToSize, ensureCapacity.
import java.util.*;

public class UtilArrayListBasics {
    public static void main(String[] args) {
        ArrayList<String> l = new ArrayList<>();
        System.out.println(l + " " + l.size() + " " + l.isEmpty());
        for (String s : "one two three four five".split(" ")) l.add(s);
        l.add(0, "zero");
        l.add(l.size(), "six");
        System.out.println(l + " " + l.size());
        System.out.println(l.set(2, "TWO") + " -> " + l.get(2));
        System.out.println(l.remove(1) + " " + l.remove("five") + " " + l.remove("nine") + " " + l);
        l.add("three");
        System.out.println(l.indexOf("three") + " " + l.lastIndexOf("three") + " " + l.indexOf("x") + " " + l.contains("six"));
        List<String> sub = l.subList(1, 4);
        System.out.println("sub " + sub);
        sub.set(0, "two!");
        sub.remove(1);
        sub.add("inserted");
        System.out.println("after sub writes " + l + " sub=" + sub);
        sub.clear();
        System.out.println("after sub.clear " + l);
        ArrayList<Integer> nums = new ArrayList<>(List.of(5, 3, 9, 3, 7));
        nums.remove(Integer.valueOf(3));
        nums.remove(0);
        System.out.println(nums + " " + nums.equals(Arrays.asList(9, 3, 7)) + " " + nums.hashCode());
        nums.addAll(1, List.of(100, 200));
        nums.removeAll(List.of(200, 7));
        nums.retainAll(List.of(9, 100, 3, 4));
        System.out.println(nums + " containsAll=" + nums.containsAll(List.of(9, 3)));
        nums.ensureCapacity(1000);
        nums.trimToSize();
        Object[] arr = nums.toArray();
        Integer[] arr2 = nums.toArray(new Integer[0]);
        Integer[] big = nums.toArray(new Integer[6]);
        System.out.println(arr.length + " " + arr2.length + " " + Arrays.toString(big));
        ArrayList<Object> mixed = new ArrayList<>();
        mixed.add(null); mixed.add(1); mixed.add('c'); mixed.add(2.5); mixed.add(List.of()); mixed.add(new int[0].length);
        System.out.println(mixed + " " + mixed.indexOf(null) + " " + mixed.contains(null));
        ArrayList<Integer> big2 = new ArrayList<>();
        for (int i = 0; i < 1000; i++) big2.add(i * 7 % 1000);
        long sum = 0;
        for (int x : big2) sum += x;
        big2.removeIf(x -> x % 3 != 0);
        System.out.println(sum + " " + big2.size() + " " + big2.get(0) + " " + big2.get(big2.size() - 1));
        @SuppressWarnings("unchecked")
        ArrayList<Integer> copy = (ArrayList<Integer>) big2.clone();
        copy.clear();
        System.out.println(copy.size() + " " + big2.size());
    }
}
