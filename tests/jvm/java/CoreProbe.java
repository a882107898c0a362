// Core features of the VM in one program: default/super/static/private interface
// methods, enums, records, lambdas and method references of every kind with
// boxing and widening, SOE recovery, varargs, inner classes, arrays, finally,
// arithmetic corners, instanceof patterns, Class names, forName, monitors.
import java.util.function.*;
import java.util.*;

public class CoreProbe {
    interface A { default String who() { return "A"; } }
    interface B extends A { default String who() { return "B+" + A.super.who(); } }
    interface C extends A { }
    static class D implements B, C { public String who() { return "D+" + B.super.who(); } }
    interface S { static int twice(int x) { return 2 * x; } private int hidden() { return 5; } default int pub() { return hidden() + 1; } }
    static class SI implements S { }
    enum Color { RED, GREEN { String n() { return "g"; } }, BLUE; String n() { return name().toLowerCase(); } }
    record P(int x, long y, double z, String s) { P { if (x < 0) throw new IllegalArgumentException("neg"); } }
    static abstract class Base<T> { abstract T get(); String show() { return "got " + get(); } }
    static class Impl extends Base<String> { String get() { return "impl"; } }
    static class Parent { String hi() { return "parent"; } }
    static class Child extends Parent {
        String hi() { return "child"; }
        Supplier<String> sup() { return super::hi; }
    }
    static int depth;
    static void recurse() { depth++; recurse(); }
    static String join(String sep, Object... xs) { StringBuilder sb = new StringBuilder(); for (Object x : xs) sb.append(x).append(sep); return sb.toString(); }
    private int secret = 42;
    class Inner { int peek() { return secret; } }

    public static void main(String[] args) throws Exception {
        System.out.println(new D().who());
        System.out.println(S.twice(21) + " " + new SI().pub());
        for (Color c : Color.values()) System.out.print(c + ":" + c.n() + ":" + c.ordinal() + " ");
        System.out.println(Color.valueOf("BLUE") + " " + Color.GREEN.getClass() + " " + Color.GREEN.getDeclaringClass());
        switch (Color.GREEN) { case RED: System.out.println("r"); break; case GREEN: System.out.println("g!"); break; default: System.out.println("?"); }
        P p = new P(1, 2L, 3.5, "s");
        System.out.println(p + " " + p.equals(new P(1, 2L, 3.5, "s")) + " " + (p.hashCode() == new P(1, 2L, 3.5, "s").hashCode()) + " " + p.hashCode());
        try { new P(-1, 0, 0, null); } catch (IllegalArgumentException e) { System.out.println("caught " + e.getMessage()); }
        System.out.println(new Impl().show());
        System.out.println(new Child().sup().get());
        long lc = 1L << 40; double dc = 2.5; char cc = 'q'; byte bc = -3; float fc = 1.5f; boolean zc = true; short sc = 300;
        Supplier<String> cap = () -> lc + " " + dc + " " + cc + " " + bc + " " + fc + " " + zc + " " + sc;
        System.out.println(cap.get());
        Function<Integer, Integer> inc = x -> x + 1;
        BinaryOperator<Integer> add = Integer::sum;
        Function<String, Integer> len = String::length;
        Supplier<ArrayList<String>> mk = ArrayList::new;
        IntFunction<int[]> arr = int[]::new;
        Function<String, String> bound = "pre-"::concat;
        ToIntFunction<String> hash = String::hashCode;
        IntBinaryOperator imax = Math::max;
        LongUnaryOperator lneg = v -> -v;
        DoubleBinaryOperator dmul = (u, v) -> u * v;
        Predicate<String> empty = String::isEmpty;
        Comparator<String> cmp = Comparator.naturalOrder();
        System.out.println(inc.apply(4) + " " + add.apply(2, 3) + " " + len.apply("four") + " " + mk.get().size() + " " + arr.apply(7).length + " " + bound.apply("x") + " " + hash.applyAsInt("a") + " " + imax.applyAsInt(3, 9) + " " + lneg.applyAsLong(5) + " " + dmul.applyAsDouble(1.5, 2) + " " + empty.test("") + " " + cmp.compare("a", "b"));
        Runnable r = () -> System.out.println("run " + inc.andThen(inc).apply(1));
        r.run();
        try { recurse(); } catch (StackOverflowError e) { System.out.println("SOE after deep recursion: " + (depth > 1000)); }
        System.out.println(join(",", 1, "two", 3.0, 'c', null));
        System.out.println(new CoreProbe().new Inner().peek());
        int[][][] m = new int[2][3][4]; m[1][2][3] = 9; System.out.println(m[1][2][3] + " " + m.length + " " + m[0].length + " " + m[0][0].length + " " + m.getClass().getName());
        int[] src = {1, 2, 3}; int[] cl = src.clone(); cl[0] = 9; System.out.println(src[0] + " " + cl[0] + " " + (cl.getClass() == src.getClass()));
        Object o = new String[0]; System.out.println((o instanceof Object[]) + " " + (o instanceof String[]) + " " + (o instanceof Integer[]) + " " + (o instanceof Cloneable));
        String res = "";
        for (int i = 0; i < 3; i++) { try { try { if (i == 1) throw new RuntimeException("x" + i); res += "t" + i; } finally { res += "f" + i; } } catch (RuntimeException e) { res += "c" + e.getMessage(); } }
        System.out.println(res);
        System.out.println(Integer.MIN_VALUE / -1 + " " + Long.MIN_VALUE / -1 + " " + (Integer.MIN_VALUE % -1) + " " + (int) Double.NaN + " " + (long) Float.POSITIVE_INFINITY + " " + (int) -1e20 + " " + (5 % -3) + " " + (-5.5 % 2) + " " + (1 << 33) + " " + (1L << 65) + " " + (-16 >>> 28) + " " + (-16L >>> 60));
        System.out.println((0.0 / 0.0 > 1) + " " + (Double.NaN != Double.NaN) + " " + Float.compare(0.0f, -0.0f) + " " + (char) 65 + (byte) 200 + " " + (short) 70000);
        String s = "hello";
        switch (s) { case "hello": System.out.println("str switch ok"); break; default: System.out.println("bad"); }
        Object obj = 42;
        String desc = obj instanceof Integer i && i > 40 ? "big int " + i : "other";
        System.out.println(desc);
        System.out.println(CoreProbe.class.getName() + " " + CoreProbe.Inner.class.getName() + " " + CoreProbe.Inner.class.getSimpleName() + " " + int[].class.getName() + " " + String[][].class.getSimpleName() + " " + int.class + " " + Runnable.class);
        Class<?> k = Class.forName("java.lang.String"); System.out.println(k == String.class);
        try { Class.forName("no.Such"); } catch (ClassNotFoundException e) { System.out.println("CNFE " + e.getMessage()); }
        Object lock = new Object(); synchronized (lock) { System.out.println("locked"); }
        StringBuilder big = new StringBuilder(); for (int i = 0; i < 5; i++) big.append(i).append(',');
        System.out.println(big + " " + "x".repeat(0).isEmpty());
        Iterator<Integer> it = List.of(1, 2, 3).iterator(); int sum = 0; while (it.hasNext()) sum += it.next(); System.out.println(sum);
        System.out.println(System.identityHashCode(null) + " " + (new Object().hashCode() != 0));
        Throwable t = new Exception("outer", new RuntimeException("inner"));
        System.out.println(t.getCause().getMessage() + " " + t.getStackTrace()[0].getMethodName());
    }
}
