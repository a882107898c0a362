// Records: hashCode/equals/toString of every component type, as the JDK computes them.
import java.util.*;
public class CoreRecords { record Pair(String a, int b) {} record Q(long l, double d, float f, boolean z, char c, byte by, short s, Object o) {}
  public static void main(String[] a) {
    System.out.println(new Pair("p", 1).hashCode() + " " + new Pair(null, 0).hashCode() + " " + new Q(1L<<40, 2.5, 1.5f, true, 'x', (byte)-1, (short)300, "s").hashCode() + " " + new Q(0, -0.0, Float.NaN, false, 'a', (byte)0, (short)0, null).hashCode());
    System.out.println(new Q(0, -0.0, Float.NaN, false, 'a', (byte)0, (short)0, null).equals(new Q(0, 0.0, Float.NaN, false, 'a', (byte)0, (short)0, null)));
    System.out.println(new Q(0, Double.NaN, Float.NaN, false, 'a', (byte)0, (short)0, null).equals(new Q(0, Double.NaN, Float.NaN, false, 'a', (byte)0, (short)0, null)));
    Map<Object,String> m = new HashMap<>(); m.put(null, "n"); m.put(-1, "x"); System.out.println(m);
  }
}
