// printf/format varargs corner cases: an Object[] passed alone spreads into arguments,
// a String[] too, a null array argument, an int[] is one argument, extra arguments
// are ignored, and formatting of arrays, lists and records through %s.
import java.util.*;

public class FmtPrintfVarargs {
    record R(int a, String b) {}

    public static void main(String[] args) {
        Object[] arr = {"x", 1, 2.5};
        System.out.println(String.format("%s %d %.1f", arr));
        String[] sarr = {"p", "q"};
        System.out.println(String.format("%s-%s", (Object[]) sarr));
        System.out.println(String.format("%s", (Object) sarr).startsWith("[Ljava.lang.String;"));
        System.out.println(String.format("%s", (Object[]) null));
        System.out.println(String.format("%s %s", null, "b"));
        int[] ints = {1, 2};
        System.out.println(String.format("%s", Arrays.toString(ints)) + " " + String.format("%d items", ints.length));
        System.out.println(String.format("%s %s", List.of(1, 2), new R(3, "c")) + " " + String.format("%10.3s|", new R(4, "d")) + " " + String.format("%-6b|%6s|", (Object) null, Optional.empty()));
        System.out.printf("%d%n", 1, 2, 3);
        System.out.printf("no args%n");
        System.out.printf("%s%n", (Object) new Object[0].length);
        System.out.printf("%2$s %1$s%n", new Object[]{"world", "hello"});
        StringBuilder sb = new StringBuilder();
        Formatter f = new Formatter(sb);
        for (int i = 0; i < 5; i++) f.format("%0" + (i + 2) + "d|%-" + (i + 2) + "s|%n", i, "ab");
        System.out.print(sb);
        System.out.println(String.format("%s", new StringBuilder("sb")) + " " + String.format("%s", (CharSequence) "cs") + " " + String.format("%S", List.of("mixed", 'c')));
    }
}
