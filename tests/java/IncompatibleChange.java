// IncompatibleClassChangeError: IccThing turns from a class into an interface
// (IncompatibleChange.v2/), so the invokevirtual compiled against it no longer fits.
class IccThing {
    int value() { return 1; }
}
class IccUser { static int use(IccThing t) { return t.value(); } }
public class IncompatibleChange {
    public static void main(String[] args) {
        try { System.out.println(IccUser.use(null)); }
        catch (IncompatibleClassChangeError e) { System.out.println(e.getClass().getName() + ": " + e.getMessage()); }
        catch (NullPointerException e) { System.out.println("NPE first"); }
    }
}
