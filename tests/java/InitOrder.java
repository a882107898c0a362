// Instance initialization order: field initializers and initializer blocks in
// textual order, superclass constructor first, virtual call from a super constructor.
public class InitOrder {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return s.length(); }
    static class A {
        int a1 = note("A.a1");
        { note("A.block"); }
        A() { note("A()"); show(); }
        A(int x) { this(); note("A(int)"); }
        void show() { note("A.show"); }
    }
    static class B extends A {
        int b1 = note("B.b1");
        String msg = "set";
        { note("B.block"); }
        B() { super(1); note("B() msg=" + msg); }
        @Override void show() { note("B.show msg=" + msg + " b1=" + b1); }
    }
    static class C extends B {
        final int c;
        C(int c) { this.c = c; note("C(" + c + ")"); }
    }
    public static void main(String[] args) {
        new C(7);
        System.out.println(log);
        log.setLength(0);
        new A();
        System.out.println(log);
    }
}
