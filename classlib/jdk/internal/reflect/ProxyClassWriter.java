/*
 * ProxyClassWriter: the class file of a java.lang.reflect.Proxy class.
 * Every method (Object's hashCode, equals and toString, then the
 * interfaces' non-static methods, the first of each signature) boxes its
 * arguments and calls h.invoke(this, m[i], args), then casts and unboxes
 * the result; exceptions the method may throw (unchecked ones and its
 * declared ones) pass, any other is wrapped in
 * UndeclaredThrowableException, as the JDK's generated proxies do.
 * Version 49: no StackMapTable.
 */
package jdk.internal.reflect;

import java.lang.reflect.Method;

public final class ProxyClassWriter {
    private ProxyClassWriter() {
    }

    private static final String PROXY = "java/lang/reflect/Proxy";
    private static final String HANDLER = "java/lang/reflect/InvocationHandler";
    private static final String METHOD_ARRAY = "[Ljava/lang/reflect/Method;";

    /* The class file of proxy class `name` (internal form); methods are
     * those its m[] field will hold, in order. */
    public static byte[] write(String name, Class<?>[] interfaces, Method[] methods) {
        ClassFileWriter pool = new ClassFileWriter();
        ClassFileWriter body = new ClassFileWriter();
        body.u2(0x31);   /* public final super */
        body.u2(pool.classRef(name));
        body.u2(pool.classRef(PROXY));
        body.u2(interfaces.length);
        for (Class<?> i : interfaces)
            body.u2(pool.classRef(ClassFileWriter.internalName(i)));
        body.u2(1);      /* private static Method[] m */
        body.u2(0x0a);
        body.u2(pool.utf8("m"));
        body.u2(pool.utf8(METHOD_ARRAY));
        body.u2(0);
        body.u2(1 + methods.length);
        int code = pool.utf8("Code");
        /* public <init>(InvocationHandler h) { super(h); } */
        body.u2(1);
        body.u2(pool.utf8("<init>"));
        body.u2(pool.utf8("(L" + HANDLER + ";)V"));
        body.u2(1);
        body.u2(code);
        body.u4(12 + 6);
        body.u2(2);
        body.u2(2);
        body.u4(6);
        body.u1(0x2a);                                   /* aload_0 */
        body.u1(0x2b);                                   /* aload_1 */
        body.u1(0xb7);                                   /* invokespecial Proxy.<init> */
        body.u2(pool.methodRef(PROXY, "<init>", "(L" + HANDLER + ";)V"));
        body.u1(0xb1);                                   /* return */
        body.u2(0);
        body.u2(0);
        for (int i = 0; i < methods.length; i++)
            method(pool, body, name, code, methods[i], i);
        body.u2(0);      /* attributes */
        return pool.classFile(body);
    }

