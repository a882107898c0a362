// Exceptions thrown from constructors, field initializers and instance
// initializers; the partly built object is not visible; super constructor failures.
public class CtorExceptions {
    static int built = 0;
    static class Base { Base(boolean fail) { if (fail) throw new IllegalArgumentException("base refused"); built++; } }
    static class Derived extends Base { int[] data = new int[size()]; int size() { return -1; } Derived() { super(false); System.out.println("not reached"); } }
    static class Init { { if (built >= 0) throw new IllegalStateException("initializer"); } }
    static class Checked { Checked() throws Exception { throw new Exception("checked ctor"); } }
    public static void main(String[] args) {
        Base b = null;
        try { b = new Base(true); } catch (IllegalArgumentException e) { System.out.println(e.getMessage() + " " + b + " " + built); }
        try { new Derived(); } catch (NegativeArraySizeException e) { System.out.println("field init: " + e.getMessage() + " built=" + built); }
        try { new Init(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        try { new Checked(); } catch (Exception e) { System.out.println(e.getMessage()); }
        System.out.println(new Base(false) != null);
    }
}
