// AbstractMethodError: AmeShape gains an abstract method (AbstractMethod.v2/)
// that AmeSquare, compiled against the old version, does not implement.
abstract class AmeShape {
    String name() { return "shape"; }
}
class AmeSquare extends AmeShape { }
interface AmeIface { default int size() { return 1; } }
class AmeImpl implements AmeIface { }
public class AbstractMethod {
    public static void main(String[] args) {
        AmeShape s = new AmeSquare();
        try { System.out.println(s.name()); }
        catch (AbstractMethodError e) { System.out.println("class: " + e.getMessage()); }
        AmeIface i = new AmeImpl();
        try { System.out.println(i.size()); }
        catch (AbstractMethodError e) { System.out.println("interface: " + e.getMessage()); }
    }
}
