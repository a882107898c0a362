// Overload resolution: exact, widening, boxing, varargs, most specific with null,
// char vs int, static vs instance dispatch with overloads in subclasses.
public class Overloading {
    static String f(int x) { return "int"; }
    static String f(long x) { return "long"; }
    static String f(double x) { return "double"; }
    static String f(Integer x) { return "Integer"; }
    static String f(Object x) { return "Object"; }
    static String f(int... x) { return "int..."; }
    static String g(long x) { return "long"; }
    static String g(Integer x) { return "Integer"; }
    static String h(Object o) { return "Object"; }
    static String h(String s) { return "String"; }
    static String k(char c) { return "char"; }
    static String k(int i) { return "int"; }
    static class P { String m(Object o) { return "P.Object"; } }
    static class Q extends P { String m(Object o) { return "Q.Object"; } String m(String s) { return "Q.String"; } }
    public static void main(String[] args) {
        byte b = 1; short s = 2; char c = 'c'; long l = 3; float fl = 4f;
        System.out.println(f(1) + " " + f(b) + " " + f(s) + " " + f(c) + " " + f(l) + " " + f(fl) + " " + f(1.0));
        System.out.println(f(Integer.valueOf(1)) + " " + f("s") + " " + f() + " " + f(1, 2) + " " + f((Object) 1));
        System.out.println(g(5) + " " + h(null) + " " + h("x") + " " + h((Object) "x"));
        System.out.println(k('a') + " " + k(97) + " " + k((char) 97) + " " + k('a' + 1));
        P p = new Q(); Q q = new Q();
        System.out.println(p.m("s") + " " + q.m("s") + " " + q.m((Object) "s") + " " + q.m(1));
    }
}
