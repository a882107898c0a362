// delete: ReflectAnnotations$Gone
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

/* RUNTIME annotations on classes, fields, methods and constructors: values of every kind, defaults, toString, equals. */
public class ReflectAnnotations {
    enum Color { RED, GREEN, BLUE }
    @Retention(RetentionPolicy.RUNTIME) @interface Tag { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @Target({ ElementType.TYPE, ElementType.METHOD, ElementType.FIELD }) @interface All {
        int i() default 3; long l() default 4L; byte b() default 5; short s() default 6; char c() default 'x';
        float f() default 1.5f; double d() default 2.5; boolean z() default true; String str() default "a\"b\n\t'\u00e9";
        Class<?> k() default String[].class; Color col() default Color.GREEN; int[] arr() default { 1, 2 };
        Tag tag() default @Tag("inner"); String[] names() default {}; Color[] cols() default { Color.RED, Color.BLUE };
        Class<?>[] ks() default { int.class, void.class }; Tag[] tags() default {}; char[] chars() default { 'a' };
        float nan() default Float.NaN; double inf() default Double.NEGATIVE_INFINITY; long[] ls() default { -1L }; boolean[] zs() default { false };
    }
    @Retention(RetentionPolicy.RUNTIME) @Inherited @interface Inh { int value() default 0; }
    @Retention(RetentionPolicy.CLASS) @interface NotRuntime { }
    @interface DefaultRetention { }
    @Retention(RetentionPolicy.RUNTIME) @interface Gone { }
    @Retention(RetentionPolicy.RUNTIME) @Repeatable(Notes.class) @interface Note { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @interface Notes { Note[] value(); }
    @Retention(RetentionPolicy.RUNTIME) @interface Pair { int a(); int b(); }

    @Tag("cls") @All(i = 7, arr = { 9 }, col = Color.BLUE, k = Map.Entry.class) @Inh(1) @NotRuntime @DefaultRetention @Gone
    static class A {
        @Tag("field") @Deprecated public int x;
        @All public Color paint;
        public int plain;
        @Pair(a = 1, b = 2) public A() { }
        @All(str = "", tags = { @Tag("t1"), @Tag("t2") }, ks = {}) @Note("one") @Note("two") public void m() { }
        @Note("single") public void single() { }
        public void none() { }
    }
    static class B extends A { }
    @Inh(2) static class C extends A { }

    public static void main(String[] args) throws Exception {
        Tag t = A.class.getAnnotation(Tag.class);
        System.out.println(t.value() + " " + t.annotationType() + " " + t + " " + (t instanceof Annotation) + " " + (t instanceof Tag));
        All a = A.class.getAnnotation(All.class);
        System.out.println(a.i() + " " + a.l() + " " + a.b() + " " + a.s() + " " + a.c() + " " + a.f() + " " + a.d() + " " + a.z() + " " + a.str()
            + " " + a.k() + " " + a.col() + " " + Arrays.toString(a.arr()) + " " + a.tag().value() + " " + a.names().length + " " + Arrays.toString(a.cols())
            + " " + Arrays.toString(a.ks()) + " " + a.tags().length + " " + Arrays.toString(a.chars()) + " " + a.nan() + " " + a.inf());
        System.out.println(a);
        a.arr()[0] = 100;
        System.out.println("copied: " + a.arr()[0]);
        System.out.println(A.class.isAnnotationPresent(NotRuntime.class) + " " + A.class.isAnnotationPresent(DefaultRetention.class) + " "
            + A.class.isAnnotationPresent(Inh.class) + " " + B.class.isAnnotationPresent(Inh.class) + " " + B.class.isAnnotationPresent(Tag.class)
            + " " + C.class.getAnnotation(Inh.class).value() + " " + B.class.getAnnotation(Inh.class).value());
        System.out.println(sorted(A.class.getDeclaredAnnotations()) + " " + sorted(B.class.getAnnotations()) + " " + B.class.getDeclaredAnnotations().length
            + " " + sorted(C.class.getAnnotations()) + " " + B.class.getDeclaredAnnotation(Inh.class));
        Field x = A.class.getField("x");
        System.out.println(x.getAnnotation(Tag.class) + " " + x.isAnnotationPresent(Deprecated.class) + " " + x.getAnnotation(Deprecated.class)
            + " " + sorted(x.getAnnotations()) + " " + A.class.getField("plain").getAnnotations().length + " " + A.class.getField("plain").getAnnotation(Tag.class));
        All fa = A.class.getField("paint").getAnnotation(All.class);
        Method m = A.class.getMethod("m");
        All ma = m.getAnnotation(All.class);
        System.out.println(ma);
        System.out.println(fa);
        System.out.println(sorted(m.getDeclaredAnnotations()) + " " + m.getAnnotation(Note.class) + " " + m.getAnnotation(Notes.class));
        System.out.println(Arrays.toString(m.getAnnotationsByType(Note.class)) + " " + Arrays.toString(A.class.getMethod("single").getAnnotationsByType(Note.class))
            + " " + A.class.getMethod("none").getAnnotationsByType(Note.class).length + " " + A.class.getAnnotationsByType(Tag.class).length);
        System.out.println(A.class.getConstructor().getAnnotation(Pair.class) + " " + A.class.getConstructor().getDeclaredAnnotations().length);
        // equality and hashes of members without identity hashes
        All fa2 = A.class.getField("paint").getAnnotation(All.class);
        System.out.println(fa.equals(fa2) + " " + fa2.equals(fa) + " " + (fa == fa2) + " " + fa.equals(a) + " " + fa.equals(null) + " " + fa.equals("x")
            + " " + ma.equals(fa));
        Tag t2 = A.class.getField("x").getAnnotation(Tag.class);
        System.out.println(t.hashCode() + " " + t2.hashCode() + " " + t.equals(t2) + " " + t.equals(A.class.getAnnotation(Tag.class)));
        Pair p = A.class.getConstructor().getAnnotation(Pair.class);
        System.out.println(p.hashCode() + " " + p.a() + p.b());
        // the annotation types themselves
        System.out.println(Tag.class.getAnnotation(Retention.class) + " " + All.class.getAnnotation(Target.class) + " " + Note.class.getAnnotation(Repeatable.class));
        System.out.println(Tag.class.isAnnotation() + " " + Tag.class.isInterface() + " " + Arrays.toString(Tag.class.getInterfaces())
            + " " + Modifier.toString(Tag.class.getModifiers()));
        for (Method am : sortedMethods(All.class.getDeclaredMethods()))
            System.out.println(am.getName() + " default " + show(am.getDefaultValue()));
        System.out.println(Tag.class.getMethod("value").getDefaultValue() + " " + A.class.getMethod("m").getDefaultValue());
    }

    static String show(Object v) {
        if (v == null) return "null";
        if (v instanceof Object[]) return Arrays.toString((Object[]) v);
        if (v instanceof int[]) return Arrays.toString((int[]) v);
        if (v instanceof long[]) return Arrays.toString((long[]) v);
        if (v instanceof char[]) return Arrays.toString((char[]) v);
        if (v instanceof boolean[]) return Arrays.toString((boolean[]) v);
        return (v instanceof Annotation ? "Annotation" : v.getClass().getSimpleName()) + " " + v;
    }

    static String sorted(Annotation[] as) {
        String[] s = new String[as.length];
        for (int i = 0; i < as.length; i++) s[i] = as[i].toString();
        Arrays.sort(s);
        return Arrays.toString(s);
    }

    static Method[] sortedMethods(Method[] ms) {
        Arrays.sort(ms, Comparator.comparing(Method::getName));
        return ms;
    }
}
