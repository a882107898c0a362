/*
 * Field: a field of a class, made by the VM (jvm/natives_reflect.c sets
 * clazz, name, desc, modifiers and slot).  Reads and writes go through
 * jdk.internal.reflect.Reflection's raw accessors; the checks, widening
 * and messages are the JDK's (UnsafeFieldAccessorImpl).
 */
package java.lang.reflect;

import java.lang.annotation.Annotation;
import jdk.internal.reflect.AnnotationParser;
import jdk.internal.reflect.Reflection;

public final class Field extends AccessibleObject implements Member {
    private Class<?> clazz;
    private String name;
    private String desc;
    private int modifiers;
    private int slot;
    private Class<?> type;

    private Field() {
    }

    public Class<?> getDeclaringClass() {
        return clazz;
    }

    public String getName() {
        return name;
    }

    public int getModifiers() {
        return modifiers;
    }

    public boolean isEnumConstant() {
        return (modifiers & Modifier.ENUM) != 0;
    }

    public boolean isSynthetic() {
        return (modifiers & Modifier.SYNTHETIC) != 0;
    }

    public Class<?> getType() {
        Class<?> t = type;
        if (t == null)
            type = t = Reflection.typeOf(desc);
        return t;
    }

    public Type getGenericType() {
        String sig = Reflection.signature(clazz, 1, slot);
        return sig == null ? getType() : GenericSignatures.fieldType(clazz, sig);
    }

    public boolean equals(Object obj) {
        if (obj instanceof Field) {
            Field o = (Field) obj;
            return clazz == o.clazz && name == o.name && getType() == o.getType();
        }
        return false;
    }

    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    public String toString() {
        int mod = getModifiers() & Modifier.fieldModifiers();
        return (mod == 0 ? "" : Modifier.toString(mod) + " ") + getType().getTypeName() + " "
                + clazz.getTypeName() + "." + name;
    }

    public String toGenericString() {
        int mod = getModifiers() & Modifier.fieldModifiers();
        String sig = Reflection.signature(clazz, 1, slot);
        String type = sig == null ? getType().getTypeName() : jdk.internal.reflect.Signatures.fieldType(sig);
        return (mod == 0 ? "" : Modifier.toString(mod) + " ") + type + " " + clazz.getTypeName() + "." + name;
    }

    @Override
    Annotation[] parseAnnotations() {
        return AnnotationParser.member(clazz, 1, slot);
    }

    /* ---- access ----------------------------------------------------------------- */

    private String qualifiedName() {
        return clazz.getName() + "." + name;
    }

