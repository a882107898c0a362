// checkcast and instanceof on classes, interfaces and arrays; covariant arrays;
// ClassCastException messages as JDK 17 words them; instanceof patterns.
public class Casts {
    interface Animal { }
    static class Cat implements Animal { }
    static class Lion extends Cat { }
    static class Rock { }
    static void tryCast(Object o, String what) {
        try {
            switch (what) {
                case "Cat": { Cat c = (Cat) o; System.out.println("ok Cat"); break; }
                case "Animal": { Animal a = (Animal) o; System.out.println("ok Animal"); break; }
                case "String": { String s = (String) o; System.out.println("ok String " + s); break; }
                case "Object[]": { Object[] a = (Object[]) o; System.out.println("ok Object[] " + a.length); break; }
                case "int[]": { int[] a = (int[]) o; System.out.println("ok int[] " + a.length); break; }
                case "Cat[]": { Cat[] a = (Cat[]) o; System.out.println("ok Cat[] " + a.length); break; }
                case "Integer": { Integer i = (Integer) o; System.out.println("ok Integer " + i); break; }
            }
        } catch (ClassCastException e) {
            System.out.println("CCE: " + e.getMessage());
        }
    }
    public static void main(String[] args) {
        Object cat = new Cat(), lion = new Lion(), rock = new Rock();
        tryCast(cat, "Cat"); tryCast(lion, "Cat"); tryCast(rock, "Cat");
        tryCast(lion, "Animal"); tryCast(rock, "Animal");
        tryCast("str", "String"); tryCast(42, "String"); tryCast(null, "String");
        tryCast(new String[2], "Object[]"); tryCast(new int[3], "Object[]"); tryCast(new int[3], "int[]");
        tryCast(new long[1], "int[]"); tryCast(new Lion[4], "Cat[]"); tryCast(new Cat[1], "Cat[]"); tryCast(new Object[1], "Cat[]");
        tryCast(new int[0][0], "Object[]"); tryCast("x", "Integer"); tryCast(new Rock[0], "Cat[]");
        Object[] objs = {cat, lion, rock, "s", 1, null, new int[0], new Cat[0], new Lion[0][0], new Object[0]};
        for (Object o : objs) {
            System.out.println((o instanceof Cat) + " " + (o instanceof Animal) + " " + (o instanceof Object[])
                + " " + (o instanceof Cat[]) + " " + (o instanceof Animal[]) + " " + (o instanceof Object[][]) + " " + (o instanceof Comparable));
        }
        Object o = "pattern";
        if (o instanceof String s && s.length() > 3) System.out.println("pattern " + s.toUpperCase());
        Object n = 12;
        if (!(n instanceof Integer i)) System.out.println("no"); else System.out.println("int " + (i + 1));
        Cloneable cl = new int[2];
        java.io.Serializable ser = new String[1];
        System.out.println((cl instanceof int[]) + " " + (ser instanceof Object[]));
    }
}
