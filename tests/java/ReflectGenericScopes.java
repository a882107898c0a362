import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

/* Where type variables come from: local classes in generic methods,
 * inner classes' constructors, interfaces, generic exceptions, raw and
 * erased members, and types without a Signature. */
public class ReflectGenericScopes<S extends CharSequence> {
    interface Shape<X> extends Supplier<List<X>>, Comparable<Shape<? extends X>> { }

    class Inner {
        Inner(List<S> xs, int n) { }
        S get() { return null; }
    }

    static <M extends Runnable> Object local() {
        class Local implements Function<M, M[]> {
            public M[] apply(M m) { return null; }
            Map<M, ? super Local> map;
        }
        return new Local();
    }

    static abstract class Thrower<E extends Throwable> {
        abstract void go() throws E;
        abstract <F extends E> void go2(Optional<F> f) throws F, InterruptedException;
    }

    public static Map<String, Map<Integer, String[]>>[] deep;
    public static Function<? super Integer, ? extends List<? super Number>> fn;
    public static List raw;
    public static Object plain;

    static void show(String what, Type t) {
        System.out.println(what + ": " + t.getTypeName() + " (" + kind(t) + ")");
    }

    static String kind(Type t) {
        if (t instanceof Class) return "Class";
        if (t instanceof ParameterizedType) return "ParameterizedType owner " + ((ParameterizedType) t).getOwnerType();
        if (t instanceof TypeVariable) {
            TypeVariable<?> v = (TypeVariable<?>) t;
            Object d = v.getGenericDeclaration();
            return "TypeVariable of " + (d instanceof Class ? ((Class<?>) d).getName() : d.toString())
                    + " bounds " + Arrays.toString(v.getBounds());
        }
        if (t instanceof WildcardType) return "WildcardType";
        if (t instanceof GenericArrayType) return "GenericArrayType";
        return "?";
    }

    static Method only(Class<?> c, String name) {
        for (Method m : c.getDeclaredMethods())
            if (m.getName().equals(name) && !m.isBridge())
                return m;
        throw new AssertionError(name);
    }

    public static void main(String[] args) throws Exception {
        Class<?> shape = Shape.class;
        System.out.println("interface super " + shape.getGenericSuperclass());
        for (Type t : shape.getGenericInterfaces())
            show("shape iface", t);

        Constructor<?> k = ReflectGenericScopes.Inner.class.getDeclaredConstructors()[0];
        System.out.println("inner ctor params " + k.getParameterCount() + " generic " + k.getGenericParameterTypes().length);
        for (Type t : k.getGenericParameterTypes())
            show("inner ctor", t);
        for (Parameter p : k.getParameters())
            show("inner ctor parameter", p.getParameterizedType());
        show("inner get", only(ReflectGenericScopes.Inner.class, "get").getGenericReturnType());

        Class<?> local = local().getClass();
        for (Type t : local.getGenericInterfaces())
            show("local iface", t);
        show("local apply returns", only(local, "apply").getGenericReturnType());
        show("local map", local.getDeclaredField("map").getGenericType());

        Method go = only(Thrower.class, "go");
        for (Type t : go.getGenericExceptionTypes())
            show("go throws", t);
        Method go2 = only(Thrower.class, "go2");
        for (Type t : go2.getGenericExceptionTypes())
            show("go2 throws", t);
        for (Type t : go2.getGenericParameterTypes())
            show("go2 param", t);
        System.out.println("go2 exceptions erased " + Arrays.toString(go2.getExceptionTypes()));

        for (String f : new String[] { "deep", "fn", "raw", "plain" })
            show("field " + f, ReflectGenericScopes.class.getField(f).getGenericType());
        ParameterizedType fnT = (ParameterizedType) ReflectGenericScopes.class.getField("fn").getGenericType();
        WildcardType w = (WildcardType) fnT.getActualTypeArguments()[1];
        System.out.println("wildcard upper " + Arrays.toString(w.getUpperBounds()) + " lower " + Arrays.toString(w.getLowerBounds()));
        WildcardType w0 = (WildcardType) fnT.getActualTypeArguments()[0];
        System.out.println("wildcard0 upper " + Arrays.toString(w0.getUpperBounds()) + " lower " + Arrays.toString(w0.getLowerBounds()));

        System.out.println("no signature " + Arrays.toString(Object.class.getTypeParameters())
                + " " + String.class.getGenericSuperclass() + " " + int.class.getGenericSuperclass()
                + " " + Arrays.toString(int.class.getGenericInterfaces()));
        System.out.println("array type name " + ((Type) int[][].class).getTypeName());
        System.out.println("toGenericString " + ReflectGenericScopes.class.getField("deep").toGenericString());

        Type mapArg = ((ParameterizedType) ((GenericArrayType) ReflectGenericScopes.class.getField("deep").getGenericType())
                .getGenericComponentType()).getActualTypeArguments()[1];
        System.out.println("set dedup " + new HashSet<>(List.of(mapArg,
                ((ParameterizedType) ((GenericArrayType) ReflectGenericScopes.class.getField("deep").getGenericType())
                        .getGenericComponentType()).getActualTypeArguments()[1])).size());
    }
}
