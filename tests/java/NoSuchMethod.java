// NoSuchMethodError: NsmLib is recompiled (NoSuchMethod.v2/) without the methods
// this class was compiled against; the error names class, method and descriptor.
class NsmLib {
    static int twice(int x) { return 2 * x; }
    String greet(String who) { return "hello " + who; }
    static int kept() { return 7; }
}
public class NoSuchMethod {
    public static void main(String[] args) {
        System.out.println(NsmLib.kept());
        try { System.out.println(NsmLib.twice(4)); }
        catch (NoSuchMethodError e) { System.out.println("static: " + e.getMessage()); }
        try { System.out.println(new NsmLib().greet("x")); }
        catch (NoSuchMethodError e) { System.out.println("virtual: " + e.getMessage()); }
        System.out.println(NsmLib.twice(5));
    }
}
