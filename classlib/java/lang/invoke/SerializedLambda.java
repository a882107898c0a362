/*
 * SerializedLambda: a stub for javac, which names it in the
 * $deserializeLambda$ method of classes with serializable lambdas.  Plinth
 * does not serialize lambdas; the getters are never reached.
 */
package java.lang.invoke;

public final class SerializedLambda implements java.io.Serializable {
    private SerializedLambda() {
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("lambda serialization is not supported");
    }

    public String getCapturingClass() { throw unsupported(); }
    public String getFunctionalInterfaceClass() { throw unsupported(); }
    public String getFunctionalInterfaceMethodName() { throw unsupported(); }
    public String getFunctionalInterfaceMethodSignature() { throw unsupported(); }
    public String getImplClass() { throw unsupported(); }
    public String getImplMethodName() { throw unsupported(); }
    public String getImplMethodSignature() { throw unsupported(); }
    public int getImplMethodKind() { throw unsupported(); }
    public String getInstantiatedMethodType() { throw unsupported(); }
    public int getCapturedArgCount() { throw unsupported(); }
    public Object getCapturedArg(int i) { throw unsupported(); }
}