    private static void method(ClassFileWriter pool, ClassFileWriter body, String name, int code, Method m, int index) {
        Class<?>[] pt = m.getParameterTypes();
        Class<?> rt = m.getReturnType();
        StringBuilder desc = new StringBuilder("(");
        int slots = 1;
        for (Class<?> p : pt) {
            desc.append(ClassFileWriter.descriptor(p));
            slots += p == long.class || p == double.class ? 2 : 1;
        }
        desc.append(')').append(ClassFileWriter.descriptor(rt));
        ClassFileWriter c = new ClassFileWriter();
        c.u1(0x2a);                                      /* aload_0 */
        c.u1(0xb4);                                      /* getfield Proxy.h */
        c.u2(pool.fieldRef(PROXY, "h", "L" + HANDLER + ";"));
        c.u1(0x2a);                                      /* aload_0 */
        c.u1(0xb2);                                      /* getstatic m */
        c.u2(pool.fieldRef(name, "m", METHOD_ARRAY));
        c.u1(0x11);                                      /* sipush index */
        c.u2(index);
        c.u1(0x32);                                      /* aaload */
        if (pt.length == 0) {
            c.u1(0x01);                                  /* aconst_null */
        } else {
            c.u1(0x11);                                  /* sipush n */
            c.u2(pt.length);
            c.u1(0xbd);                                  /* anewarray Object */
            c.u2(pool.classRef("java/lang/Object"));
            int slot = 1;
            for (int j = 0; j < pt.length; j++) {
                Class<?> p = pt[j];
                c.u1(0x59);                              /* dup */
                c.u1(0x11);                              /* sipush j */
                c.u2(j);
                c.u1(!p.isPrimitive() ? 0x19 : p == long.class ? 0x16 : p == float.class ? 0x17
                        : p == double.class ? 0x18 : 0x15); /* aload/lload/fload/dload/iload */
                c.u1(slot);
                if (p.isPrimitive()) {
                    String w = ClassFileWriter.wrapper(p);
                    c.u1(0xb8);                          /* invokestatic W.valueOf */
                    c.u2(pool.methodRef(w, "valueOf", "(" + ClassFileWriter.descriptor(p) + ")L" + w + ";"));
                }
                c.u1(0x53);                              /* aastore */
                slot += p == long.class || p == double.class ? 2 : 1;
            }
        }
        c.u1(0xb9);                                      /* invokeinterface h.invoke */
        c.u2(pool.interfaceMethodRef(HANDLER, "invoke",
                "(Ljava/lang/Object;Ljava/lang/reflect/Method;[Ljava/lang/Object;)Ljava/lang/Object;"));
        c.u1(4);
        c.u1(0);
        if (rt == void.class) {
            c.u1(0x57);                                  /* pop */
            c.u1(0xb1);                                  /* return */
        } else if (rt.isPrimitive()) {
            String w = ClassFileWriter.wrapper(rt);
            c.u1(0xc0);                                  /* checkcast W */
            c.u2(pool.classRef(w));
            c.u1(0xb6);                                  /* invokevirtual W.xValue */
            c.u2(pool.methodRef(w, rt.getName() + "Value", "()" + ClassFileWriter.descriptor(rt)));
            c.u1(rt == long.class ? 0xad : rt == float.class ? 0xae : rt == double.class ? 0xaf : 0xac);
        } else {
            if (rt != Object.class) {
                c.u1(0xc0);                              /* checkcast */
                c.u2(pool.classRef(ClassFileWriter.internalName(rt)));
            }
            c.u1(0xb0);                                  /* areturn */
        }
        int end = c.len;
        c.u1(0xbf);                                      /* athrow: rethrow what may pass */
        int wrap = c.len;
        c.u1(0x3a);                                      /* astore tmp */
        c.u1(slots);
        c.u1(0xbb);                                      /* new UndeclaredThrowableException */
        int ute = pool.classRef("java/lang/reflect/UndeclaredThrowableException");
        c.u2(ute);
        c.u1(0x59);                                      /* dup */
        c.u1(0x19);                                      /* aload tmp */
        c.u1(slots);
        c.u1(0xb7);                                      /* invokespecial <init>(Throwable) */
        c.u2(pool.methodRef("java/lang/reflect/UndeclaredThrowableException", "<init>", "(Ljava/lang/Throwable;)V"));
        c.u1(0xbf);                                      /* athrow */
        Class<?>[] declared = m.getExceptionTypes();
        ClassFileWriter table = new ClassFileWriter();
        int entries = 0;
        String[] pass = new String[2 + declared.length];
        pass[0] = "java/lang/RuntimeException";
        pass[1] = "java/lang/Error";
        for (int k = 0; k < declared.length; k++)
            pass[2 + k] = ClassFileWriter.internalName(declared[k]);
        for (String p : pass) {
            table.u2(0);
            table.u2(end);
            table.u2(end);
            table.u2(pool.classRef(p));
            entries++;
        }
        table.u2(0);
        table.u2(end);
        table.u2(wrap);
        table.u2(pool.classRef("java/lang/Throwable"));
        entries++;
        body.u2(0x11);                                   /* public final */
        body.u2(pool.utf8(m.getName()));
        body.u2(pool.utf8(desc.toString()));
        body.u2(1);
        body.u2(code);
        body.u4(12 + c.len + 8 * entries);
        body.u2(12);                                     /* max_stack */
        body.u2(slots + 1);                              /* max_locals */
        body.u4(c.len);
        body.bytes(c);
        body.u2(entries);
        body.bytes(table);
        body.u2(0);
    }
}
