// String.join over arrays, lists and sets with empty and null elements; repeat with 0,
// 1, large counts and its errors; concat; chained builders of repeated text.
import java.util.*;

public class StrJoinRepeat {
    public static void main(String[] args) {
        System.out.println(String.join(", ", "a", "b", "c") + " | " + String.join("", "x", "y") + " | " + String.join("-", List.of()) + "|" + String.join("-", "solo"));
        System.out.println(String.join("/", Arrays.asList("a", null, "", "d")) + " " + String.join("::", new TreeSet<>(List.of("z", "a", "m"))));
        System.out.println(String.join(new StringBuilder("<>"), new ArrayDeque<>(List.of("1", "2"))) + " " + String.join(",", new String[0]).isEmpty());
        try { String.join(null, "a"); } catch (NullPointerException e) { System.out.println("null delimiter: NPE"); }
        System.out.println("ab".repeat(0).isEmpty() + " " + "ab".repeat(1) + " " + "ab".repeat(3) + " " + "".repeat(1000).length() + " " + "x".repeat(1000).length() + " " + "abc".repeat(333).hashCode());
        try { "a".repeat(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { "ab".repeat(Integer.MAX_VALUE); } catch (OutOfMemoryError e) { System.out.println("too big: OutOfMemoryError"); }
        System.out.println("con".concat("cat").concat("").concat("enate") + " " + "".concat(""));
        StringBuilder tri = new StringBuilder();
        for (int i = 1; i <= 5; i++) tri.append(" ".repeat(5 - i)).append("*".repeat(2 * i - 1)).append('\n');
        System.out.print(tri);
        String box = "+" + "-".repeat(8) + "+";
        System.out.println(box + "\n|" + String.format("%-8s", "text") + "|\n" + box);
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < 6; i++) cols.add(Integer.toString(i * i));
        System.out.println(String.join(" | ", cols) + " " + String.join(",", Collections.nCopies(4, "?")));
    }
}
