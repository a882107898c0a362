import java.lang.reflect.*;
import java.util.*;

/* getMethods' merging rules: diamonds, defaults overridden by subinterfaces, re-abstracted methods, covariant returns, statics. */
public class ReflectPublicMethods {
    interface A { default String who() { return "A"; } void run(); static void util() { } Object make(); }
    interface B extends A { default String who() { return "B"; } }
    interface C extends A { }
    interface D extends B, C { String make(); }
    interface E { default String who() { return "E"; } }
    static abstract class Base implements D { public abstract String who(); public static void sutil() { } protected void prot() { } }
    static class Impl extends Base implements E { public String who() { return "Impl"; } public void run() { } public String make() { return "m"; } }
    static abstract class Partial implements C { }
    interface Fi { int hashCode(); boolean equals(Object o); String toString(); void go(); }

    static void print(String what, Class<?> c) {
        Method[] ms = c.getMethods();
        String[] s = new String[ms.length];
        for (int i = 0; i < ms.length; i++)
            s[i] = ms[i].getDeclaringClass().getSimpleName() + "." + ms[i].getName() + Arrays.toString(ms[i].getParameterTypes()) + ":"
                + ms[i].getReturnType().getSimpleName() + (ms[i].isDefault() ? " default" : "") + (Modifier.isAbstract(ms[i].getModifiers()) ? " abstract" : "")
                + (ms[i].isBridge() ? " bridge" : "");
        Arrays.sort(s);
        System.out.println(what + " (" + s.length + ")");
        for (String x : s) System.out.println("  " + x);
    }

    public static void main(String[] args) throws Exception {
        for (Class<?> c : new Class<?>[] { A.class, B.class, C.class, D.class, Base.class, Impl.class, Partial.class, Fi.class })
            print(c.getSimpleName(), c);
        System.out.println(D.class.getMethod("who").getDeclaringClass().getSimpleName() + " " + D.class.getMethod("make").getReturnType().getSimpleName()
            + " " + Partial.class.getMethod("who").getDeclaringClass().getSimpleName() + " " + Impl.class.getMethod("make").getReturnType().getSimpleName());
        System.out.println(D.class.getMethod("who").invoke(new Impl()) + " " + A.class.getMethod("who").invoke(new Impl()) + " "
            + C.class.getMethod("who").invoke(new Partial() { public void run() { } public Object make() { return null; } }));
    }
}
