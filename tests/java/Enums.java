// Enums: values, valueOf, ordinal, name, compareTo, fields and constructors,
// constant-specific bodies with abstract methods, static lookups, valueOf failure.
public class Enums {
    enum Color { RED, GREEN, BLUE }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        TIMES("*") { int apply(int a, int b) { return a * b; } };
        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
        public String toString() { return "Op" + sym; }
    }
    enum Single { ONLY; int counter; }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + c.compareTo(Color.GREEN));
        System.out.println(Color.valueOf("BLUE") == Color.BLUE);
        System.out.println(Enum.valueOf(Color.class, "RED"));
        try { Color.valueOf("PURPLE"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Color.valueOf(null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        for (Planet p : Planet.values()) System.out.println(p + " " + p.gravity());
        for (Op op : Op.values()) System.out.println(op + " " + op.name() + " " + op.apply(6, 7) + " " + op.getClass().getSuperclass().getName() + " " + op.getDeclaringClass().getName());
        Single.ONLY.counter++;
        Single.ONLY.counter++;
        System.out.println(Single.ONLY.counter + " " + Single.values().length);
        Color[] v1 = Color.values(), v2 = Color.values();
        System.out.println((v1 != v2) + " " + (v1[0] == v2[0]));
        System.out.println(Color.RED.equals(Color.RED) + " " + Color.RED.equals(Color.BLUE) + " " + (Color.RED.hashCode() == Color.RED.hashCode()));
        System.out.println(Color.class.isEnum() + " " + Color.GREEN.getClass().getName() + " " + Color.class.getEnumConstants().length);
    }
}
