// Class methods beyond the first library batch: isAssignableFrom, cast,
// getInterfaces, getPackageName.
public class ClassMethodsMore {
    interface Marker { }
    static class Nested implements Marker { }
    public static void main(String[] args) {
        System.out.println(Object.class.isAssignableFrom(String.class) + " " + String.class.isAssignableFrom(Object.class) + " " + Marker.class.isAssignableFrom(Nested.class) + " " + Object[].class.isAssignableFrom(int[][].class) + " " + int.class.isAssignableFrom(int.class) + " " + long.class.isAssignableFrom(int.class));
        System.out.println(Nested.class.cast(new Nested()).getClass().getSimpleName() + " " + "x".getClass().getName());
        try { Integer.class.cast("s"); } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
        System.out.println(Nested.class.getInterfaces().length + " " + Nested.class.getInterfaces()[0].getName() + " " + String.class.getPackageName() + " [" + Nested.class.getPackageName() + "]");
    }
}
