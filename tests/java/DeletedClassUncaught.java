// delete: DeletedHelper
// An uncaught NoClassDefFoundError for a top-level class deleted after compilation.
class DeletedHelper { static String hello() { return "hi"; } }
public class DeletedClassUncaught {
    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(DeletedHelper.hello());
    }
}
