import java.io.Serializable;
import java.lang.reflect.*;
import java.util.*;
import java.util.function.*;

/* toGenericString and Parameter.toString of generic fields, methods and constructors (from their Signature attributes). */
public class ReflectGenerics<T extends Number> {
    public List<String> names;
    public Map<String, List<? extends Number>> map;
    public Map.Entry<T, ? super Integer>[] entries;
    protected T value;
    public T[][] grid;
    public List<?> any;
    public List<? extends Object> anyObject;
    public Outer<String>.Inner<Integer> inner;
    public Comparable<T> cmp;
    public int plain;
    public String[] plainArray;

    class Outer<A> { class Inner<B> { } }

    public ReflectGenerics() { }
    public <X> ReflectGenerics(X x, List<X> xs) { }
    public <E extends Exception> void failing(Supplier<E> s) throws E, java.io.IOException { }
    public static <K extends Comparable<K> & Serializable, V> Map<K, V> make(K k, V... vs) { return null; }
    public T get(int i) { return null; }
    public List<T[]> arrays(List<int[]> a, T[] b) { return null; }
    public <R> R apply(Function<? super T, ? extends R> f) { return null; }
    public void raw(List l, Map<String, ?> m) { }
    public void plainMethod(String s, int i) { }
    public abstract static class Base<S> implements Comparable<Base<S>> { public abstract <Q extends S> Q pick(Set<Q> s); }

    public static void main(String[] args) throws Exception {
        Field[] fs = ReflectGenerics.class.getDeclaredFields();
        Arrays.sort(fs, Comparator.comparing(Field::getName));
        for (Field f : fs) System.out.println(f.toGenericString() + "  |  " + f);
        Method[] ms = ReflectGenerics.class.getDeclaredMethods();
        Arrays.sort(ms, Comparator.comparing(Method::getName));
        for (Method m : ms) {
            if (m.getName().startsWith("lambda$") || m.getName().equals("main")) continue;
            System.out.println(m.toGenericString() + "  |  " + m);
            for (Parameter p : m.getParameters()) System.out.println("    " + p);
        }
        Constructor<?>[] cs = ReflectGenerics.class.getDeclaredConstructors();
        Arrays.sort(cs, Comparator.comparing(Constructor::getParameterCount));
        for (Constructor<?> c : cs) {
            System.out.println(c.toGenericString() + "  |  " + c);
            for (Parameter p : c.getParameters()) System.out.println("    " + p);
        }
        for (Method m : Base.class.getDeclaredMethods()) System.out.println(m.toGenericString());
        System.out.println(Comparable.class.getMethod("compareTo", Object.class).toGenericString());
        System.out.println(List.class.getMethod("get", int.class).toGenericString());
        System.out.println(Map.class.getMethod("entrySet").toGenericString());
    }
}
