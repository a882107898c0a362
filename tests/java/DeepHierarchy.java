// Deep class and interface hierarchies: vtables and itables many levels deep,
// super chains, interface methods implemented high up the class chain.
public class DeepHierarchy {
    interface I1 { default String i1() { return "I1"; } }
    interface I2 extends I1 { String i2(); }
    interface I3 extends I2 { default String i1() { return "I3>" + I2.super.i1(); } }
    interface I4 extends I3, I1 { }
    static class L0 implements I2 { int depth() { return 0; } String name() { return "L0"; } public String i2() { return "L0.i2"; } }
    static class L1 extends L0 { int depth() { return super.depth() + 1; } }
    static class L2 extends L1 { int depth() { return super.depth() + 1; } String name() { return "L2"; } }
    static class L3 extends L2 { int depth() { return super.depth() + 1; } }
    static class L4 extends L3 implements I4 { int depth() { return super.depth() + 1; } }
    static class L5 extends L4 { int depth() { return super.depth() + 1; } String name() { return "L5/" + super.name(); } }
    static class L6 extends L5 { int depth() { return super.depth() + 1; } public String i2() { return "L6.i2"; } }
    static class L7 extends L6 { int depth() { return super.depth() + 1; } }
    static class L8 extends L7 { int depth() { return super.depth() + 1; } }
    static class L9 extends L8 { int depth() { return super.depth() + 1; } String name() { return "L9/" + super.name(); } }
    public static void main(String[] args) {
        L0[] all = {new L0(), new L1(), new L2(), new L3(), new L4(), new L5(), new L6(), new L7(), new L8(), new L9()};
        for (L0 o : all) {
            String ifs = (o instanceof I4 ? ((I4) o).i1() : o.i1()) + " " + ((I2) o).i2();
            System.out.println(o.getClass().getSimpleName() + " depth=" + o.depth() + " name=" + o.name() + " " + ifs + " " + (o instanceof I3));
        }
        I1 x = new L9();
        System.out.println(x.i1());
        Class<?> c = L9.class; int n = 0;
        while (c != null) { n++; c = c.getSuperclass(); }
        System.out.println(n);
    }
}
