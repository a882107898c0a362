import java.io.Serializable;
import java.lang.reflect.*;
import java.util.*;

/* Generic types through reflection: fields, methods, superclasses,
 * wildcards, bounds, arrays, owner types, records and enums. */
public class ReflectGenericTypes {
    static class Base<T, U extends Number> implements Comparable<Base<T, U>>, Serializable {
        public int compareTo(Base<T, U> o) { return 0; }
    }

    static class Sub extends Base<String, Integer> implements Iterable<Map.Entry<String, List<Integer>>> {
        public Iterator<Map.Entry<String, List<Integer>>> iterator() { return null; }
    }

    class Outer<A> {
        class Inner<B> {
            A a;
            B b;
        }
        Inner<String> in;
    }

    static class Holder<K extends Comparable<K>, V> {
        public List<String> names;
        public Map<String, List<? extends Number>> nested;
        public List<?> any;
        public Comparator<? super K> cmp;
        public K[] keys;
        public List<V>[] lists;
        public int plain;
        public String[] strings;
        public List<String>[][] grid;
        public Outer<Integer>.Inner<Long> owned;
        public Map.Entry<K, V> entry;

        public <T extends Number & Comparable<T>> T max(List<? extends T> xs, T[] arr, int n) { return null; }
        public <E extends Exception> void fail(Class<E> c) throws E, java.io.IOException { }
        public Map<K, V> get() { return null; }
        public void raw(List l, String s) { }
        public Holder(Set<V> s) { }
    }

    record Pair<L, R>(L left, List<R> right) { }

    enum Color { RED, GREEN }

    static String d(Type t) {
        if (t instanceof Class)
            return "Class " + t.getTypeName();
        if (t instanceof ParameterizedType p) {
            StringBuilder sb = new StringBuilder("P[" + d(p.getRawType()) + " owner=" + (p.getOwnerType() == null ? "null" : d(p.getOwnerType())) + " args=");
            for (Type a : p.getActualTypeArguments())
                sb.append(d(a)).append(';');
            return sb.append(']').toString();
        }
        if (t instanceof TypeVariable<?> v) {
            Object g = v.getGenericDeclaration();
            String gd = g instanceof Class ? ((Class<?>) g).getName() : ((Member) g).getName();
            return "TV " + v.getName() + " in " + gd;
        }
        if (t instanceof WildcardType w)
            return "W[up=" + Arrays.toString(w.getUpperBounds()) + " lo=" + Arrays.toString(w.getLowerBounds()) + "]";
        if (t instanceof GenericArrayType a)
            return "A[" + d(a.getGenericComponentType()) + "]";
        return "?" + t;
    }

    static void show(String what, Type t) {
        System.out.println(what + ": " + t + " | " + t.getTypeName() + " | " + d(t));
    }

    static void tvs(String what, TypeVariable<?>[] tv) {
        for (TypeVariable<?> v : tv)
            System.out.println(what + " tv " + v + " bounds " + Arrays.toString(v.getBounds()));
    }

    static void classInfo(Class<?> c) {
        System.out.println("== " + c.getName());
        Type s = c.getGenericSuperclass();
        System.out.println("super: " + (s == null ? "null" : s + " | " + d(s)));
        for (Type i : c.getGenericInterfaces())
            show("iface", i);
        tvs("class", c.getTypeParameters());
    }

    public static void main(String[] args) throws Exception {
        classInfo(Base.class);
        classInfo(Sub.class);
        classInfo(Holder.class);
        classInfo(Pair.class);
        classInfo(Color.class);
        classInfo(Outer.Inner.class);
        classInfo(ArrayList.class);
        classInfo(int[].class);
        classInfo(Runnable.class);

        Field[] fs = Holder.class.getDeclaredFields();
        Arrays.sort(fs, Comparator.comparing(Field::getName));
        for (Field f : fs)
            show("field " + f.getName(), f.getGenericType());
        Field in = Outer.class.getDeclaredField("in");
        show("field in", in.getGenericType());
        for (String n : new String[] { "a", "b" })
            show("field " + n, Outer.Inner.class.getDeclaredField(n).getGenericType());

        Method[] ms = Holder.class.getDeclaredMethods();
        Arrays.sort(ms, Comparator.comparing(Method::getName));
        for (Method m : ms) {
            show(m.getName() + " returns", m.getGenericReturnType());
            for (Type p : m.getGenericParameterTypes())
                show(m.getName() + " param", p);
            for (Type e : m.getGenericExceptionTypes())
                show(m.getName() + " throws", e);
            tvs(m.getName(), m.getTypeParameters());
            for (Parameter p : m.getParameters())
                show(m.getName() + " parameter " + p.getName(), p.getParameterizedType());
        }
        Constructor<?> k = Holder.class.getDeclaredConstructors()[0];
        for (Type p : k.getGenericParameterTypes())
            show("ctor param", p);

        RecordComponent[] rc = Pair.class.getRecordComponents();
        for (RecordComponent r : rc)
            show("record " + r.getName(), r.getGenericType());
        show("record accessor right", Pair.class.getDeclaredMethod("right").getGenericReturnType());
        show("enum super", Color.class.getGenericSuperclass());

        /* equality and hashing: across members and with each other */
        Type a = Holder.class.getField("names").getGenericType();
        Type b = Holder.class.getMethod("raw", List.class, String.class).getDeclaringClass().getField("names").getGenericType();
        System.out.println("equal " + a.equals(b) + " " + (a.hashCode() == b.hashCode()));
        Type k1 = Holder.class.getTypeParameters()[0];
        Type k2 = ((GenericArrayType) Holder.class.getField("keys").getGenericType()).getGenericComponentType();
        System.out.println("tv equal " + k1.equals(k2) + " " + (k1.hashCode() == k2.hashCode()));
        Type w1 = ((ParameterizedType) Holder.class.getField("any").getGenericType()).getActualTypeArguments()[0];
        Type w2 = ((ParameterizedType) Holder.class.getField("any").getGenericType()).getActualTypeArguments()[0];
        System.out.println("wildcard equal " + w1.equals(w2) + " " + (w1.hashCode() == w2.hashCode()));
        System.out.println("not equal " + a.equals(Holder.class.getField("any").getGenericType()));
        Type g1 = Holder.class.getField("lists").getGenericType();
        System.out.println("array equal " + g1.equals(Holder.class.getField("lists").getGenericType()));
        System.out.println("class is type " + (String.class instanceof Type) + " " + ((Type) String[][].class).getTypeName());
        TypeVariable<?> kv = (TypeVariable<?>) k1;
        System.out.println("decl " + (kv.getGenericDeclaration() == (Object) Holder.class));
        Method max = null;
        for (Method m : ms)
            if (m.getName().equals("max"))
                max = m;
        TypeVariable<?> t = max.getTypeParameters()[0];
        System.out.println("method decl " + t.getGenericDeclaration().equals(max));
        ParameterizedType cmpT = (ParameterizedType) t.getBounds()[1];
        System.out.println("self bound " + (cmpT.getActualTypeArguments()[0] == t || cmpT.getActualTypeArguments()[0].equals(t)));
    }
}
