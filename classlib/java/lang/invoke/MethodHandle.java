/*
 * MethodHandle: a stub so that javac can compile lambdas and method
 * references in the library.  Plinth's VM links invokedynamic itself
 * (jvm/indy.c) and never makes method handles; no general java.lang.invoke.
 */
package java.lang.invoke;

public abstract class MethodHandle {
    MethodHandle() {
    }

    public MethodType type() {
        throw new UnsupportedOperationException("java.lang.invoke is not supported");
    }
}
