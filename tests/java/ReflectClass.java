import java.lang.reflect.*;
import java.util.*;

/* Class-level reflection: kinds, modifiers, names, enums, records, nesting; Modifier and Parameter. */
public class ReflectClass {
    public interface Iface { void run(); }
    protected static abstract class Abs implements Iface, Comparable<Abs> { }
    private static final class Fin { }
    enum Planet { MERCURY, VENUS { public String toString() { return "venus"; } }; }
    public record Point(int x, int y) implements Iface { public static int ORIGIN = 0; public void run() {} }
    record Empty() { }
    @interface Marker { }
    class InnerNonStatic { }

    static void describe(Class<?> c) {
        System.out.println(c.getName() + ": simple=" + c.getSimpleName() + " canonical=" + c.getCanonicalName() + " type=" + c.getTypeName()
            + " mods=" + Modifier.toString(c.getModifiers()) + "(" + c.getModifiers() + ")"
            + " iface=" + c.isInterface() + " enum=" + c.isEnum() + " record=" + c.isRecord() + " array=" + c.isArray()
            + " prim=" + c.isPrimitive() + " anon=" + c.isAnonymousClass() + " local=" + c.isLocalClass() + " member=" + c.isMemberClass()
            + " annotation=" + c.isAnnotation() + " synthetic=" + c.isSynthetic()
            + " super=" + (c.getSuperclass() == null ? "-" : c.getSuperclass().getName())
            + " ifaces=" + names(c.getInterfaces()) + " declaring=" + (c.getDeclaringClass() == null ? "-" : c.getDeclaringClass().getSimpleName()));
    }

    static String names(Class<?>[] cs) {
        StringBuilder sb = new StringBuilder("[");
        for (Class<?> c : cs) sb.append(sb.length() > 1 ? "," : "").append(c.getSimpleName());
        return sb.append("]").toString();
    }

    public static void main(String[] args) throws Exception {
        class Local { }
        Object anon = new Object() { };
        Runnable lambda = () -> { };
        Class<?>[] classes = { ReflectClass.class, Iface.class, Abs.class, Fin.class, Planet.class, Planet.VENUS.getClass(), Point.class, Empty.class,
            Marker.class, InnerNonStatic.class, Local.class, anon.getClass(), int.class, void.class, int[].class, Point[][].class, StringBuilder.class,
            Object.class, Comparable.class, Thread.State.class, Map.Entry.class };
        for (Class<?> c : classes) describe(c);
        System.out.println("lambda: anon=" + lambda.getClass().isAnonymousClass() + " local=" + lambda.getClass().isLocalClass()
           );
        System.out.println(Arrays.toString(Planet.class.getEnumConstants()) + " " + Planet.VENUS.getClass().getEnumConstants()
            + " " + String.class.getEnumConstants() + " " + Arrays.toString(Thread.State.class.getEnumConstants()));
        Planet[] ps = Planet.class.getEnumConstants();
        ps[0] = null;
        System.out.println(Planet.class.getEnumConstants()[0]);
        for (Field f : Planet.class.getDeclaredFields())
            if (f.isEnumConstant()) System.out.println("constant " + f + " = " + f.get(null));
        // records
        for (RecordComponent rc : Point.class.getRecordComponents())
            System.out.println(rc + " " + rc.getName() + " " + rc.getType() + " " + rc.getAccessor() + " = " + rc.getAccessor().invoke(new Point(3, 4))
                + " " + rc.getDeclaringRecord().getSimpleName());
        System.out.println(Empty.class.getRecordComponents().length + " " + ReflectClass.class.getRecordComponents());
        Constructor<Point> canon = Point.class.getDeclaredConstructor(int.class, int.class);
        System.out.println(canon.newInstance(1, 2) + " " + canon);
        // Modifier
        int[] mods = { 0, Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL, Modifier.PRIVATE | Modifier.ABSTRACT, 0xfff, Modifier.INTERFACE | Modifier.ABSTRACT,
            Modifier.TRANSIENT | Modifier.VOLATILE, Modifier.SYNCHRONIZED | Modifier.NATIVE | Modifier.STRICT, 0x1000, 0x4000 | Modifier.PROTECTED };
        for (int m : mods)
            System.out.println(m + " -> '" + Modifier.toString(m) + "' pub=" + Modifier.isPublic(m) + " st=" + Modifier.isStatic(m)
                + " fin=" + Modifier.isFinal(m) + " abs=" + Modifier.isAbstract(m) + " iface=" + Modifier.isInterface(m));
        System.out.println(Modifier.classModifiers() + " " + Modifier.interfaceModifiers() + " " + Modifier.constructorModifiers() + " "
            + Modifier.methodModifiers() + " " + Modifier.fieldModifiers() + " " + Modifier.parameterModifiers());
        // Parameter
        Method m = ReflectClass.class.getDeclaredMethod("params", int.class, String.class, long[][].class, Object[].class);
        for (Parameter p : m.getParameters())
            System.out.println(p + " name=" + p.getName() + " type=" + p.getType().getSimpleName() + " varargs=" + p.isVarArgs()
                + " present=" + p.isNamePresent() + " mods=" + p.getModifiers() + " exec=" + p.getDeclaringExecutable().getName());
        System.out.println(m.getParameterCount() + " " + m.getReturnType() + " " + Arrays.toString(m.getExceptionTypes()) + " " + m.isVarArgs()
            + " " + Modifier.toString(m.getModifiers()) + " " + m.getModifiers());
        System.out.println(m);
        System.out.println(m.toGenericString());
        Method v = ReflectClass.class.getDeclaredMethod("voidNoArgs");
        System.out.println(v + " | " + v.toGenericString() + " " + v.getParameters().length);
        Method syn = ReflectClass.class.getDeclaredMethod("synced", Object.class);
        System.out.println(syn + " | " + syn.toGenericString());
        System.out.println(Iface.class.getMethod("run") + " | " + Iface.class.getMethod("run").toGenericString());
    }

    protected static final int params(final int a, String b, long[][] c, Object... rest) throws java.io.IOException, IllegalStateException { return 0; }
    private void voidNoArgs() { }
    public synchronized strictfp Object synced(Object o) { return o; }
}
