/*
 * GenericSignatures: Signature attributes (JVMS 4.7.9.1) to Type objects,
 * with the JDK's toString, equals and hashCode (sun.reflect.generics).
 * Public only so that Class can reach it; not an API.  A type variable is
 * looked up in its declaration's scope: the method's type parameters, then
 * the class's, then those of the enclosing method or class.  Bounds are
 * parsed on first use (T extends Comparable<T> refers to itself).
 */
package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;

public final class GenericSignatures {
    private final String s;
    private int pos;
    private final GenericDeclaration scope;
    private final Class<?> context;   /* whose loader resolves class names */
    private TypeVariable<?>[] own;     /* type parameters being declared */

    private GenericSignatures(String s, GenericDeclaration scope, Class<?> context) {
        this.s = s;
        this.scope = scope;
        this.context = context;
    }

    /* A class's: [0] superclass, then interfaces; type parameters to tpOut. */
    public static Type[] classSignature(Class<?> c, String sig, ArrayList<TypeVariable<?>> tpOut) {
        GenericSignatures p = new GenericSignatures(sig, asDeclaration(c), c);
        p.own = new TypeVariable<?>[0];
        p.typeParameters(tpOut);
        ArrayList<Type> out = new ArrayList<>();
        while (p.pos < sig.length())
            out.add(p.type());
        return out.toArray(new Type[0]);
    }

    static Type fieldType(Class<?> c, String sig) {
        return new GenericSignatures(sig, asDeclaration(c), c).type();
    }

    /* A method's: [0] return type, then the parameters; type parameters to tpOut, throws to exOut. */
    static Type[] method(Executable m, String sig, ArrayList<TypeVariable<?>> tpOut, ArrayList<Type> exOut) {
        GenericSignatures p = new GenericSignatures(sig, m, m.getDeclaringClass());
        p.own = new TypeVariable<?>[0];
        p.typeParameters(tpOut);
        ArrayList<Type> params = new ArrayList<>();
        p.pos++;   /* ( */
        while (sig.charAt(p.pos) != ')')
            params.add(p.type());
        p.pos++;
        ArrayList<Type> out = new ArrayList<>();
        out.add(p.type());
        out.addAll(params);
        while (p.pos < sig.length() && sig.charAt(p.pos) == '^') {
            p.pos++;
            exOut.add(p.type());
        }
        return out.toArray(new Type[0]);
    }

    private static GenericDeclaration asDeclaration(Class<?> c) {
        return c;
    }

    private void typeParameters(ArrayList<TypeVariable<?>> out) {
        if (pos >= s.length() || s.charAt(pos) != '<')
            return;
        pos++;
        ArrayList<TypeVariable<?>> tvs = new ArrayList<>();
        ArrayList<int[]> spans = new ArrayList<>();
        while (s.charAt(pos) != '>') {
            int colon = s.indexOf(':', pos);
            String name = s.substring(pos, colon);
            int start = colon;
            pos = colon;
            while (s.charAt(pos) == ':') {
                pos++;
                if (s.charAt(pos) != ':')
                    skipType();
            }
            tvs.add(new TypeVar(name, scope, s.substring(start, pos), context));
        }
        pos++;
        own = tvs.toArray(new TypeVariable<?>[0]);
        out.addAll(tvs);
    }

    /* Bounds ":X:Y" or "::Y" of a type variable. */
    static Type[] bounds(String b, GenericDeclaration scope, Class<?> context) {
        GenericSignatures p = new GenericSignatures(b, scope, context);
        ArrayList<Type> out = new ArrayList<>();
        while (p.pos < b.length()) {
            p.pos++;   /* : */
            if (p.pos < b.length() && b.charAt(p.pos) != ':')
                out.add(p.type());
        }
        return out.toArray(new Type[0]);
    }

    private void skipType() {
        char c = s.charAt(pos++);
        if (c == '[') {
            skipType();
        } else if (c == 'T') {
            pos = s.indexOf(';', pos) + 1;
        } else if (c == 'L') {
            int depth = 0;
            for (;;) {
                char d = s.charAt(pos++);
                if (d == '<')
                    depth++;
                else if (d == '>')
                    depth--;
                else if (d == ';' && depth == 0)
                    return;
            }
        }
    }

