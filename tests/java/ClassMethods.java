// Class: getName/getSimpleName of classes, arrays, nested and primitive classes;
// isInstance, getSuperclass, isInterface, isArray, isPrimitive,
// getComponentType, forName, class literals of the same class are identical.
public class ClassMethods {
    interface Marker { }
    static class Nested implements Marker { class Inner { } }
    enum E { A }
    record R(int x) { }
    public static void main(String[] args) throws Exception {
        Class<?>[] cs = {String.class, int.class, void.class, int[].class, String[][].class, Nested.class, Nested.Inner.class,
                         Marker.class, E.class, R.class, Nested[].class, double[][].class, Object.class, Integer.TYPE, boolean.class,
                         char.class, long[].class, Runnable.class, Thread.class};
        for (Class<?> c : cs) {
            Class<?> sup = c.getSuperclass();
            System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c + " | super=" + (sup == null ? "null" : sup.getName())
                + " iface=" + c.isInterface() + " array=" + c.isArray() + " prim=" + c.isPrimitive()
                + " comp=" + (c.getComponentType() == null ? "null" : c.getComponentType().getName()));
        }
        System.out.println(String.class.isInstance("s") + " " + String.class.isInstance(null) + " " + Marker.class.isInstance(new Nested()) + " " + Object[].class.isInstance(new String[0]) + " " + int.class.isInstance(1));
        System.out.println((Class.forName("ClassMethods$Nested") == Nested.class) + " " + (new int[0].getClass() == int[].class) + " " + (Class.forName("[I") == int[].class) + " " + Class.forName("java.lang.String").getSimpleName());
        try { Class.forName("does.not.Exist"); } catch (ClassNotFoundException e) { System.out.println("CNFE " + e.getMessage()); }
        Object anon = new Object() { };
        System.out.println(anon.getClass().getName() + " [" + anon.getClass().getSimpleName() + "] " + anon.getClass().getSuperclass().getName());
        System.out.println(Marker.class.getSuperclass() + " " + int[].class.getSuperclass().getName() + " " + E.A.getClass().getSuperclass().getName() + " " + R.class.getSuperclass().getName());
    }
}
