// NoSuchFieldError: NsfLib is recompiled (NoSuchField.v2/) without the fields.
class NsfLib {
    static int counter = 1;
    String name = "n";
    static int stays = 3;
}
public class NoSuchField {
    public static void main(String[] args) {
        System.out.println(NsfLib.stays);
        try { System.out.println(NsfLib.counter); }
        catch (NoSuchFieldError e) { System.out.println("static: " + e.getMessage()); }
        try { System.out.println(new NsfLib().name); }
        catch (NoSuchFieldError e) { System.out.println("instance: " + e.getMessage()); }
        NsfLib.counter = 5;
    }
}
