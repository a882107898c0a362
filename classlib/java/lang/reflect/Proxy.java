/*
 * Proxy: classes made at run time that implement interfaces by calling an
 * InvocationHandler (jdk.internal.reflect.ProxyClassWriter writes them).
 * One class per list of interfaces, named $ProxyN in package jdk.proxy1
 * (in the package of a non-public interface, as the JDK does), defined in
 * the boot loader.  Object's hashCode, equals and toString go to the
 * handler too, with Object's Method objects.
 */
package java.lang.reflect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import jdk.internal.reflect.ProxyClassWriter;
import jdk.internal.reflect.Reflection;

public class Proxy implements java.io.Serializable {
    protected InvocationHandler h;

    private Proxy() {
    }

    protected Proxy(InvocationHandler h) {
        Objects.requireNonNull(h);
        this.h = h;
    }

    private static final HashMap<List<Class<?>>, Class<?>> classes = new HashMap<>();
    private static final HashMap<Class<?>, Boolean> proxyClasses = new HashMap<>();
    private static int next;

    public static Object newProxyInstance(ClassLoader loader, Class<?>[] interfaces, InvocationHandler h) {
        Objects.requireNonNull(h);
        Class<?> c = proxyClass(loader, interfaces);
        try {
            return c.getConstructor(InvocationHandler.class).newInstance(h);
        } catch (InvocationTargetException e) {
            throw new InternalError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new InternalError(e);
        }
    }

    @Deprecated
    public static Class<?> getProxyClass(ClassLoader loader, Class<?>... interfaces) {
        return proxyClass(loader, interfaces);
    }

    public static boolean isProxyClass(Class<?> cl) {
        Objects.requireNonNull(cl);
        synchronized (classes) {
            return proxyClasses.containsKey(cl);
        }
    }

    public static InvocationHandler getInvocationHandler(Object proxy) {
        if (!isProxyClass(proxy.getClass()))
            throw new IllegalArgumentException("not a proxy instance");
        return ((Proxy) proxy).h;
    }

    /* invokeDefault's checks: a proxy, and a default method of one of its
     * interfaces. */
    static void checkDefault(Object proxy, Method method) {
        if (!isProxyClass(proxy.getClass()))
            throw new IllegalArgumentException("'proxy' is not a proxy instance");
        if (!method.isDefault())
            throw new IllegalArgumentException("\"" + method + "\" is not a default method");
        if (!method.getDeclaringClass().isInstance(proxy))
            throw new IllegalArgumentException("\"" + method + "\" is not a method declared in the proxy class");
    }

    private static Class<?> proxyClass(ClassLoader loader, Class<?>[] interfaces) {
        List<Class<?>> key = new ArrayList<>();
        String pkg = null;
        for (Class<?> i : interfaces) {
            /* The boot loader (null) sees only the class library. */
            if (loader == null && !Reflection.isBootClass(i))
                throw new IllegalArgumentException(i.getName() + " referenced from a method is not visible from class loader: null");
            if (!i.isInterface())
                throw new IllegalArgumentException(i.getName() + " is not an interface");
            if (i.isHidden())
                throw new IllegalArgumentException(i.getName() + " is a hidden interface");
            if (i.isSealed())
                throw new IllegalArgumentException(i.getName() + " is a sealed interface");
            if (key.contains(i))
                throw new IllegalArgumentException("repeated interface: " + i.getName());
            key.add(i);
            if (!Modifier.isPublic(Reflection.classAccessFlags(i))) {
                String p = i.getPackageName();
                if (pkg != null && !pkg.equals(p))
                    throw new IllegalArgumentException("non-public interfaces from different packages");
                pkg = p;
            }
        }
        if (key.size() > 65535)
            throw new IllegalArgumentException("interface limit exceeded: " + key.size());
        synchronized (classes) {
            Class<?> c = classes.get(key);
            if (c == null) {
                String pn = pkg == null ? "jdk.proxy1" : pkg;
                String name = (pn.isEmpty() ? "" : pn.replace('.', '/') + "/") + "$Proxy" + next++;
                Method[] methods = methods(interfaces);
                c = Reflection.defineClass(ProxyClassWriter.write(name, interfaces, methods));
                try {
                    Field m = c.getDeclaredField("m");
                    m.override = true;   /* the class is ours (setAccessible would see our caller) */
                    m.set(null, methods);
                } catch (ReflectiveOperationException e) {
                    throw new InternalError(e);
                }
                classes.put(key, c);
                proxyClasses.put(c, Boolean.TRUE);
            }
            return c;
        }
    }

    /* Object's three, then each interface's non-static public methods, the
     * first of each signature (name and parameter types). */
    private static Method[] methods(Class<?>[] interfaces) {
        ArrayList<Method> list = new ArrayList<>();
        try {
            list.add(Object.class.getMethod("hashCode"));
            list.add(Object.class.getMethod("equals", Object.class));
            list.add(Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new InternalError(e);
        }
        for (Class<?> i : interfaces) {
            for (Method m : i.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()))
                    continue;
                boolean seen = false;
                for (Method o : list)
                    seen |= o.getName().equals(m.getName()) && o.sameParameters(m);
                if (!seen)
                    list.add(m);
            }
        }
        return list.toArray(new Method[0]);
    }
}