    private Type type() {
        char c = s.charAt(pos++);
        switch (c) {
        case 'B': return byte.class;
        case 'C': return char.class;
        case 'D': return double.class;
        case 'F': return float.class;
        case 'I': return int.class;
        case 'J': return long.class;
        case 'S': return short.class;
        case 'Z': return boolean.class;
        case 'V': return void.class;
        case '[': {
            Type t = type();
            if (t instanceof Class)
                return Array.newInstance((Class<?>) t, 0).getClass();
            return new ArrayType(t);
        }
        case 'T': {
            int e = s.indexOf(';', pos);
            String n = s.substring(pos, e);
            pos = e + 1;
            return lookup(n);
        }
        case 'L': return classType();
        default: throw new GenericSignatureFormatError("Signature Parse error: " + s);
        }
    }

    /* own is set when this signature declares the scope's type
     * parameters: the scope is then being parsed, not to be asked. */
    private TypeVariable<?> lookup(String name) {
        Object d = scope;
        boolean first = true;
        while (d != null) {
            TypeVariable<?>[] tps;
            Object next;
            if (d instanceof Executable) {
                Executable e = (Executable) d;
                tps = first && own != null ? own : e.getTypeParameters();
                next = e.getDeclaringClass();
            } else {
                Class<?> c = (Class<?>) d;
                tps = first && own != null ? own : c.getTypeParameters();
                Executable em = c.getEnclosingMethod();
                next = em != null ? em : c.getEnclosingConstructor();
                if (next == null)
                    next = c.getEnclosingClass();
            }
            for (TypeVariable<?> tv : tps)
                if (tv.getName().equals(name))
                    return tv;
            d = next;
            first = false;
        }
        return new TypeVar(name, scope, "", context);   /* malformed: unbounded */
    }

    static Class<?> load(String name, Class<?> context) {
        try {
            return Class.forName(name, false, context.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new TypeNotPresentException(name, e);
        }
    }

    /* Lpkg/Outer<args>.Inner<args>; (jdk's Reifier.visitClassTypeSignature). */
    private Type classType() {
        StringBuilder name = new StringBuilder();
        Type owner = null;
        boolean parameterized = false;
        for (;;) {
            int start = pos;
            while ("<.;".indexOf(s.charAt(pos)) < 0)
                pos++;
            if (name.length() > 0)
                name.append('$');
            name.append(s, start, pos);
            Type[] args = new Type[0];
            boolean hasArgs = s.charAt(pos) == '<';
            if (hasArgs) {
                pos++;
                ArrayList<Type> a = new ArrayList<>();
                while (s.charAt(pos) != '>')
                    a.add(typeArgument());
                pos++;
                args = a.toArray(new Type[0]);
            }
            char end = s.charAt(pos++);
            if (hasArgs || parameterized) {
                Class<?> raw = load(name.toString().replace('/', '.'), context);
                owner = new ParamType(raw, args, parameterized ? owner : raw.getDeclaringClass());
                parameterized = true;
            }
            if (end == ';')
                return parameterized ? owner : load(name.toString().replace('/', '.'), context);
        }
    }

    private Type typeArgument() {
        char c = s.charAt(pos);
        if (c == '*') {
            pos++;
            return new Wildcard(new Type[] { Object.class }, new Type[0]);
        }
        if (c == '+') {
            pos++;
            return new Wildcard(new Type[] { type() }, new Type[0]);
        }
        if (c == '-') {
            pos++;
            return new Wildcard(new Type[] { Object.class }, new Type[] { type() });
        }
        return type();
    }

    static final class ParamType implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] args;
        private final Type owner;

        ParamType(Class<?> raw, Type[] args, Type owner) {
            this.raw = raw;
            this.args = args;
            this.owner = owner;
        }

        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        public Class<?> getRawType() {
            return raw;
        }

        public Type getOwnerType() {
            return owner;
        }

