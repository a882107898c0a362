/* InvocationHandler: what a proxy instance's methods call. */
package java.lang.reflect;

public interface InvocationHandler {
    Object invoke(Object proxy, Method method, Object[] args) throws Throwable;

    /* Runs the default method `method` of one of proxy's interfaces on it
     * (not through the handler again). */
    public static Object invokeDefault(Object proxy, Method method, Object... args) throws Throwable {
        java.util.Objects.requireNonNull(proxy);
        java.util.Objects.requireNonNull(method);
        Proxy.checkDefault(proxy, method);
        try {
            return method.call(proxy, args, false);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
