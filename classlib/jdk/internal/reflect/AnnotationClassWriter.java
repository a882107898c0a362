/*
 * AnnotationClassWriter: the class file of a class that implements an
 * annotation interface: each member method returns
 * AnnotationImpl.value(name), cast (and unboxed) to its type.  Version
 * 49, so no StackMapTable; defined in the boot loader, in the annotation
 * type's package (so a package-private annotation type is accessible).
 */
package jdk.internal.reflect;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

final class AnnotationClassWriter {
    private AnnotationClassWriter() {
    }

    /* ---- the class ---------------------------------------------------------------- */

    private static final String BASE = "jdk/internal/reflect/AnnotationImpl";

    static byte[] write(Class<?> type) {
        ClassFileWriter pool = new ClassFileWriter();
        ClassFileWriter body = new ClassFileWriter();
        String iface = type.getName().replace('.', '/');
        String name = iface + "$$PlinthAnnotation";
        body.u2(0x31);   /* public final super */
        body.u2(pool.classRef(name));
        body.u2(pool.classRef(BASE));
        body.u2(1);
        body.u2(pool.classRef(iface));
        body.u2(0);      /* fields */
        java.util.ArrayList<Method> members = new java.util.ArrayList<>();
        for (Method m : type.getDeclaredMethods())
            if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers()))
                members.add(m);
        body.u2(1 + members.size());
        int code = pool.utf8("Code");
        /* <init>: super() */
        body.u2(1);
        body.u2(pool.utf8("<init>"));
        body.u2(pool.utf8("()V"));
        body.u2(1);
        body.u2(code);
        body.u4(12 + 5);
        body.u2(1);
        body.u2(1);
        body.u4(5);
        body.u1(0x2a);
        body.u1(0xb7);
        body.u2(pool.methodRef(BASE, "<init>", "()V"));
        body.u1(0xb1);
        body.u2(0);
        body.u2(0);
        int value = pool.methodRef(BASE, "value", "(Ljava/lang/String;)Ljava/lang/Object;");
        for (Method m : members) {
            Class<?> rt = m.getReturnType();
            ClassFileWriter c = new ClassFileWriter();
            c.u1(0x2a);                        /* aload_0 */
            c.u1(0x13);                        /* ldc_w name */
            c.u2(pool.string(m.getName()));
            c.u1(0xb6);                        /* invokevirtual value */
            c.u2(value);
            int ret = 0xb0;                    /* areturn */
            if (rt.isPrimitive()) {
                String w = ClassFileWriter.wrapper(rt);
                String d = ClassFileWriter.descriptor(rt);
                c.u1(0xc0);
                c.u2(pool.classRef(w));
                c.u1(0xb6);
                c.u2(pool.methodRef(w, rt.getName() + "Value", "()" + d));
                ret = rt == long.class ? 0xad : rt == float.class ? 0xae : rt == double.class ? 0xaf : 0xac;
            } else {
                c.u1(0xc0);
                c.u2(pool.classRef(rt.getName().replace('.', '/')));
            }
            c.u1(ret);
            body.u2(0x11);                     /* public final */
            body.u2(pool.utf8(m.getName()));
            body.u2(pool.utf8("()" + ClassFileWriter.descriptor(rt)));
            body.u2(1);
            body.u2(code);
            body.u4(12 + c.len);
            body.u2(2);
            body.u2(1);
            body.u4(c.len);
            body.bytes(c);
            body.u2(0);
            body.u2(0);
        }
        body.u2(0);      /* attributes */
        return pool.classFile(body);
    }
}
