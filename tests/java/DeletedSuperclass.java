// delete: DeletedSuperBase
// Loading a class whose superclass was deleted: NoClassDefFoundError names the superclass.
class DeletedSuperBase { }
class DeletedSuperChild extends DeletedSuperBase { int x = 1; }
public class DeletedSuperclass {
    public static void main(String[] args) {
        try { System.out.println(new DeletedSuperChild().x); }
        catch (NoClassDefFoundError e) { System.out.println("caught: " + e.getMessage()); }
    }
}
