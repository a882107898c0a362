import java.util.*;
import java.util.function.*;

/* Nesting: declared member classes, enclosing classes, methods and constructors of local and anonymous classes, nest hosts. */
public class ReflectNesting {
    public static class PubNested { public class PubInner { } }
    private static class PrivNested { }
    interface Iface { class InIface { } }
    public class PubInner { }
    static class Sub extends PubNested { public static class SubPub { } }

    Object field = new Object() { };
    Object fromCtor;
    ReflectNesting() {
        class InCtor { }
        fromCtor = new InCtor();
    }
    static Object fromStatic = new Runnable() { public void run() { } };

    static Object make(int x, String s) {
        class InMethod { }
        return new InMethod();
    }

    static String names(Class<?>[] cs) {
        String[] s = new String[cs.length];
        for (int i = 0; i < cs.length; i++) s[i] = cs[i].getName();
        Arrays.sort(s);
        return Arrays.toString(s);
    }

    static void show(String what, Class<?> c) {
        System.out.println(what + ": " + c.getName() + " simple=" + c.getSimpleName() + " canonical=" + c.getCanonicalName()
            + " enclosing=" + (c.getEnclosingClass() == null ? null : c.getEnclosingClass().getSimpleName())
            + " declaring=" + (c.getDeclaringClass() == null ? null : c.getDeclaringClass().getSimpleName())
            + " method=" + c.getEnclosingMethod() + " ctor=" + c.getEnclosingConstructor()
            + " anon=" + c.isAnonymousClass() + " local=" + c.isLocalClass() + " member=" + c.isMemberClass()
            + " host=" + c.getNestHost().getSimpleName());
    }

    public static void main(String[] args) {
        System.out.println(names(ReflectNesting.class.getDeclaredClasses()));
        System.out.println(names(ReflectNesting.class.getClasses()));
        System.out.println(names(Sub.class.getClasses()) + " " + names(Sub.class.getDeclaredClasses()));
        System.out.println(names(Iface.class.getDeclaredClasses()) + " " + names(PrivNested.class.getDeclaredClasses()) + " " + names(int[].class.getDeclaredClasses())
            + " " + names(int.class.getClasses()));
        ReflectNesting r = new ReflectNesting();
        show("field", r.field.getClass());
        show("ctor", r.fromCtor.getClass());
        show("static", fromStatic.getClass());
        show("method", make(1, "a").getClass());
        show("member", PubNested.PubInner.class);
        show("top", ReflectNesting.class);
        Supplier<Object> sup = () -> new Object() { };
        show("in lambda", sup.get().getClass());
        show("array", PubInner[].class);
        System.out.println(PubNested.class.isNestmateOf(ReflectNesting.class) + " " + ReflectNesting.class.isNestmateOf(String.class)
            + " " + int.class.isNestmateOf(int.class) + " " + String.class.getNestHost().getSimpleName() + " " + int[].class.getNestHost().getName());
    }
}
