// Nestmates (Java 11+): private constructors, fields, methods and static members
// reached directly between nest members, without synthetic accessors.
public class NestmatePrivate {
    private int secret = 7;
    private static int sSecret = 8;
    private NestmatePrivate() { }
    private NestmatePrivate(int s) { secret = s; }
    private int twice() { return secret * 2; }
    private static String hidden() { return "hidden"; }
    static class A {
        private int aPriv = 1;
        private A() { }
        int readOuter(NestmatePrivate o) { return o.secret + o.twice() + sSecret; }
        NestmatePrivate make() { return new NestmatePrivate(99); }
        static class B { private String bPriv() { return "B.priv " + hidden(); } int readA(A a) { return a.aPriv; } }
    }
    interface I { private int p() { return 5; } default int q() { return p() * 2; } }
    public static void main(String[] args) {
        A a = new A();
        NestmatePrivate o = new NestmatePrivate();
        System.out.println(a.readOuter(o) + " " + a.make().secret + " " + a.aPriv);
        A.B b = new A.B();
        System.out.println(b.bPriv() + " " + b.readA(a));
        a.aPriv = 42;
        sSecret++;
        System.out.println(b.readA(a) + " " + sSecret + " " + new I() { }.q());
    }
}
