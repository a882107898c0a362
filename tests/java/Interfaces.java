// Interfaces: default, static and private methods, diamond defaults resolved with
// I.super.m(), interface constants, abstract class implementing an interface partly.
public class Interfaces {
    interface Greeter {
        String name();
        default String greet() { return prefix() + name(); }
        private String prefix() { return "Hello, "; }
        static Greeter of(String n) { return () -> n; }
    }
    interface Left { default String who() { return "Left"; } }
    interface Right { default String who() { return "Right"; } }
    static class Both implements Left, Right {
        public String who() { return Left.super.who() + "+" + Right.super.who(); }
    }
    interface Base { default String m() { return "Base"; } }
    interface Mid extends Base { default String m() { return "Mid>" + Base.super.m(); } }
    static class Impl implements Mid, Base { }
    interface Counter { int LIMIT = 3; int next(); }
    static abstract class Partial implements Counter { int n; public String toString() { return "n=" + n; } }
    static class Full extends Partial { public int next() { return n < LIMIT ? ++n : n; } }
    interface Shape { double area(); default String info() { return getClass().getSimpleName() + " " + area(); } }
    record Sq(double s) implements Shape { public double area() { return s * s; } }
    public static void main(String[] args) {
        Greeter g = Greeter.of("World");
        System.out.println(g.greet());
        Greeter anon = new Greeter() {
            public String name() { return "anon"; }
            public String greet() { return "Hi " + name() + " / " + Greeter.super.greet(); }
        };
        System.out.println(anon.greet());
        System.out.println(new Both().who());
        System.out.println(new Impl().m());
        Full f = new Full();
        for (int i = 0; i < 5; i++) System.out.print(f.next() + " ");
        System.out.println(f + " " + Counter.LIMIT);
        System.out.println(new Sq(3).info());
        Object o = f;
        System.out.println((o instanceof Counter) + " " + (o instanceof Greeter) + " " + Counter.class.isInterface() + " " + Full.class.isInterface());
    }
}
