// IncompatibleClassChangeError when a static method becomes an instance method
// and a static field becomes an instance field (IncompatibleStatic.v2/).
class IcsLib {
    static int compute() { return 1; }
    static int field = 5;
}
public class IncompatibleStatic {
    public static void main(String[] args) {
        try { System.out.println(IcsLib.compute()); }
        catch (IncompatibleClassChangeError e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        try { System.out.println(IcsLib.field); }
        catch (IncompatibleClassChangeError e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
    }
}
