import java.lang.reflect.*;
import java.util.*;

/* Listing members: declared and public (inherited) fields, methods and constructors. */
public class ReflectMembers {
    interface Shape { double area(); default String name() { return "shape"; } static Shape unit() { return () -> 1; } int SIDES = 0; }
    interface Named { String name(); }
    static abstract class Base implements Shape { public int id; protected int prot; private int priv; public static String TAG = "t";
        public abstract double area(); public Object self() { return this; } public void over(int x) {} public void over(long x) {}
        static void hidden() {} }
    static class Square extends Base implements Named, Comparable<Square> { public double side = 2; public Square() {} public Square(double s) { side = s; }
        Square(int x, String... rest) {} private Square(Object o) {}
        public double area() { return side * side; } public String name() { return "square"; } public Square self() { return this; }
        public int compareTo(Square o) { return 0; } public void over(String s) {} }

    static String sig(Method m) { return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes()) + m.getReturnType().getSimpleName(); }

    static void printMethods(String what, Method[] ms) {
        String[] s = new String[ms.length];
        for (int i = 0; i < ms.length; i++) s[i] = ms[i].toString() + (ms[i].isBridge() ? " [bridge]" : "") + (ms[i].isDefault() ? " [default]" : "");
        Arrays.sort(s);
        System.out.println(what + " (" + s.length + "):");
        for (String x : s) System.out.println("  " + x);
    }

    static void printFields(String what, Field[] fs) {
        String[] s = new String[fs.length];
        for (int i = 0; i < fs.length; i++) s[i] = fs[i].toString();
        Arrays.sort(s);
        System.out.println(what + " (" + s.length + "): " + Arrays.toString(s));
    }

    static void printCtors(String what, Constructor<?>[] cs) {
        String[] s = new String[cs.length];
        for (int i = 0; i < cs.length; i++) s[i] = cs[i].toString() + " | " + cs[i].toGenericString() + " | " + cs[i].getParameterCount();
        Arrays.sort(s);
        System.out.println(what + " (" + s.length + "): " + Arrays.toString(s));
    }

    public static void main(String[] args) throws Exception {
        printFields("Square declared fields", Square.class.getDeclaredFields());
        printFields("Square public fields", Square.class.getFields());
        printFields("Base declared fields", Base.class.getDeclaredFields());
        printFields("Shape fields", Shape.class.getFields());
        printMethods("Square declared", Square.class.getDeclaredMethods());
        printMethods("Square public", Square.class.getMethods());
        printMethods("Base declared", Base.class.getDeclaredMethods());
        printMethods("Shape public", Shape.class.getMethods());
        printMethods("Named public", Named.class.getMethods());
        printMethods("int[] public", int[].class.getMethods());
        printMethods("int[] declared", int[].class.getDeclaredMethods());
        printMethods("int public", int.class.getMethods());
        printCtors("Square ctors", Square.class.getDeclaredConstructors());
        printCtors("Square public ctors", Square.class.getConstructors());
        printCtors("Base ctors", Base.class.getDeclaredConstructors());
        printCtors("Shape ctors", Shape.class.getDeclaredConstructors());

        // lookups by name and parameters
        System.out.println(sig(Square.class.getMethod("self")));
        System.out.println(sig(Square.class.getMethod("over", int.class)));
        System.out.println(sig(Square.class.getMethod("over", long.class)));
        System.out.println(sig(Square.class.getMethod("over", String.class)));
        System.out.println(sig(Square.class.getMethod("name")));
        System.out.println(sig(Square.class.getMethod("hashCode")));
        System.out.println(sig(Shape.class.getMethod("unit")));
        System.out.println(sig(Square.class.getDeclaredMethod("compareTo", Square.class)));
        System.out.println(Square.class.getDeclaredConstructor(int.class, String[].class));
        System.out.println(Square.class.getConstructor(double.class));
        System.out.println(Square.class.getField("TAG") + " " + Square.class.getField("SIDES") + " " + Square.class.getField("id"));
        tryMethod(Square.class, "unit");                       // interfaces' statics are not inherited
        tryMethod(Square.class, "hidden");
        tryMethod(Square.class, "over", double.class);
        tryMethod(Square.class, "over", (Class<?>) null);
        tryDeclared(Square.class, "area", int.class, String[].class);
        tryCtor(Square.class, Object.class);
        tryCtor(Square.class, String.class, int[][].class);
        tryField(Square.class, "prot");
        tryField(Square.class, "priv");
        tryDeclaredField(Square.class, "id");
        System.out.println(Square.class.getDeclaredConstructor(Object.class));
        try { Square.class.getDeclaredField(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { Square.class.getMethod(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        // fresh copies, equal
        Method a = Square.class.getMethod("area"), b = Square.class.getMethod("area");
        System.out.println((a == b) + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(Base.class.getMethod("area")));
        Field f1 = Square.class.getField("side"), f2 = Square.class.getDeclaredField("side");
        System.out.println((f1 == f2) + " " + f1.equals(f2) + " " + (f1.hashCode() == f2.hashCode()) + " " + f1.equals(Square.class.getField("id")));
        Constructor<?> c1 = Square.class.getConstructor(), c2 = Square.class.getDeclaredConstructor();
        System.out.println(c1.equals(c2) + " " + (c1.hashCode() == c2.hashCode()) + " " + c1.getName() + " " + c1.getDeclaringClass().getSimpleName());
    }

    static void tryMethod(Class<?> c, String n, Class<?>... p) {
        try { System.out.println(c.getMethod(n, p)); } catch (NoSuchMethodException e) { System.out.println("NoSuchMethodException: " + e.getMessage()); }
    }
    static void tryDeclared(Class<?> c, String n, Class<?>... p) {
        try { System.out.println(c.getDeclaredMethod(n, p)); } catch (NoSuchMethodException e) { System.out.println("NoSuchMethodException: " + e.getMessage()); }
    }
    static void tryCtor(Class<?> c, Class<?>... p) {
        try { System.out.println(c.getConstructor(p)); } catch (NoSuchMethodException e) { System.out.println("NoSuchMethodException: " + e.getMessage()); }
    }
    static void tryField(Class<?> c, String n) {
        try { System.out.println(c.getField(n)); } catch (NoSuchFieldException e) { System.out.println("NoSuchFieldException: " + e.getMessage()); }
    }
    static void tryDeclaredField(Class<?> c, String n) {
        try { System.out.println(c.getDeclaredField(n)); } catch (NoSuchFieldException e) { System.out.println("NoSuchFieldException: " + e.getMessage()); }
    }
}
