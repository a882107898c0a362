import java.lang.reflect.*;
import java.util.*;

/* setAccessible on the class library: module java.base exports public members and opens nothing to the unnamed module. */
public class ReflectModules {
    private int mine;

    static String noHash(String msg) {
        int at = msg.lastIndexOf(" @");
        return at < 0 ? msg : msg.substring(0, at) + " @...";
    }

    static void trySet(AccessibleObject ao) {
        try {
            ao.setAccessible(true);
            System.out.println("ok: " + ao);
        } catch (InaccessibleObjectException e) {
            System.out.println("InaccessibleObjectException: " + noHash(e.getMessage()));
        }
    }

    public static void main(String[] args) throws Exception {
        Field hash = String.class.getDeclaredField("hash");
        System.out.println(hash.trySetAccessible() + " " + hash.canAccess("x") + " " + hash.isAccessible());
        trySet(hash);
        trySet(String.class.getMethod("length"));
        trySet(Object.class.getDeclaredMethod("clone"));
        trySet(Object.class.getConstructor());
        trySet(Integer.class.getField("MAX_VALUE"));
        trySet(Integer.class.getDeclaredField("value"));
        trySet(ArrayList.class.getDeclaredField("size"));
        trySet(ReflectModules.class.getDeclaredField("mine"));
        Method len = String.class.getMethod("length");
        try {
            AccessibleObject.setAccessible(new AccessibleObject[] { len, hash }, true);
        } catch (InaccessibleObjectException e) {
            System.out.println("array: all or none");
        }
        System.out.println(String.class.getMethod("isEmpty").trySetAccessible() + " " + hash.trySetAccessible());
        hash.setAccessible(false);
        System.out.println("false is always allowed " + hash.isAccessible());
        // without setAccessible, the JDK's access check still applies
        try {
            hash.get("abc");
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(String.class.getMethod("length").invoke("four"));
    }
}
