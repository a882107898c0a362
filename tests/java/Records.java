// Records: accessors, toString/equals/hashCode from ObjectMethods, compact
// constructors that validate and normalize, static members, nested records.
public class Records {
    record Point(int x, int y) {
        Point { if (x < 0) throw new IllegalArgumentException("x < 0: " + x); }
        Point scale(int k) { return new Point(x * k, y * k); }
        static Point origin() { return new Point(0, 0); }
    }
    record Named(String name, double value, long id, boolean flag, char c) {
        Named { name = name.trim(); }
    }
    record Empty() { }
    record Line(Point a, Point b) { }
    record Arr(int[] data) { }
    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.x() + " " + p.y());
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " " + p.equals(null) + " " + p.equals("x"));
        System.out.println((p.hashCode() == new Point(3, 4).hashCode()) + " " + new Point(0, 0).hashCode() + " " + new Point(1, 2).hashCode());
        System.out.println(p.scale(2) + " " + Point.origin());
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Named n = new Named("  padded  ", 1.5, 7L, true, 'q');
        System.out.println(n);
        System.out.println(n.equals(new Named("padded", 1.5, 7L, true, 'q')) + " " + n.hashCode());
        System.out.println(new Named("a", Double.NaN, 0, false, 'x').equals(new Named("a", Double.NaN, 0, false, 'x')));
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Line l = new Line(p, new Point(5, 6));
        System.out.println(l + " " + l.equals(new Line(new Point(3, 4), new Point(5, 6))));
        int[] d = {1};
        System.out.println(new Arr(d).equals(new Arr(d)) + " " + new Arr(d).equals(new Arr(new int[]{1})));
        System.out.println(p.getClass().getSuperclass().getName() + " " + Point.class.isRecord());
        Named nn = new Named("z", -0.0, 1, false, 'c');
        System.out.println(nn.equals(new Named("z", 0.0, 1, false, 'c')));
    }
}
