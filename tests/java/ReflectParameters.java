import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

/* Parameter annotations (RuntimeVisibleParameterAnnotations) and Parameter objects. */
public class ReflectParameters {
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.PARAMETER) @interface Name { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @interface Opt { int level() default 1; }
    @Retention(RetentionPolicy.CLASS) @interface Hidden { }

    public void call(@Name("first") int a, String b, @Name("third") @Opt(level = 2) List<String> c, @Hidden long d) { }
    public void none(int x) { }
    public static void varargs(@Opt String... rest) { }

    class Inner {
        Inner(@Name("in") String s, int n) { }
    }

    public static void main(String[] args) throws Exception {
        Method m = ReflectParameters.class.getMethod("call", int.class, String.class, List.class, long.class);
        Annotation[][] pa = m.getParameterAnnotations();
        System.out.println(pa.length);
        for (Annotation[] as : pa) System.out.println("  " + Arrays.toString(as));
        for (Parameter p : m.getParameters())
            System.out.println(p + ": " + Arrays.toString(p.getAnnotations()) + " name=" + p.getAnnotation(Name.class) + " opt=" + p.isAnnotationPresent(Opt.class)
                + " " + p.getDeclaredAnnotations().length + " " + p.getAnnotationsByType(Name.class).length);
        pa[0][0] = null;
        System.out.println(m.getParameterAnnotations()[0][0]);
        System.out.println(Arrays.deepToString(ReflectParameters.class.getMethod("none", int.class).getParameterAnnotations()));
        Method v = ReflectParameters.class.getMethod("varargs", String[].class);
        System.out.println(Arrays.deepToString(v.getParameterAnnotations()) + " " + v.getParameters()[0]);
        Constructor<?> c = Inner.class.getDeclaredConstructors()[0];
        System.out.println(c.getParameterCount() + " " + Arrays.deepToString(c.getParameterAnnotations()));
        System.out.println(Arrays.deepToString(ReflectParameters.class.getConstructor().getParameterAnnotations()));
        Parameter p0 = m.getParameters()[0], p0b = m.getParameters()[0];
        System.out.println(p0.equals(p0b) + " " + (p0.hashCode() == p0b.hashCode()) + " " + p0.equals(m.getParameters()[1]) + " " + p0.getDeclaringExecutable().getName()
            + " " + p0.getType() + " " + p0.isImplicit() + " " + p0.isSynthetic() + " " + p0.isNamePresent());
    }
}
