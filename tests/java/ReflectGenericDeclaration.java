import java.lang.reflect.*;
import java.util.*;
// A class's type variables are declared by the Class itself, a GenericDeclaration.
public class ReflectGenericDeclaration<T> { public static void main(String[] a) { TypeVariable<?> tv = ReflectGenericDeclaration.class.getTypeParameters()[0];
  GenericDeclaration d = tv.getGenericDeclaration(); System.out.println(d == ReflectGenericDeclaration.class);
  System.out.println(d instanceof GenericDeclaration); System.out.println(d.getTypeParameters().length); } }
