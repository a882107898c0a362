import java.util.function.*;
// Class modifiers and isSynthetic: lambda classes are final synthetic (not public),
// enums, annotations, interfaces and anonymous classes as the JDK reports them.
public class ReflectSynthetic { enum E { A } @interface An {} 
  public static void main(String[] a) { Runnable r = () -> {}; Supplier<String> s = String::new;
    for (Class<?> c : new Class<?>[]{ReflectSynthetic.class, E.class, An.class, Runnable.class, new Object(){}.getClass()})
      System.out.println(c.getSimpleName() + " " + c.getModifiers() + " " + c.isSynthetic());
    System.out.println("lambda " + r.getClass().getModifiers() + " " + r.getClass().isSynthetic() + " " + s.getClass().isSynthetic());
  } }
