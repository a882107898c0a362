// The JDK's exception messages from ArrayList, LinkedList, subList, String and
// StringBuilder misuse (index messages differ between the JDK's classes).
import java.util.*;

public class UtilArrayListErrors {
    interface Act { void run(); }

    static void t(String what, Act a) {
        try {
            a.run();
            System.out.println(what + ": no exception");
        } catch (NullPointerException e) {
            // helpful NPE messages name the JDK's own locals: only the class is compared
            System.out.println(what + ": NullPointerException");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        ArrayList<Integer> l = new ArrayList<>(List.of(1, 2, 3));
        LinkedList<Integer> ll = new LinkedList<>(l);
        t("get(5)", () -> l.get(5));
        t("get(-1)", () -> l.get(-1));
        t("get(3)", () -> l.get(3));
        t("set(3)", () -> l.set(3, 0));
        t("add(5,x)", () -> l.add(5, 0));
        t("add(-1,x)", () -> l.add(-1, 0));
        t("remove(7)", () -> l.remove(7));
        t("subList(0,4)", () -> l.subList(0, 4));
        t("subList(-1,2)", () -> l.subList(-1, 2));
        t("subList(2,1)", () -> l.subList(2, 1));
        t("subList get", () -> l.subList(1, 2).get(1));
        t("empty get(0)", () -> new ArrayList<String>().get(0));
        t("new ArrayList(-1)", () -> new ArrayList<String>(-1));
        t("ll.get(5)", () -> ll.get(5));
        t("ll.add(9,x)", () -> ll.add(9, 1));
        t("ll.getFirst empty", () -> new LinkedList<String>().getFirst());
        t("ll.removeLast empty", () -> new LinkedList<String>().removeLast());
        t("ll.element empty", () -> new LinkedList<String>().element());
        t("listIterator(4)", () -> l.listIterator(4));
        t("Arrays.asList add", () -> Arrays.asList(1, 2).add(3));
        t("Arrays.asList remove", () -> Arrays.asList(1, 2).remove(0));
        t("array index", () -> { int[] a = new int[3]; a[3] = 1; });
        t("String.charAt", () -> "abc".charAt(5));
        t("String.substring", () -> "abc".substring(2, 1));
        t("sb.deleteCharAt", () -> new StringBuilder("ab").deleteCharAt(2));
        t("Collections.emptyList get", () -> Collections.emptyList().get(0));
        t("List.of get", () -> List.of(1, 2).get(2));
        t("toArray null", () -> l.toArray((Integer[]) null));
        t("addAll null", () -> l.addAll(null));
        System.out.println(l);
    }
}
