// assert statements are off without -ea: no error, and no side effects evaluated.
public class Assertions {
    static int evaluated = 0;
    static boolean check() { evaluated++; return false; }
    public static void main(String[] args) {
        assert check() : "should not fire";
        assert false;
        System.out.println("evaluated " + evaluated + " desired " + Assertions.class.desiredAssertionStatus());
        try { throw new AssertionError("explicit"); } catch (AssertionError e) { System.out.println(e.getMessage()); }
        System.out.println(new AssertionError(7).getMessage() + " " + new AssertionError(true).getMessage() + " " + new AssertionError('c').getMessage() + " " + new AssertionError(1.5).getMessage());
        Throwable cause = new RuntimeException("c");
        System.out.println(new AssertionError(cause).getCause() == cause);
    }
}
