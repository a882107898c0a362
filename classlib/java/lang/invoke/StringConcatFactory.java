/* StringConcatFactory: a stub; the VM handles string concatenation
 * bootstraps itself (jvm/indy.c). */
package java.lang.invoke;

public final class StringConcatFactory {
    private StringConcatFactory() {
    }

    public static CallSite makeConcatWithConstants(MethodHandles.Lookup lookup, String name,
                                                   MethodType concatType, String recipe, Object... constants)
            throws StringConcatException {
        throw new UnsupportedOperationException("handled by the VM");
    }

    public static CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType concatType)
            throws StringConcatException {
        throw new UnsupportedOperationException("handled by the VM");
    }
}
