// Initialization cycles between classes see default values, as the spec says.
public class StaticInitCycle {
    static class A { static int a = B.b + 1; static int a2 = 10; }
    static class B { static int b = A.a2 + 5; static int fromA = A.a; }
    static class Self { static Self INSTANCE = new Self(); static int count = 5; int seen; Self() { seen = count; } }
    public static void main(String[] args) {
        System.out.println(A.a + " " + A.a2 + " " + B.b + " " + B.fromA);
        System.out.println(Self.INSTANCE.seen + " " + Self.count);
    }
}
