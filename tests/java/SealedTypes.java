// Sealed classes and interfaces (PermittedSubclasses), records as permitted
// subtypes, exhaustive dispatch by instanceof.
public class SealedTypes {
    sealed interface Shape permits Circle, Square, Poly { }
    record Circle(double r) implements Shape { }
    record Square(double side) implements Shape { }
    static non-sealed class Poly implements Shape { int n = 5; }
    static final class Tri extends Poly { Tri() { n = 3; } }
    static abstract sealed class Expr permits Num, Add { abstract int eval(); }
    static final class Num extends Expr { final int v; Num(int v) { this.v = v; } int eval() { return v; } }
    static final class Add extends Expr { final Expr a, b; Add(Expr a, Expr b) { this.a = a; this.b = b; } int eval() { return a.eval() + b.eval(); } }
    static String describe(Shape s) {
        if (s instanceof Circle c) return "circle " + c.r();
        if (s instanceof Square q) return "square " + q.side();
        if (s instanceof Poly p) return "poly " + p.n;
        return "?";
    }
    public static void main(String[] args) {
        Shape[] ss = {new Circle(1.5), new Square(2), new Poly(), new Tri()};
        for (Shape s : ss) System.out.println(describe(s));
        System.out.println(new Add(new Num(2), new Add(new Num(3), new Num(4))).eval());
        System.out.println(Shape.class.isSealed() + " " + Poly.class.isSealed() + " " + Expr.class.isSealed());
    }
}
