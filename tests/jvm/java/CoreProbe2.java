// More core semantics: initialization order, finally overriding, labeled loops,
// generic bridges, covariant returns, enum bodies, narrowing compound
// assignments, numeric promotion, nestmate private access, anonymous classes.
import java.util.*;
import java.util.function.*;
public class CoreProbe2 {
    static StringBuilder log = new StringBuilder();
    static class A { static { log.append("A "); } int x = init("Ax "); { log.append("Ai "); } A() { log.append("Ac "); f(); } void f() { log.append("Af "); } static int init(String s) { log.append(s); return 1; } }
    static class B extends A { int y = init("By "); static { log.append("B "); } B() { super(); log.append("Bc "); } void f() { log.append("Bf" + y + " "); } }
    @SuppressWarnings("finally") static int fin() { try { throw new RuntimeException(); } finally { return 7; } }
    static int loops() { int s = 0; outer: for (int i = 0; i < 10; i++) { for (int j = 0; j < 10; j++) { if (j == 5) continue outer; if (i == 7) break outer; try { if (j == 2) continue; s += j; } finally { s += 100; } } } return s; }
    interface Shape<T extends Number> { T area(); default String describe() { return "area " + area(); } }
    static class Sq implements Shape<Integer> { public Integer area() { return 16; } }
    static abstract class Animal { abstract Animal self(); }
    static class Dog extends Animal { Dog self() { return this; } public String toString() { return "Dog"; } }
    enum Op implements IntBinaryOperator { ADD { public int applyAsInt(int a, int b) { return a + b; } }, MUL { public int applyAsInt(int a, int b) { return a * b; } } }
    private static int secret() { return 99; }
    static class Nested { int peek() { return secret(); } }
    public static void main(String[] args) {
        new B(); System.out.println(log); log.setLength(0);
        System.out.println(fin() + " " + loops());
        System.out.println(new Sq().describe() + " " + ((Shape<?>) new Sq()).area());
        Animal a = new Dog(); System.out.println(a.self() + " " + new Dog().self());
        for (Op op : Op.values()) System.out.print(op + "=" + op.applyAsInt(6, 7) + " ");
        System.out.println();
        byte b = 10; b += 300; short sh = 1; sh *= 1000; sh *= 1000; char c = 'a'; c += 1; int i = 'z' - c; long l = Integer.MAX_VALUE; l++; 
        System.out.println(b + " " + sh + " " + c + " " + i + " " + l + " " + (l << 62) + " " + (-1L >>> 1) + " " + (5 / 2.0) + " " + (char)(c + 1) + " " + ('a' + 'b') + " " + (float) 0.1 + " " + 1.0f / 3 + " " + 100.0 / 3);
        Object t = true ? 1 : "s"; Object u = false ? 1 : 2.0; System.out.println(t + " " + u);
        switch ('x') { case 'x': System.out.println("char switch"); break; default: break; }
        String[] hs = {"Aa", "BB", "C#", "Ab"}; for (String s : hs) { switch (s) { case "Aa": System.out.print("Aa "); break; case "BB": System.out.print("BB "); break; default: System.out.print("? "); } }
        System.out.println();
        long[] la = new long[2]; double[] da = new double[2]; boolean[] za = new boolean[2]; char[] ca = new char[2]; Object[] oa = new Object[1];
        System.out.println(la[1] + " " + da[1] + " " + za[1] + " " + (int) ca[1] + " " + oa[0]);
        int[][] m = {{1, 2}, {3, 4}}; int[][] mc = m.clone(); mc[0][0] = 9; System.out.println(m[0][0] + " " + (m[1] == mc[1]));
        try { Object o = "x"; Integer bad = (Integer) o; } catch (ClassCastException | IllegalStateException e) { System.out.println("multi " + e.getClass().getSimpleName()); }
        System.out.println(new Nested().peek());
        int local = 5; Runnable r = new Runnable() { public void run() { System.out.println("anon " + local + " " + getClass().getName() + " [" + getClass().getSimpleName() + "]"); } }; r.run();
        List<? extends Number> ln = List.of(1, 2.5); System.out.println(ln.get(1) instanceof Double);
        int ov = Integer.MAX_VALUE; ov += 1; System.out.println(ov + " " + Math.abs(Integer.MIN_VALUE) + " " + Integer.MIN_VALUE / -1 + " " + Long.MIN_VALUE % -1L);
        System.out.println(0.1 + 0.2 + " " + (float) (0.1 + 0.2) + " " + 1e-7 + " " + 1e7 + " " + 123456789.0f + " " + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + (0.0 == -0.0) + " " + Double.compare(0.0, -0.0));
        StringBuilder sb = new StringBuilder(); for (char ch = 'a'; ch <= 'e'; ch++) sb.insert(0, ch); System.out.println(sb.reverse());
        Integer i1 = 127, i2 = 127, i3 = 128, i4 = 128; System.out.println((i1 == i2) + " " + (i3 == i4) + " " + i3.equals(i4));
        Map<String, Integer> counts = new TreeMap<>(); for (String w : "b a c a b a".split(" ")) counts.merge(w, 1, Integer::sum); System.out.println(counts);
        Optional.of(3).map(x -> x * 2).ifPresent(x -> System.out.println("opt " + x));
        BiFunction<Double, Double, Double> pow = Math::pow; Supplier<int[]> arr = () -> new int[]{1}; UnaryOperator<String> up = String::toUpperCase;
        System.out.println(pow.apply(2.0, 10.0) + " " + arr.get().length + " " + up.apply("abc"));
        char[] chars = {'h', 'i'}; System.out.println(String.valueOf(chars) + " " + new String(chars, 0, 1) + chars.length);
        System.out.println(Objects.hash(1, "a", null) + " " + Arrays.hashCode(new int[]{1, 2}) + " " + List.of(1, 2).hashCode() + " " + "abc".hashCode() + " " + Boolean.hashCode(true) + " " + Double.hashCode(1.5) + " " + Long.hashCode(1L << 40) + " " + Character.valueOf('a').hashCode());
    }
}
