/*
 * Executable: what methods and constructors share, made by the VM
 * (jvm/natives_reflect.c sets clazz, name, desc, modifiers and slot);
 * types come from the descriptor on first use.  toString and
 * toGenericString follow the JDK's formats, the latter with the type
 * names of the Signature attribute (jdk.internal.reflect.Signatures).
 */
package java.lang.reflect;

import java.lang.annotation.Annotation;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public abstract class Executable extends AccessibleObject implements Member, GenericDeclaration {
    Class<?> clazz;
    String name;
    String desc;
    int modifiers;
    int slot;
    private Class<?>[] ptypes;
    private Class<?>[] etypes;

    Executable() {
    }

    public Class<?> getDeclaringClass() {
        return clazz;
    }

    public abstract String getName();

    public int getModifiers() {
        return modifiers;
    }

    final Class<?>[] sharedParameterTypes() {
        Class<?>[] p = ptypes;
        if (p == null)
            ptypes = p = Reflection.parameterTypes(desc);
        return p;
    }

    public Class<?>[] getParameterTypes() {
        return sharedParameterTypes().clone();
    }

    public int getParameterCount() {
        return sharedParameterTypes().length;
    }

    final Class<?>[] sharedExceptionTypes() {
        Class<?>[] e = etypes;
        if (e == null)
            etypes = e = Reflection.exceptionTypes(clazz, slot);
        return e;
    }

    public Class<?>[] getExceptionTypes() {
        return sharedExceptionTypes().clone();
    }

    public Parameter[] getParameters() {
        Class<?>[] pt = sharedParameterTypes();
        Parameter[] r = new Parameter[pt.length];
        for (int i = 0; i < pt.length; i++)
            r[i] = new Parameter("arg" + i, 0, this, i);
        return r;
    }

    public boolean isVarArgs() {
        return (modifiers & Modifier.VARARGS) != 0;
    }

    public boolean isSynthetic() {
        return (modifiers & Modifier.SYNTHETIC) != 0;
    }

    boolean isDefault() {
        return false;
    }

    final boolean sameParameters(Executable o) {
        Class<?>[] a = sharedParameterTypes(), b = o.sharedParameterTypes();
        if (a.length != b.length)
            return false;
        for (int i = 0; i < a.length; i++)
            if (a[i] != b[i])
                return false;
        return true;
    }

    /* header: the return type's name for methods (generic or not). */
    abstract void specificToStringHeader(StringBuilder sb, String returnType);

    Class<?> returnTypeOrNull() {
        return null;
    }

    /* From the Signature attribute: [0] type parameters, [1] return type,
     * then the parameters' type names; null without one. */
    private String[] generic;
    private String[] genericThrows;

    final String[] genericNames() {
        if (generic == null) {
            String sig = Reflection.signature(clazz, 2, slot);
            if (sig == null)
                return null;
            java.util.ArrayList<String> t = new java.util.ArrayList<>();
            generic = jdk.internal.reflect.Signatures.method(sig, t);
            genericThrows = t.toArray(new String[0]);
        }
        return generic;
    }

    /* From the Signature attribute as Types: [0] return type, then the
     * parameters; null without one. */
    private Type[] genericTypes;
    private Type[] genericExceptions;
    private TypeVariable<?>[] typeParameters;

    private Type[] genericTypes() {
        if (typeParameters == null) {
            String sig = Reflection.signature(clazz, 2, slot);
            java.util.ArrayList<TypeVariable<?>> tps = new java.util.ArrayList<>();
            java.util.ArrayList<Type> ex = new java.util.ArrayList<>();
            if (sig != null)
                genericTypes = GenericSignatures.method(this, sig, tps, ex);
            genericExceptions = ex.toArray(new Type[0]);
            typeParameters = tps.toArray(new TypeVariable<?>[0]);
        }
        return genericTypes;
    }

    public TypeVariable<?>[] getTypeParameters() {
        genericTypes();
        return typeParameters.clone();
    }

    public Type[] getGenericParameterTypes() {
        Type[] g = genericTypes();
        if (g == null)
            return getParameterTypes();
        return java.util.Arrays.copyOfRange(g, 1, g.length);
    }

    public Type[] getGenericExceptionTypes() {
        genericTypes();
        if (genericExceptions.length > 0)
            return genericExceptions.clone();
        return getExceptionTypes();
    }

    final Type genericReturnType() {
        Type[] g = genericTypes();
        return g == null ? returnTypeOrNull() : g[0];
    }

    /* Parameter i's generic type (erased when the signature does not
     * cover every parameter, as for inner classes' constructors). */
    final Type parameterizedType(int i) {
        Type[] g = genericTypes();
        Class<?>[] pt = sharedParameterTypes();
        if (g != null && g.length - 1 == pt.length)
            return g[i + 1];
        return pt[i];
    }

    /* The generic name of parameter i (erased when the signature does not
     * cover every parameter, as for inner classes' constructors). */
    final String genericParameterName(int i) {
        String[] g = genericNames();
        Class<?>[] pt = sharedParameterTypes();
        if (g != null && g.length - 2 == pt.length)
            return g[i + 2];
        return pt[i].getTypeName();
    }

    private void printModifiers(StringBuilder sb, int mask, boolean isDefault) {
        int mod = getModifiers() & mask;
        if (mod != 0 && !isDefault) {
            sb.append(Modifier.toString(mod)).append(' ');
        } else {
            int access = mod & Modifier.ACCESS_MODIFIERS;
            if (access != 0)
                sb.append(Modifier.toString(access)).append(' ');
            if (isDefault)
                sb.append("default ");
            mod &= ~Modifier.ACCESS_MODIFIERS;
            if (mod != 0)
                sb.append(Modifier.toString(mod)).append(' ');
        }
    }

    final String sharedToString(int mask, boolean isDefault, boolean generic) {
        StringBuilder sb = new StringBuilder();
        printModifiers(sb, mask, isDefault);
        String[] g = generic ? genericNames() : null;
        if (g != null)
            sb.append(g[0]);
        Class<?> rt = returnTypeOrNull();
        specificToStringHeader(sb, g != null ? g[1] : rt == null ? null : rt.getTypeName());
        sb.append('(');
        Class<?>[] pt = sharedParameterTypes();
        for (int i = 0; i < pt.length; i++) {
            if (i > 0)
                sb.append(',');
            String p = generic ? genericParameterName(i) : pt[i].getTypeName();
            if (generic && isVarArgs() && i == pt.length - 1 && p.endsWith("[]"))
                p = p.substring(0, p.length() - 2) + "...";
            sb.append(p);
        }
        sb.append(')');
        String[] et;
        if (g != null && genericThrows.length > 0) {
            et = genericThrows;
        } else {
            Class<?>[] ec = sharedExceptionTypes();
            et = new String[ec.length];
            for (int i = 0; i < ec.length; i++)
                et[i] = ec[i].getTypeName();
        }
        for (int i = 0; i < et.length; i++)
            sb.append(i == 0 ? " throws " : ",").append(et[i]);
        return sb.toString();
    }

    public abstract String toGenericString();

    @Override
    Annotation[] parseAnnotations() {
        return AnnotationParser.member(clazz, 2, slot);
    }

    private Annotation[][] paramAnnotations;

    final Annotation[][] sharedParameterAnnotations() {
        Annotation[][] a = paramAnnotations;
        if (a == null)
            paramAnnotations = a = AnnotationParser.parameters(clazz, Reflection.annotations(clazz, 4, slot),
                    getParameterCount());
        return a;
    }

    public Annotation[][] getParameterAnnotations() {
        Annotation[][] a = sharedParameterAnnotations();
        Annotation[][] r = new Annotation[a.length][];
        for (int i = 0; i < a.length; i++)
            r[i] = a[i].clone();
        return r;
    }

    /* Arguments converted for the call (unboxing, widening), or throws. */
    final Object[] convertArgs(Object[] args) {
        Class<?>[] pt = sharedParameterTypes();
        int n = args == null ? 0 : args.length;
        if (n != pt.length)
            throw new IllegalArgumentException("wrong number of arguments");
        if (n == 0)
            return null;
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++)
            r[i] = Reflection.convertArg(args[i], pt[i]);
        return r;
    }
}
