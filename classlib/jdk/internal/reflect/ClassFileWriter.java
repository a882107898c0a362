/*
 * ClassFileWriter: bytes of a class file being generated (annotation
 * implementations, proxies): big-endian output and, when the writer is a
 * constant pool, its entries, each made once.
 */
package jdk.internal.reflect;

import java.util.HashMap;

final class ClassFileWriter {
    byte[] buf = new byte[256];
    int len;
    private final HashMap<String, Integer> consts = new HashMap<>();
    int ncp = 1;

    ClassFileWriter() {
    }

    void u1(int v) {
        if (len == buf.length)
            buf = java.util.Arrays.copyOf(buf, len * 2);
        buf[len++] = (byte) v;
    }

    void u2(int v) {
        u1(v >> 8);
        u1(v);
    }

    void u4(int v) {
        u2(v >>> 16);
        u2(v);
    }

    void bytes(ClassFileWriter o) {
        for (int i = 0; i < o.len; i++)
            u1(o.buf[i]);
    }

    /* ---- the constant pool (when this writer is the pool) ----------------- */

    int utf8(String s) {
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
        ClassFileWriter w = new ClassFileWriter();
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

    int classRef(String name) {
        return ref(7, "C" + name, utf8(name), -1);
    }

    int string(String s) {
        return ref(8, "S" + s, utf8(s), -1);
    }

    int methodRef(String cls, String name, String desc) {
        int c = classRef(cls);
        int nt = ref(12, "N" + name + ":" + desc, utf8(name), utf8(desc));
        return ref(10, "M" + cls + "." + name + ":" + desc, c, nt);
    }

    int interfaceMethodRef(String cls, String name, String desc) {
        int c = classRef(cls);
        int nt = ref(12, "N" + name + ":" + desc, utf8(name), utf8(desc));
        return ref(11, "I" + cls + "." + name + ":" + desc, c, nt);
    }

    int fieldRef(String cls, String name, String desc) {
        int c = classRef(cls);
        int nt = ref(12, "N" + name + ":" + desc, utf8(name), utf8(desc));
        return ref(9, "F" + cls + "." + name + ":" + desc, c, nt);
    }

    /* A whole class file: header, this pool, then the body. */
    byte[] classFile(ClassFileWriter body) {
        ClassFileWriter out = new ClassFileWriter();
        out.u4(0xcafebabe);
        out.u2(0);
        out.u2(49);
        out.u2(ncp);
        out.bytes(this);
        out.bytes(body);
        return java.util.Arrays.copyOf(out.buf, out.len);
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

    static String wrapper(Class<?> p) {
        if (p == int.class) return "java/lang/Integer";
        if (p == char.class) return "java/lang/Character";
        String n = p.getName();
        return "java/lang/" + Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String internalName(Class<?> c) {
        return c.getName().replace('.', '/');
    }
}
