// Anonymous classes extending classes with constructor arguments, instance
// initializers, captured variables, anonymous abstract-class implementations.
public class AnonymousClasses {
    static abstract class Counter {
        final String name; int n;
        Counter(String name, int start) { this.name = name; this.n = start; }
        abstract int step();
        int advance() { n += step(); return n; }
    }
    static class Greeter { String greet(String w) { return "Hello " + w; } }
    public static void main(String[] args) {
        int inc = 3;
        Counter c = new Counter("by3", 10) {
            int calls;
            { calls = 100; }
            int step() { calls++; return inc; }
            public String toString() { return name + ":" + n + ":" + calls; }
        };
        c.advance(); c.advance();
        System.out.println(c);
        Greeter g = new Greeter() { String greet(String w) { return super.greet(w).toUpperCase() + "!"; } };
        System.out.println(g.greet("anon"));
        Object o = new Object() { public String toString() { return "custom toString"; } };
        System.out.println(o);
        Comparable<String> cmp = new Comparable<String>() { public int compareTo(String s) { return s.length(); } };
        System.out.println(cmp.compareTo("four"));
        Counter[] cs = new Counter[3];
        for (int i = 0; i < 3; i++) { final int k = i; cs[i] = new Counter("c" + i, i) { int step() { return k * 10; } }; }
        StringBuilder sb = new StringBuilder();
        for (Counter x : cs) sb.append(x.advance()).append(' ');
        System.out.println(sb + " " + (cs[0].getClass() == cs[1].getClass()));
    }
}
