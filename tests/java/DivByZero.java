// Division by zero: ArithmeticException "/ by zero" for int and long / and %,
// but not for float and double.
public class DivByZero {
    static int zero() { return 0; }
    static long lzero() { return 0L; }
    public static void main(String[] args) {
        try { System.out.println(1 / zero()); } catch (ArithmeticException e) { System.out.println("idiv: " + e.getMessage()); }
        try { System.out.println(1 % zero()); } catch (ArithmeticException e) { System.out.println("irem: " + e.getMessage()); }
        try { System.out.println(1L / lzero()); } catch (ArithmeticException e) { System.out.println("ldiv: " + e.getMessage()); }
        try { System.out.println(1L % lzero()); } catch (ArithmeticException e) { System.out.println("lrem: " + e); }
        System.out.println(1.0 / zero());
        System.out.println(-1.0 / zero());
        System.out.println(0.0 / zero());
        System.out.println(1.0f / zero());
        System.out.println(5.0 % zero());
        System.out.println(5.0f % zero());
        int n = 0;
        try { n += 10 / zero(); } catch (RuntimeException e) { System.out.println(e.getClass().getName() + " n=" + n); }
    }
}
