/* CallSite: a stub for javac (see MethodHandle). */
package java.lang.invoke;

public abstract class CallSite {
    CallSite() {
    }
}
