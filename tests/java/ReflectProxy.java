import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

/* java.lang.reflect.Proxy: handlers, boxing of arguments and results, Object's methods, exceptions, errors. */
public class ReflectProxy {
    public interface Calc { int add(int a, int b); long mul(long a, long b); double half(double d); boolean flag(boolean z, char c, byte b, short s, float f);
        String name(); void nothing(); Object any(Object o); int[] arr(int[] a); default String hello() { return "default"; } }
    public interface Io { void read() throws java.io.IOException; void boom(); }
    interface Hidden { String secret(); }
    public interface Other { String name(); }

    static class Recorder implements InvocationHandler {
        final List<String> log = new ArrayList<>();
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            log.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + (args == null ? "()" : Arrays.deepToString(args)));
            switch (m.getName()) {
            case "add": return (Integer) args[0] + (Integer) args[1];
            case "mul": return (Long) args[0] * (Long) args[1];
            case "half": return (Double) args[0] / 2;
            case "flag": return !(Boolean) args[0];
            case "name": return "proxy";
            case "any": return args[0];
            case "arr": return args[0];
            case "hashCode": return 42;
            case "equals": return proxy == args[0];
            case "toString": return "Proxy!";
            case "hello": return "from handler";
            case "secret": return "hidden";
            case "read": throw new java.io.IOException("io");
            case "boom": throw new Exception("checked but undeclared");
            default: return null;
            }
        }
    }

    static final ClassLoader L = ReflectProxy.class.getClassLoader();

    public static void main(String[] args) throws Throwable {
        Recorder r = new Recorder();
        Calc c = (Calc) Proxy.newProxyInstance(L, new Class<?>[] { Calc.class }, r);
        System.out.println(c.add(2, 3) + " " + c.mul(1L << 20, 3) + " " + c.half(5) + " " + c.flag(true, 'x', (byte) 1, (short) 2, 1.5f) + " " + c.name());
        c.nothing();
        System.out.println(c.any("thing") + " " + c.arr(new int[] { 7 })[0] + " " + c.hello());
        System.out.println(c.hashCode() + " " + c.equals(c) + " " + c.equals("x") + " " + c);
        for (String s : r.log) System.out.println("  " + s);
        System.out.println(Proxy.isProxyClass(c.getClass()) + " " + Proxy.isProxyClass(String.class) + " " + (Proxy.getInvocationHandler(c) == r)
            + " " + (c instanceof Proxy) + " " + Modifier.toString(c.getClass().getModifiers()) + " " + c.getClass().getSuperclass().getName()
            + " " + Arrays.toString(c.getClass().getInterfaces()));
        Calc c2 = (Calc) Proxy.newProxyInstance(L, new Class<?>[] { Calc.class }, (p, m, a) -> 0);
        System.out.println((c.getClass() == c2.getClass()) + " " + c2.add(1, 1));
        // exceptions
        Io io = (Io) Proxy.newProxyInstance(L, new Class<?>[] { Io.class }, r);
        try { io.read(); } catch (java.io.IOException e) { System.out.println("declared: " + e); }
        try { io.boom(); } catch (UndeclaredThrowableException e) { System.out.println("undeclared: " + e.getCause() + " " + e.getUndeclaredThrowable().getMessage()); }
        Calc bad = (Calc) Proxy.newProxyInstance(L, new Class<?>[] { Calc.class }, (p, m, a) -> m.getName().equals("add") ? "not an int" : null);
        try { bad.add(1, 2); } catch (ClassCastException e) { System.out.println("ClassCastException"); }
        try { bad.mul(1, 2); } catch (NullPointerException e) { System.out.println("NullPointerException"); }
        System.out.println(bad.name());
        Calc thrower = (Calc) Proxy.newProxyInstance(L, new Class<?>[] { Calc.class }, (p, m, a) -> { throw new IllegalStateException("from handler"); });
        try { thrower.nothing(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        // several interfaces, non-public ones, same method in two interfaces
        Object multi = Proxy.newProxyInstance(L, new Class<?>[] { Hidden.class, Other.class, Runnable.class }, r);
        System.out.println(((Hidden) multi).secret() + " " + ((Other) multi).name() + " " + (multi instanceof Runnable));
        ((Runnable) multi).run();
        System.out.println(r.log.get(r.log.size() - 1));
        Supplier<String> sup = (Supplier<String>) Proxy.newProxyInstance(null, new Class<?>[] { Supplier.class }, (p, m, a) -> m.getName());
        System.out.println(sup.get());
        // argument checks
        for (Class<?>[] is : new Class<?>[][] { { String.class }, { Calc.class, Calc.class } }) {
            try { Proxy.newProxyInstance(L, is, r); } catch (IllegalArgumentException e) { System.out.println("IllegalArgumentException: " + e.getMessage()); }
        }
        try { Proxy.newProxyInstance(L, new Class<?>[] { Calc.class }, null); } catch (NullPointerException e) { System.out.println("NullPointerException"); }
        try { Proxy.newProxyInstance(null, new Class<?>[] { Calc.class }, r); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Proxy.getInvocationHandler("no"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        // default methods through InvocationHandler.invokeDefault
        Calc viaDefault = (Calc) Proxy.newProxyInstance(L, new Class<?>[] { Calc.class }, (p, m, a) ->
            m.isDefault() ? "[" + InvocationHandler.invokeDefault(p, m, a) + "]" : m.getName().equals("name") ? "named" : null);
        System.out.println(viaDefault.hello() + " " + viaDefault.name());
        try {
            InvocationHandler.invokeDefault(viaDefault, Calc.class.getMethod("name"));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException (abstract)");
        }
        try {
            InvocationHandler.invokeDefault("not a proxy", Calc.class.getMethod("hello"));
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException (not a proxy)");
        }
        // reflection on a proxy
        System.out.println(Calc.class.getMethod("add", int.class, int.class).invoke(c, 20, 22));
        System.out.println(ReflectProxy.class.getClassLoader() == ClassLoader.getSystemClassLoader() ? "app loader" : "?");
        System.out.println(String.class.getClassLoader() + " " + int.class.getClassLoader() + " " + (ReflectProxy[].class.getClassLoader() != null));
    }
}
