// An uncaught ConcurrentModificationException from a for-each loop that adds.
import java.util.*;

public class UtilCmeUncaught {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4));
        for (Integer x : l) {
            System.out.println("saw " + x);
            if (x == 2) l.add(99);
        }
    }
}
