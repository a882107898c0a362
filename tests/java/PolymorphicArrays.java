// Arrays of interfaces and abstract classes, dispatch over mixed element types,
// arrays as Object, Cloneable and Serializable, array class identity.
public class PolymorphicArrays {
    interface Animal { String sound(); default String twice() { return sound() + sound(); } }
    static class Dog implements Animal { public String sound() { return "woof"; } }
    static class Cat implements Animal { public String sound() { return "meow"; } public String twice() { return "purr"; } }
    static abstract class Shape { abstract int sides(); }
    static class Tri extends Shape { int sides() { return 3; } }
    static class Quad extends Shape { int sides() { return 4; } }
    public static void main(String[] args) {
        Animal[] zoo = {new Dog(), new Cat(), new Dog(), () -> "tweet"};
        StringBuilder sb = new StringBuilder();
        for (Animal a : zoo) sb.append(a.sound()).append('/').append(a.twice()).append(' ');
        System.out.println(sb);
        Shape[] shapes = new Shape[6];
        for (int i = 0; i < shapes.length; i++) shapes[i] = i % 2 == 0 ? new Tri() : new Quad();
        int total = 0; for (Shape s : shapes) total += s.sides();
        System.out.println(total);
        Object arr = shapes;
        System.out.println((arr instanceof Object[]) + " " + (arr instanceof Shape[]) + " " + (arr instanceof Tri[]) + " " + (arr instanceof Cloneable) + " " + (arr instanceof java.io.Serializable));
        System.out.println((new Tri[0].getClass() == Tri[].class) + " " + (new Tri[0].getClass() == new Tri[5].getClass()) + " " + Tri[].class.getComponentType().getSimpleName());
        Object[] generic = zoo;
        System.out.println(generic.length + " " + generic.getClass().getSimpleName());
    }
}
