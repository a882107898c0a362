// Objects: the method-call and field-access heavy workload of a typical
// object-oriented program.  Interface calls at a polymorphic site (four
// shapes), virtual calls down a class hierarchy (an expression tree
// evaluated again and again), getters and setters, and a small immutable
// value object allocated on every step.  All arithmetic is int, so the
// checksum is exact.
// Usage: Objects [iterations]
public class Objects {
    interface Shape {
        int area();

        int perimeter();

        Shape grow(int k);
    }

    static final class Rect implements Shape {
        private final int w, h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        public int area() { return w * h; }

        public int perimeter() { return 2 * (w + h); }

        public Shape grow(int k) { return new Rect(w + k, h + k); }
    }

    static final class Square implements Shape {
        private final int side;

        Square(int side) { this.side = side; }

        public int area() { return side * side; }

        public int perimeter() { return 4 * side; }

        public Shape grow(int k) { return new Square(side + k); }
    }

    static final class Triangle implements Shape {
        private final int a, b, c;

        Triangle(int a, int b, int c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }

        public int area() { return a * b / 2; }

        public int perimeter() { return a + b + c; }

        public Shape grow(int k) { return new Triangle(a + k, b + k, c + k); }
    }

    static final class Circle implements Shape {
        private final int r;

        Circle(int r) { this.r = r; }

        public int area() { return 3 * r * r; }

        public int perimeter() { return 6 * r; }

        public Shape grow(int k) { return new Circle(r + k); }
    }

    // An expression tree: virtual calls on an abstract class.
    abstract static class Expr {
        abstract int eval();

        int depth() { return 1; }
    }

    static final class Const extends Expr {
        private final int value;

        Const(int value) { this.value = value; }

        int eval() { return value; }
    }

    static final class Var extends Expr {
        private int value;

        int getValue() { return value; }

        void setValue(int value) { this.value = value; }

        int eval() { return getValue(); }
    }

    abstract static class Binary extends Expr {
        protected final Expr left, right;

        Binary(Expr left, Expr right) {
            this.left = left;
            this.right = right;
        }

        int depth() { return 1 + Math.max(left.depth(), right.depth()); }
    }

    static final class Add extends Binary {
        Add(Expr l, Expr r) { super(l, r); }

        int eval() { return left.eval() + right.eval(); }
    }

    static final class Mul extends Binary {
        Mul(Expr l, Expr r) { super(l, r); }

        int eval() { return left.eval() * right.eval(); }
    }

    static class Sub extends Binary {
        Sub(Expr l, Expr r) { super(l, r); }

        int eval() { return left.eval() - right.eval(); }
    }

    // Overrides an override: one more level of the hierarchy.
    static final class AbsSub extends Sub {
        AbsSub(Expr l, Expr r) { super(l, r); }

        int eval() {
            int v = super.eval();
            return v < 0 ? -v : v;
        }
    }

    // A mutable bean with getters and setters, as application code has them.
    static final class Account {
        private int balance;
        private int operations;
        private Account next;

        int getBalance() { return balance; }

        void setBalance(int balance) { this.balance = balance; }

        int getOperations() { return operations; }

        void setOperations(int operations) { this.operations = operations; }

        Account getNext() { return next; }

        void setNext(Account next) { this.next = next; }

        void deposit(int amount) {
            setBalance(getBalance() + amount);
            setOperations(getOperations() + 1);
        }
    }

    // An immutable 2-D point: a small object allocated per step.
    static final class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        Point plus(Point o) { return new Point(x + o.x, y + o.y); }

        int manhattan() { return Math.abs(x) + Math.abs(y); }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 400000;
        Shape[] shapes = { new Rect(3, 4), new Square(5), new Triangle(3, 4, 5), new Circle(2),
                new Square(1), new Rect(1, 7), new Circle(3), new Triangle(6, 8, 10) };
        Var x = new Var();
        Expr e = new Add(new Mul(x, new Const(3)),
                new AbsSub(new Mul(x, x), new Add(new Const(7), new Sub(x, new Const(2)))));
        Account[] ring = new Account[16];
        for (int i = 0; i < ring.length; i++)
            ring[i] = new Account();
        for (int i = 0; i < ring.length; i++)
            ring[i].setNext(ring[(i + 5) % ring.length]);

        int checksum = 0;
        Point p = new Point(0, 0);
        Account acc = ring[0];
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i & 7];
            Shape g = s.grow(i & 3);
            checksum += s.area() + g.perimeter();
            x.setValue(i & 255);
            checksum += e.eval();
            acc.deposit(i & 15);
            acc = acc.getNext();
            p = p.plus(new Point((i & 1) == 0 ? 1 : -3, i % 3));
            checksum ^= p.manhattan();
        }
        int balances = 0, ops = 0;
        for (Account a : ring) {
            balances += a.getBalance();
            ops += a.getOperations();
        }
        System.out.print("objects checksum ");
        System.out.println(checksum);
        System.out.print("balances ");
        System.out.print(balances);
        System.out.print(" operations ");
        System.out.print(ops);
        System.out.print(" depth ");
        System.out.println(e.depth());
    }
}
