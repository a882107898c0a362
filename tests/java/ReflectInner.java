import java.lang.reflect.*;
import java.util.*;

/* Reflection on inner, anonymous, local and enum-constant classes, records and interfaces' static and private methods. */
public class ReflectInner {
    private int secret = 42;
    class Inner {
        int v;
        Inner(int v) { this.v = v; }
        int outerSecret() { return secret + v; }
    }
    static class Nested { static String hello() { return "nested"; } }
    interface Calc { static int twice(int x) { return 2 * x; } private int hidden() { return 7; } default int viaHidden() { return hidden(); } int apply(int x); }
    enum Op implements Calc {
        INC { public int apply(int x) { return x + 1; } },
        DEC { public int apply(int x) { return x - 1; } private String extra() { return "dec"; } };
    }
    record Pair<A>(A first, int second) { Pair { if (second < 0) throw new IllegalArgumentException("negative second"); } }

    static String list(Member[] ms) {
        String[] s = new String[ms.length];
        for (int i = 0; i < ms.length; i++) s[i] = ms[i].toString() + (ms[i].isSynthetic() ? " [synthetic]" : "");
        Arrays.sort(s);
        return String.join("\n  ", s);
    }

    public static void main(String[] args) throws Exception {
        ReflectInner outer = new ReflectInner();
        System.out.println("Inner fields:\n  " + list(Inner.class.getDeclaredFields()));
        System.out.println("Inner ctors:\n  " + list(Inner.class.getDeclaredConstructors()));
        Constructor<Inner> ic = Inner.class.getDeclaredConstructor(ReflectInner.class, int.class);
        Inner in = ic.newInstance(outer, 8);
        System.out.println(in.v + " " + Inner.class.getDeclaredMethod("outerSecret").invoke(in) + " " + ic.getParameterCount());
        Field this0 = null;
        for (Field f : Inner.class.getDeclaredFields()) if (f.isSynthetic()) this0 = f;
        System.out.println((this0 != null) + " " + (this0 != null && this0.get(in) == outer) + " " + Modifier.toString(this0.getModifiers()));
        System.out.println(Nested.class.getDeclaredMethod("hello").invoke(null));
        // anonymous and local classes
        Calc anon = new Calc() { public int apply(int x) { return x * 10; } };
        class Local implements Calc { public int apply(int x) { return -x; } }
        for (Class<?> c : new Class<?>[] { anon.getClass(), Local.class }) {
            System.out.println(c.getName() + " methods:\n  " + list(c.getDeclaredMethods()) + "\n ctors:\n  " + list(c.getDeclaredConstructors()));
            Method apply = c.getMethod("apply", int.class);
            System.out.println("  " + apply.invoke(c == Local.class ? new Local() : anon, 5) + " " + Modifier.toString(c.getModifiers()) + " " + c.isAnonymousClass() + " " + c.isLocalClass());
        }
        // interfaces: static, private and default methods
        System.out.println(Calc.class.getMethod("twice", int.class).invoke(null, 21));
        Method hidden = Calc.class.getDeclaredMethod("hidden");
        System.out.println(hidden + " " + hidden.invoke(Op.INC) + " " + Calc.class.getMethod("viaHidden").invoke(anon));
        System.out.println("Calc declared:\n  " + list(Calc.class.getDeclaredMethods()));
        // enums and their constant classes
        System.out.println("Op declared:\n  " + list(Op.class.getDeclaredMethods()));
        System.out.println("Op fields:\n  " + list(Op.class.getDeclaredFields()));
        System.out.println("Op ctors:\n  " + list(Op.class.getDeclaredConstructors()));
        Class<?> dec = Op.DEC.getClass();
        System.out.println(dec.getName() + " enum=" + dec.isEnum() + " anon=" + dec.isAnonymousClass() + " super=" + dec.getSuperclass().getSimpleName()
            + " mods=" + Modifier.toString(dec.getModifiers()));
        System.out.println("DEC declared:\n  " + list(dec.getDeclaredMethods()));
        Method extra = dec.getDeclaredMethod("extra");
        System.out.println(extra.invoke(Op.DEC) + " " + Calc.class.getMethod("apply", int.class).invoke(Op.DEC, 10) + " " + Op.class.getMethod("apply", int.class).invoke(Op.INC, 10));
        System.out.println(Op.class.getMethod("valueOf", String.class).invoke(null, "INC") + " " + Arrays.toString((Op[]) Op.class.getMethod("values").invoke(null)));
        try {
            Op.class.getMethod("valueOf", String.class).invoke(null, "NOPE");
        } catch (InvocationTargetException e) {
            System.out.println(e.getCause());
        }
        System.out.println(Op.class.getField("INC").get(null) + " " + Op.class.getField("INC").isEnumConstant() + " " + Op.class.getDeclaredField("$VALUES").isSynthetic());
        // records
        System.out.println("Pair:\n  " + list(Pair.class.getDeclaredMethods()) + "\n  " + list(Pair.class.getDeclaredConstructors()) + "\n  " + list(Pair.class.getDeclaredFields()));
        Constructor<?> pc = Pair.class.getDeclaredConstructor(Object.class, int.class);
        Object p = pc.newInstance("a", 2);
        System.out.println(p + " " + Pair.class.getMethod("first").invoke(p) + " " + Pair.class.getMethod("second").invoke(p) + " "
            + Pair.class.getMethod("equals", Object.class).invoke(p, new Pair<>("a", 2)) + " " + Pair.class.getMethod("hashCode").invoke(p).equals(p.hashCode()));
        try {
            pc.newInstance("b", -1);
        } catch (InvocationTargetException e) {
            System.out.println(e.getCause());
        }
        for (RecordComponent rc : Pair.class.getRecordComponents()) System.out.println(rc + " -> " + rc.getAccessor());
        Field pf = Pair.class.getDeclaredField("second");
        pf.setAccessible(true);
        System.out.println(pf.get(p) + " " + Modifier.toString(pf.getModifiers()));
        try {
            pf.set(p, 5);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        try {
            pf.setInt(p, 6);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(p);
    }
}
