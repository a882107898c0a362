// Virtual dispatch through several levels, super calls, overriding vs static hiding,
// protected access, abstract classes, final methods.
public class Inheritance {
    static abstract class Shape {
        abstract double area();
        String name() { return "shape"; }
        final String describe() { return name() + " area=" + area(); }
        static String kind() { return "Shape"; }
    }
    static class Rect extends Shape {
        protected final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        double area() { return w * h; }
        String name() { return "rect"; }
        static String kind() { return "Rect"; }
    }
    static class Square extends Rect {
        Square(double s) { super(s, s); }
        String name() { return "square(" + super.name() + ")"; }
    }
    static class Circle extends Shape {
        final double r;
        Circle(double r) { this.r = r; }
        double area() { return 3 * r * r; }
    }
    static class A { String who() { return "A"; } String call() { return who(); } }
    static class B extends A { String who() { return "B"; } String sup() { return super.who(); } }
    static class C extends B { String who() { return "C"; } String sup() { return super.sup() + "/" + super.who(); } }
    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3), new Square(4), new Circle(1)};
        for (Shape s : shapes) System.out.println(s.describe());
        System.out.println(Shape.kind() + " " + Rect.kind() + " " + Square.kind());
        A a = new C();
        System.out.println(a.who() + " " + a.call() + " " + ((B) a).sup());
        System.out.println(new B().sup() + " " + new A().call());
        Object o = new Square(1);
        System.out.println((o instanceof Shape) + " " + (o instanceof Rect) + " " + (o instanceof Circle));
        System.out.println(o.getClass().getSuperclass().getName() + " " + o.getClass().getSuperclass().getSuperclass().getName());
    }
}