    /* The receiver of an access: null for statics (initializing the class). */
    private Object receiver(Object obj, boolean set) throws IllegalAccessException {
        checkAccess(clazz, obj, modifiers);
        if (Modifier.isStatic(modifiers)) {
            Reflection.ensureInit(clazz);
            return null;
        }
        if (obj == null)
            throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \""
                    + (override ? "o" : "obj") + "\" is null");
        if (!clazz.isInstance(obj))
            throw new IllegalArgumentException(setMessage(obj.getClass().getName(), ""));
        return obj;
    }

    private String setMessage(String attemptedType, String attemptedValue) {
        String err = "Can not set";
        if (Modifier.isStatic(modifiers))
            err += " static";
        if (Modifier.isFinal(modifiers))
            err += " final";
        err += " " + getType().getName() + " field " + qualifiedName() + " to ";
        if (!attemptedValue.isEmpty())
            err += "(" + attemptedType + ")" + attemptedValue;
        else if (!attemptedType.isEmpty())
            err += attemptedType;
        else
            err += "null value";
        return err;
    }

    private IllegalArgumentException getError(String type) {
        return new IllegalArgumentException("Attempt to get " + getType().getName() + " field \""
                + qualifiedName() + "\" with illegal data type conversion to " + type);
    }

    public Object get(Object obj) throws IllegalArgumentException, IllegalAccessException {
        Object o = receiver(obj, false);
        Class<?> t = getType();
        if (!t.isPrimitive())
            return Reflection.getRef(o, clazz, slot);
        return Reflection.box(t, Reflection.getRaw(o, clazz, slot));
    }

    /* A primitive read, widened to type `to`. */
    private long getPrim(Object obj, Class<?> to) throws IllegalAccessException {
        Object o = receiver(obj, false);
        Class<?> t = getType();
        if (!t.isPrimitive() || !Reflection.widens(t, to))
            throw getError(to.getName());
        long bits = Reflection.getRaw(o, clazz, slot);
        if (t == to)
            return bits;
        return Reflection.widenedBits(Reflection.box(t, bits), to);
    }

    public boolean getBoolean(Object obj) throws IllegalAccessException {
        return getPrim(obj, boolean.class) != 0;
    }

    public byte getByte(Object obj) throws IllegalAccessException {
        return (byte) getPrim(obj, byte.class);
    }

    public char getChar(Object obj) throws IllegalAccessException {
        return (char) getPrim(obj, char.class);
    }

    public short getShort(Object obj) throws IllegalAccessException {
        return (short) getPrim(obj, short.class);
    }

    public int getInt(Object obj) throws IllegalAccessException {
        return (int) getPrim(obj, int.class);
    }

    public long getLong(Object obj) throws IllegalAccessException {
        return getPrim(obj, long.class);
    }

    public float getFloat(Object obj) throws IllegalAccessException {
        return Float.intBitsToFloat((int) getPrim(obj, float.class));
    }

    public double getDouble(Object obj) throws IllegalAccessException {
        return Double.longBitsToDouble(getPrim(obj, double.class));
    }

    /* Final fields: static ones never, instance ones only when accessible
     * and not of a record or a hidden class.  The message shows the value
     * as "(type)value" for the primitive setters (primitive), else its
     * class. */
    private void checkWritable(Object value, Class<?> primitive) throws IllegalAccessException {
        if (Modifier.isFinal(modifiers)
                && (Modifier.isStatic(modifiers) || !override || clazz.isRecord() || clazz.isHidden()))
            throw new IllegalAccessException(primitive != null ? setMessage(primitive.getName(), String.valueOf(value))
                    : setMessage(value != null ? value.getClass().getName() : "", ""));
    }

    public void set(Object obj, Object value) throws IllegalArgumentException, IllegalAccessException {
        Object o = receiver(obj, true);
        checkWritable(value, null);
        Class<?> t = getType();
        if (!t.isPrimitive()) {
            if (value != null && !t.isInstance(value))
                throw new IllegalArgumentException(setMessage(value.getClass().getName(), ""));
            Reflection.setRef(o, clazz, slot, value);
            return;
        }
        Class<?> from = Reflection.primitiveOf(value);
        if (from == null || !Reflection.widens(from, t))
            throw new IllegalArgumentException(setMessage(value != null ? value.getClass().getName() : "", ""));
        Reflection.setRaw(o, clazz, slot, Reflection.widenedBits(value, t));
    }

    /* A primitive write of value v (boxed) of type from. */
    private void setPrim(Object obj, Object v, Class<?> from) throws IllegalAccessException {
        Object o = receiver(obj, true);
        Class<?> t = getType();
        if (!t.isPrimitive() || !Reflection.widens(from, t))
            throw new IllegalArgumentException(setMessage(from.getName(), String.valueOf(v)));
        checkWritable(v, from);
        Reflection.setRaw(o, clazz, slot, Reflection.widenedBits(v, t));
    }

    public void setBoolean(Object obj, boolean z) throws IllegalAccessException {
        setPrim(obj, Boolean.valueOf(z), boolean.class);
    }

    public void setByte(Object obj, byte b) throws IllegalAccessException {
        setPrim(obj, Byte.valueOf(b), byte.class);
    }

    public void setChar(Object obj, char c) throws IllegalAccessException {
        setPrim(obj, Character.valueOf(c), char.class);
    }

    public void setShort(Object obj, short s) throws IllegalAccessException {
        setPrim(obj, Short.valueOf(s), short.class);
    }

    public void setInt(Object obj, int i) throws IllegalAccessException {
        setPrim(obj, Integer.valueOf(i), int.class);
    }

    public void setLong(Object obj, long l) throws IllegalAccessException {
        setPrim(obj, Long.valueOf(l), long.class);
    }

    public void setFloat(Object obj, float f) throws IllegalAccessException {
        setPrim(obj, Float.valueOf(f), float.class);
    }

    public void setDouble(Object obj, double d) throws IllegalAccessException {
        setPrim(obj, Double.valueOf(d), double.class);
    }
}
