/*
 * Signatures: generic signatures (JVMS 4.7.9.1) to the type names that the
 * JDK's Type objects print (getTypeName of ParameterizedType, TypeVariable,
 * WildcardType, GenericArrayType), for toGenericString and Parameter.
 * The Type objects themselves (getGenericType and friends) are
 * java.lang.reflect.GenericSignatures'.
 */
package jdk.internal.reflect;

import java.util.ArrayList;

public final class Signatures {
    private final String s;
    private int pos;

    private Signatures(String s) {
        this.s = s;
    }

    /* A field's generic type name. */
    public static String fieldType(String sig) {
        return new Signatures(sig).type();
    }

    /* A method's: [0] the type parameters ("<T,U extends X> " or ""),
     * [1] the return type, then the parameters; throws go to throwsOut. */
    public static String[] method(String sig, ArrayList<String> throwsOut) {
        Signatures p = new Signatures(sig);
        ArrayList<String> out = new ArrayList<>();
        out.add(p.typeParameters());
        ArrayList<String> params = new ArrayList<>();
        p.pos++;   /* ( */
        while (p.s.charAt(p.pos) != ')')
            params.add(p.type());
        p.pos++;
        out.add(p.type());
        out.addAll(params);
        while (p.pos < p.s.length() && p.s.charAt(p.pos) == '^') {
            p.pos++;
            throwsOut.add(p.type());
        }
        return out.toArray(new String[0]);
    }

    private String typeParameters() {
        if (s.charAt(pos) != '<')
            return "";
        pos++;
        StringBuilder sb = new StringBuilder("<");
        boolean first = true;
        while (s.charAt(pos) != '>') {
            int colon = s.indexOf(':', pos);
            String name = s.substring(pos, colon);
            pos = colon;
            ArrayList<String> bounds = new ArrayList<>();
            while (s.charAt(pos) == ':') {
                pos++;
                if (s.charAt(pos) != ':')
                    bounds.add(type());
            }
            if (!first)
                sb.append(',');
            first = false;
            sb.append(name);
            if (!(bounds.size() == 1 && bounds.get(0).equals("java.lang.Object")) && !bounds.isEmpty())
                sb.append(" extends ").append(String.join(" & ", bounds));
        }
        pos++;
        return sb.append("> ").toString();
    }

    private String type() {
        char c = s.charAt(pos++);
        switch (c) {
        case 'B': return "byte";
        case 'C': return "char";
        case 'D': return "double";
        case 'F': return "float";
        case 'I': return "int";
        case 'J': return "long";
        case 'S': return "short";
        case 'Z': return "boolean";
        case 'V': return "void";
        case '[': return type() + "[]";
        case 'T': {
            int e = s.indexOf(';', pos);
            String n = s.substring(pos, e);
            pos = e + 1;
            return n;
        }
        case 'L': return classType();
        default: throw new IllegalArgumentException("bad signature " + s);
        }
    }

    /* Lpkg/Outer<args>.Inner<args>; as the JDK prints it. */
    private String classType() {
        StringBuilder sb = new StringBuilder();
        String raw = null;
        for (;;) {
            int start = pos;
            while ("<.;".indexOf(s.charAt(pos)) < 0)
                pos++;
            String part = s.substring(start, pos).replace('/', '.');
            if (raw == null) {
                raw = part;
                sb.append(part);
            } else {
                raw = raw + "$" + part;
                sb.append('$').append(part);
            }
            boolean hasArgs = s.charAt(pos) == '<';
            if (hasArgs) {
                pos++;
                sb.append('<');
                boolean first = true;
                while (s.charAt(pos) != '>') {
                    if (!first)
                        sb.append(", ");
                    first = false;
                    char c = s.charAt(pos);
                    if (c == '*') {
                        pos++;
                        sb.append('?');
                    } else if (c == '+') {
                        pos++;
                        String b = type();
                        sb.append(b.equals("java.lang.Object") ? "?" : "? extends " + b);
                    } else if (c == '-') {
                        pos++;
                        sb.append("? super ").append(type());
                    } else {
                        sb.append(type());
                    }
                }
                pos++;
                sb.append('>');
            }
            if (s.charAt(pos++) == ';')
                return sb.toString();
        }
    }
}
