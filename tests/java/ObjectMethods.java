// Object's equals, hashCode contract, toString default form (without printing
// the identity hash itself), getClass, and overriding them.
public class ObjectMethods {
    static class Plain { }
    static class Val {
        final int v;
        Val(int v) { this.v = v; }
        public boolean equals(Object o) { return o instanceof Val && ((Val) o).v == v; }
        public int hashCode() { return v * 31; }
        public String toString() { return "Val(" + v + ")"; }
    }
    public static void main(String[] args) {
        Plain a = new Plain(), b = new Plain();
        System.out.println(a.equals(a) + " " + a.equals(b) + " " + a.equals(null));
        System.out.println(a.hashCode() == a.hashCode());
        System.out.println(a.hashCode() == System.identityHashCode(a));
        String ts = a.toString();
        System.out.println(ts.startsWith("ObjectMethods$Plain@") + " " + ts.equals("ObjectMethods$Plain@" + Integer.toHexString(a.hashCode())));
        Object o = new Object();
        System.out.println(o.toString().startsWith("java.lang.Object@") + " " + o.getClass().getName());
        Val x = new Val(3), y = new Val(3);
        System.out.println(x.equals(y) + " " + (x == y) + " " + x.hashCode() + " " + x + " " + (System.identityHashCode(x) == System.identityHashCode(x)));
        System.out.println(System.identityHashCode(null));
        int distinct = 0;
        Object[] objs = new Object[50];
        for (int i = 0; i < objs.length; i++) objs[i] = new Object();
        for (int i = 1; i < objs.length; i++) if (objs[i].hashCode() != objs[0].hashCode()) distinct++;
        System.out.println(distinct > 40);
        System.out.println("str".equals("str") + " " + "str".hashCode() + " " + Integer.valueOf(5).hashCode() + " " + Long.valueOf(-1L).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('a').hashCode());
        System.out.println(Double.valueOf(1.5).hashCode() + " " + Float.valueOf(1.5f).hashCode() + " " + Short.valueOf((short) -3).hashCode() + " " + Byte.valueOf((byte) 9).hashCode());
    }
}
