// An uncaught IndexOutOfBoundsException from ArrayList.get: exit code 1 and the
// JDK's first stderr line.
import java.util.*;

public class UtilIndexUncaught {
    public static void main(String[] args) {
        List<String> l = new ArrayList<>(List.of("a", "b", "c"));
        System.out.println("size " + l.size());
        System.out.println(l.get(5));
    }
}
