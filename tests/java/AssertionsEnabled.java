// jvm: -ea
// With -ea, a failing assert throws AssertionError with its message.
public class AssertionsEnabled {
    public static void main(String[] args) {
        System.out.println("desired " + AssertionsEnabled.class.desiredAssertionStatus());
        try { assert 1 > 2 : "math is broken " + 42; } catch (AssertionError e) { System.out.println("caught: " + e.getMessage()); }
        int x = 5;
        assert x == 5;
        assert x < 0 : x;
    }
}
