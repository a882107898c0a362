// delete: DeletedClass$Gone
// A class deleted after compilation: NoClassDefFoundError naming it, caught,
// and again on the second use; code that does not touch it still runs.
public class DeletedClass {
    static class Gone { static int value() { return 42; } }
    static int useIt() { return Gone.value(); }
    public static void main(String[] args) {
        System.out.println("start");
        try { System.out.println(useIt()); }
        catch (NoClassDefFoundError e) { System.out.println("1: " + e); }
        try { System.out.println(useIt()); }
        catch (NoClassDefFoundError e) { System.out.println("2: " + e.getMessage()); }
        try { Object o = new Gone(); System.out.println(o); }
        catch (NoClassDefFoundError e) { System.out.println("3: " + e.getMessage()); }
        System.out.println("end");
    }
}
