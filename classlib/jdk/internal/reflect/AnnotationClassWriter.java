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
import java.util.HashMap;

final class AnnotationClassWriter {
    private byte[] buf = new byte[256];
    private int len;
    private final HashMap<String, Integer> consts = new HashMap<>();
    private int ncp = 1;

    private AnnotationClassWriter() {
    }

    private void u1(int v) {
        if (len == buf.length)
            buf = java.util.Arrays.copyOf(buf, len * 2);
        buf[len++] = (byte) v;
    }

    private void u2(int v) {
        u1(v >> 8);
        u1(v);
    }

    private void u4(int v) {
        u2(v >>> 16);
        u2(v);
    }

    private void bytes(AnnotationClassWriter o) {
        for (int i = 0; i < o.len; i++)
            u1(o.buf[i]);
    }

    /* ---- the constant pool (when this writer is the pool) ----------------- */

    private int utf8(String s) {
        Integer i = consts.get("U" + s);
        if (i != null)
            return i;
        u1(1);
        byte[] b = modifiedUtf8(s);
        u2(b.length);
        for (byte x : b)
            u1(x);
        consts.put("U" + s, ncp);
        return ncp++;
    }

    private static byte[] modifiedUtf8(String s) {
        AnnotationClassWriter w = new AnnotationClassWriter();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 1 && c < 0x80) {
                w.u1(c);
            } else if (c < 0x800) {
                w.u1(0xc0 | c >> 6);
                w.u1(0x80 | (c & 0x3f));
            } else {
                w.u1(0xe0 | c >> 12);
                w.u1(0x80 | (c >> 6 & 0x3f));
                w.u1(0x80 | (c & 0x3f));
            }
        }
        return java.util.Arrays.copyOf(w.buf, w.len);
    }

    private int ref(int tag, String key, int a, int b2) {
        Integer i = consts.get(key);
        if (i != null)
            return i;
        u1(tag);
        u2(a);
        if (b2 >= 0)
            u2(b2);
        consts.put(key, ncp);
        return ncp++;
    }

    private int classRef(String name) {
        return ref(7, "C" + name, utf8(name), -1);
    }

    private int string(String s) {
        return ref(8, "S" + s, utf8(s), -1);
    }

    private int methodRef(String cls, String name, String desc) {
        int c = classRef(cls);
        int nt = ref(12, "N" + name + ":" + desc, utf8(name), utf8(desc));
        return ref(10, "M" + cls + "." + name + ":" + desc, c, nt);
    }

    /* ---- the class ---------------------------------------------------------------- */

    private static final String BASE = "jdk/internal/reflect/AnnotationImpl";

    static byte[] write(Class<?> type) {
        AnnotationClassWriter pool = new AnnotationClassWriter();
        AnnotationClassWriter body = new AnnotationClassWriter();
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
            AnnotationClassWriter c = new AnnotationClassWriter();
            c.u1(0x2a);                        /* aload_0 */
            c.u1(0x13);                        /* ldc_w name */
            c.u2(pool.string(m.getName()));
            c.u1(0xb6);                        /* invokevirtual value */
            c.u2(value);
            int ret = 0xb0;                    /* areturn */
            if (rt.isPrimitive()) {
                String w = wrapper(rt);
                String d = descriptor(rt);
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
            body.u2(pool.utf8("()" + descriptor(rt)));
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
        AnnotationClassWriter out = new AnnotationClassWriter();
        out.u4(0xcafebabe);
        out.u2(0);
        out.u2(49);
        out.u2(pool.ncp);
        out.bytes(pool);
        out.bytes(body);
        return java.util.Arrays.copyOf(out.buf, out.len);
    }

    private static String wrapper(Class<?> p) {
        if (p == int.class) return "java/lang/Integer";
        if (p == char.class) return "java/lang/Character";
        String n = p.getName();
        return "java/lang/" + Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String descriptor(Class<?> c) {
        if (c.isArray())
            return c.getName().replace('.', '/');
        if (!c.isPrimitive())
            return "L" + c.getName().replace('.', '/') + ";";
        if (c == boolean.class) return "Z";
        if (c == long.class) return "J";
        String n = c.getName();
        return String.valueOf(Character.toUpperCase(n.charAt(0)));
    }
}
