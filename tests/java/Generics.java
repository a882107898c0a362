// Generics: erasure, bridge methods (covariant returns and generic overrides),
// bounded types, generic methods, wildcards, raw types.
public class Generics {
    interface Box<T> { T get(); void set(T t); }
    static class IntBox implements Box<Integer> {
        Integer v = 0;
        public Integer get() { return v; }
        public void set(Integer t) { v = t * 2; }
    }
    static class Node<T extends Comparable<T>> {
        T val; Node<T> next;
        Node(T val, Node<T> next) { this.val = val; this.next = next; }
        T max() { T m = val; for (Node<T> n = next; n != null; n = n.next) if (n.val.compareTo(m) > 0) m = n.val; return m; }
    }
    static class Animal { Animal self() { return this; } public String toString() { return "Animal"; } }
    static class Dog extends Animal { @Override Dog self() { return this; } public String toString() { return "Dog"; } }
    static <T> T first(T[] arr) { return arr.length > 0 ? arr[0] : null; }
    static <A, B> String pair(A a, B b) { return "(" + a + ", " + b + ")"; }
    static double sum(Number[] ns) { double s = 0; for (Number n : ns) s += n.doubleValue(); return s; }
    static class Pair<K, V> { final K k; final V v; Pair(K k, V v) { this.k = k; this.v = v; } <R> Pair<R, V> withKey(R r) { return new Pair<>(r, v); } public String toString() { return k + "=" + v; } }
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        Box<Integer> b = new IntBox();
        b.set(21);
        System.out.println(b.get());
        Box raw = b;
        try { raw.set("str"); } catch (ClassCastException e) { System.out.println("CCE via bridge"); }
        Node<String> list = new Node<>("pear", new Node<>("zebra", new Node<>("apple", null)));
        System.out.println(list.max());
        Node<Integer> il = new Node<>(5, new Node<>(-3, new Node<>(17, null)));
        System.out.println(il.max());
        Animal a = new Dog();
        System.out.println(a.self() + " " + new Dog().self());
        System.out.println(first(new String[]{"x", "y"}) + " " + first(new Integer[0]));
        System.out.println(pair(1, "one") + " " + pair('c', 2.5));
        System.out.println(sum(new Integer[]{1, 2, 3}) + " " + sum(new Number[]{1.5, 2L, (short) 3}));
        Pair<String, Integer> p = new Pair<>("a", 1);
        System.out.println(p + " " + p.withKey(3.5));
    }
}