        public boolean equals(Object o) {
            if (!(o instanceof ParameterizedType))
                return false;
            ParameterizedType p = (ParameterizedType) o;
            return raw.equals(p.getRawType()) && Objects.equals(owner, p.getOwnerType())
                    && Arrays.equals(args, p.getActualTypeArguments());
        }

        public int hashCode() {
            return Arrays.hashCode(args) ^ Objects.hashCode(owner) ^ raw.hashCode();
        }

        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (owner != null) {
                sb.append(owner.getTypeName()).append('$');
                if (owner instanceof ParamType)
                    sb.append(raw.getName().replace(((ParamType) owner).raw.getName() + "$", ""));
                else
                    sb.append(raw.getSimpleName());
            } else {
                sb.append(raw.getName());
            }
            if (args.length > 0) {
                sb.append('<');
                for (int i = 0; i < args.length; i++) {
                    if (i > 0)
                        sb.append(", ");
                    sb.append(args[i].getTypeName());
                }
                sb.append('>');
            }
            return sb.toString();
        }
    }

    static final class Wildcard implements WildcardType {
        private final Type[] upper, lower;

        Wildcard(Type[] upper, Type[] lower) {
            this.upper = upper;
            this.lower = lower;
        }

        public Type[] getUpperBounds() {
            return upper.clone();
        }

        public Type[] getLowerBounds() {
            return lower.clone();
        }

        public boolean equals(Object o) {
            if (!(o instanceof WildcardType))
                return false;
            WildcardType w = (WildcardType) o;
            return Arrays.equals(lower, w.getLowerBounds()) && Arrays.equals(upper, w.getUpperBounds());
        }

        public int hashCode() {
            return Arrays.hashCode(lower) ^ Arrays.hashCode(upper);
        }

        public String toString() {
            Type[] b = lower;
            StringBuilder sb = new StringBuilder();
            if (lower.length > 0) {
                sb.append("? super ");
            } else if (upper.length > 0 && !upper[0].equals(Object.class)) {
                b = upper;
                sb.append("? extends ");
            } else {
                return "?";
            }
            for (int i = 0; i < b.length; i++) {
                if (i > 0)
                    sb.append(" & ");
                sb.append(b[i].getTypeName());
            }
            return sb.toString();
        }
    }

    static final class ArrayType implements GenericArrayType {
        private final Type component;

        ArrayType(Type component) {
            this.component = component;
        }

        public Type getGenericComponentType() {
            return component;
        }

        public boolean equals(Object o) {
            return o instanceof GenericArrayType
                    && Objects.equals(component, ((GenericArrayType) o).getGenericComponentType());
        }

        public int hashCode() {
            return Objects.hashCode(component);
        }

        public String toString() {
            return component.getTypeName() + "[]";
        }
    }

    static final class TypeVar implements TypeVariable<GenericDeclaration> {
        private final String name;
        private final GenericDeclaration decl;
        private final String boundSig;
        private final Class<?> context;
        private Type[] bounds;

        TypeVar(String name, GenericDeclaration decl, String boundSig, Class<?> context) {
            this.name = name;
            this.decl = decl;
            this.boundSig = boundSig;
            this.context = context;
        }

        public Type[] getBounds() {
            Type[] b = bounds;
            if (b == null) {
                b = GenericSignatures.bounds(boundSig, decl, context);
                if (b.length == 0)
                    b = new Type[] { Object.class };
                bounds = b;
            }
            return b.clone();
        }

        public GenericDeclaration getGenericDeclaration() {
            return decl;
        }

        public String getName() {
            return name;
        }

        public boolean equals(Object o) {
            if (o == null || o.getClass() != getClass())
                return false;
            TypeVar t = (TypeVar) o;
            return Objects.equals(decl, t.decl) && name.equals(t.name);
        }

        public int hashCode() {
            return decl.hashCode() ^ name.hashCode();
        }

        public String toString() {
            return name;
        }

        public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
            Objects.requireNonNull(annotationClass);
            return null;
        }

        public Annotation[] getAnnotations() {
            return new Annotation[0];
        }

        public Annotation[] getDeclaredAnnotations() {
            return new Annotation[0];
        }
    }
}
