/* Parameter: a parameter of a method or constructor (names are argN: no MethodParameters yet). */
package java.lang.reflect;

import java.lang.annotation.Annotation;

public final class Parameter implements AnnotatedElement {
    private final String name;
    private final int modifiers;
    private final Executable executable;
    private final int index;

    Parameter(String name, int modifiers, Executable executable, int index) {
        this.name = name;
        this.modifiers = modifiers;
        this.executable = executable;
        this.index = index;
    }

    public boolean equals(Object obj) {
        return obj instanceof Parameter && ((Parameter) obj).executable.equals(executable)
                && ((Parameter) obj).index == index;
    }

    public int hashCode() {
        return executable.hashCode() ^ index;
    }

    public boolean isNamePresent() {
        return false;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder();
        String type = executable.genericParameterName(index);
        if (executable.isVarArgs() && index == executable.getParameterCount() - 1 && type.endsWith("[]"))
            type = type.substring(0, type.length() - 2) + "...";
        if (modifiers != 0)
            sb.append(Modifier.toString(modifiers)).append(' ');
        return sb.append(type).append(' ').append(name).toString();
    }

    public Executable getDeclaringExecutable() {
        return executable;
    }

    public int getModifiers() {
        return modifiers;
    }

    public String getName() {
        return name;
    }

    public Class<?> getType() {
        return executable.sharedParameterTypes()[index];
    }

    public Type getParameterizedType() {
        return executable.parameterizedType(index);
    }

    public boolean isImplicit() {
        return false;
    }

    public boolean isSynthetic() {
        return false;
    }

    public boolean isVarArgs() {
        return executable.isVarArgs() && index == executable.getParameterCount() - 1;
    }

    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        return jdk.internal.reflect.AnnotationParser.find(executable.sharedParameterAnnotations()[index], annotationClass);
    }

    public Annotation[] getAnnotations() {
        return getDeclaredAnnotations();
    }

    public Annotation[] getDeclaredAnnotations() {
        return executable.sharedParameterAnnotations()[index].clone();
    }

    public <T extends Annotation> T[] getAnnotationsByType(Class<T> annotationClass) {
        return jdk.internal.reflect.AnnotationParser.byType(executable.sharedParameterAnnotations()[index], annotationClass);
    }
}
