// Varargs: zero, one, many arguments, explicit arrays, null, primitives and overload choice.
public class Varargs {
    static String count(Object... xs) { return xs == null ? "null array" : xs.length + " args"; }
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String over(int a) { return "int"; }
    static String over(int... a) { return "varargs"; }
    static String over(long a) { return "long"; }
    static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) { if (i > 0) sb.append(sep); sb.append(parts[i]); }
        return sb.toString();
    }
    public static void main(String[] args) {
        System.out.println(count() + " " + count(1) + " " + count(1, "two", 3.0) + " " + count((Object[]) null) + " " + count((Object) null));
        System.out.println(count(new Object[]{1, 2}) + " " + count((Object) new Object[]{1, 2}) + " " + count(new String[]{"a", "b", "c"}));
        System.out.println(sum() + " " + sum(5) + " " + sum(1, 2, 3, 4) + " " + sum(new int[]{10, 20}));
        System.out.println(over(1) + " " + over(1L) + " " + over() + " " + over(1, 2));
        System.out.println(join("-", "a", "b", "c") + " [" + join(",") + "]");
        System.out.println(args.length);
    }
}
