// String literals are interned across classes; new String is distinct; intern().
public class Interning {
    static class Other { static final String LIT = "shared"; static String get() { return "shared"; } }
    public static void main(String[] args) {
        String a = "shared", b = Other.get(), c = new String("shared"), d = c.intern();
        System.out.println((a == b) + " " + (a == c) + " " + (a == d) + " " + a.equals(c));
        String built = new StringBuilder("sha").append("red").toString();
        System.out.println((built == a) + " " + (built.intern() == a));
        String fresh = new StringBuilder("never").append("-seen").toString();
        String in = fresh.intern();
        System.out.println((in == fresh) + " " + (in == "never-seen"));
        String x = "x" + 1;
        System.out.println((x == "x1") + " " + (x.intern() == "x1"));
        final String f = "fin";
        System.out.println(((f + "al") == "final") + " " + (Other.LIT == a));
        System.out.println(("" == new String()) + " " + ("" == new String().intern()));
    }
}
