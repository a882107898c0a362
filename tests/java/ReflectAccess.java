import java.lang.reflect.*;

/* Access checks of reflection: private, package, protected members; setAccessible, canAccess; nestmates. */
public class ReflectAccess {
    private int mine = 1;
    private static String hidden() { return "nest-private"; }
    static class Inner { private int innerSecret = 2; private Inner() {} private String tell() { return "inner"; } }

    public static void main(String[] args) throws Exception {
        RaccTarget t = new RaccTarget();
        Field priv = RaccTarget.class.getDeclaredField("priv");
        Field pkg = RaccTarget.class.getDeclaredField("pkg");
        Field prot = RaccTarget.class.getDeclaredField("prot");
        Field pub = RaccTarget.class.getDeclaredField("pub");
        Method pm = RaccTarget.class.getDeclaredMethod("secret", int.class);
        Constructor<RaccTarget> pc = RaccTarget.class.getDeclaredConstructor(String.class);
        System.out.println(attempt(() -> priv.get(t)));
        System.out.println(attempt(() -> { priv.setInt(t, 5); return t; }));
        System.out.println(attempt(() -> pkg.get(t)) + " " + attempt(() -> prot.get(t)) + " " + attempt(() -> pub.get(t)));
        System.out.println(attempt(() -> pm.invoke(t, 3)));
        System.out.println(attempt(() -> pc.newInstance("x")));
        System.out.println(attempt(() -> RaccTarget.class.getDeclaredField("SPRIV").get(null)));
        System.out.println(attempt(() -> RaccTarget.class.getDeclaredMethod("sprivate").invoke(null)));
        System.out.println(attempt(() -> RaccPrivateCtor.class.newInstance()));
        System.out.println("canAccess " + priv.canAccess(t) + " " + pub.canAccess(t) + " " + pm.canAccess(t) + " " + pc.canAccess(null));
        System.out.println(attempt(() -> priv.canAccess(null)));
        System.out.println(attempt(() -> priv.canAccess("wrong")));
        System.out.println(attempt(() -> RaccTarget.class.getDeclaredField("SPRIV").canAccess(t)));
        priv.setAccessible(true);
        System.out.println(priv.isAccessible() + " " + priv.canAccess(t) + " " + attempt(() -> priv.get(t)));
        priv.setInt(t, 41);
        System.out.println(priv.getInt(t));
        System.out.println(pm.trySetAccessible() + " " + attempt(() -> pm.invoke(t, 3)));
        pc.setAccessible(true);
        System.out.println(attempt(() -> pc.newInstance("made")));
        // a fresh copy is not accessible
        System.out.println(attempt(() -> RaccTarget.class.getDeclaredField("priv").get(t)));
        AccessibleObject.setAccessible(new AccessibleObject[] { pkg, prot }, true);
        System.out.println(pkg.isAccessible() + " " + prot.isAccessible());
        priv.setAccessible(false);
        System.out.println(attempt(() -> priv.get(t)));
        // nestmates may use each other's private members
        System.out.println(attempt(() -> ReflectAccess.class.getDeclaredField("mine").get(new ReflectAccess())));
        System.out.println(attempt(() -> ReflectAccess.class.getDeclaredMethod("hidden").invoke(null)));
        System.out.println(attempt(() -> Inner.class.getDeclaredField("innerSecret").get(Inner.class.getDeclaredConstructor().newInstance())));
        System.out.println(attempt(() -> Inner.class.getDeclaredMethod("tell").invoke(new Inner())));
        System.out.println(attempt(() -> RaccTarget.callBack()));
        // a member that passed the check for one caller is checked again for another
        Field shared = RaccTarget.readAndReturn();
        System.out.println(attempt(() -> shared.get(t)) + " " + attempt(() -> RaccTarget.readWith(shared)));
        // the reflection objects' own fields are hidden, as in the JDK
        System.out.println(Method.class.getDeclaredFields().length + " " + Field.class.getDeclaredFields().length + " "
            + Constructor.class.getDeclaredFields().length + " " + AccessibleObject.class.getDeclaredFields().length + " "
            + attempt(() -> Field.class.getDeclaredField("slot")));
        // protected members from a subclass
        RaccSub s = new RaccSub();
        System.out.println(attempt(() -> s.viaSub()));
    }

    interface Action { Object run() throws Throwable; }

    static String attempt(Action a) {
        try {
            return String.valueOf(a.run());
        } catch (Throwable e) {
            return e.getClass().getSimpleName() + "(" + e.getMessage() + ")";
        }
    }
}

class RaccTarget {
    private int priv = 7;
    int pkg = 8;
    protected int prot = 9;
    public int pub = 10;
    private static final String SPRIV = "static secret";
    RaccTarget() {}
    private RaccTarget(String s) { priv = s.length(); }
    private int secret(int x) { return priv * x; }
    private static String sprivate() { return "sp"; }
    public String toString() { return "RaccTarget(" + priv + ")"; }
    static Field readAndReturn() throws Exception {
        Field f = RaccTarget.class.getDeclaredField("priv");
        f.get(new RaccTarget());
        return f;
    }
    static Object readWith(Field f) throws Exception {
        return f.get(new RaccTarget());
    }
    /* the target's own class reads its private field: allowed */
    static Object callBack() throws Exception {
        return RaccTarget.class.getDeclaredField("priv").get(new RaccTarget());
    }
}

class RaccPrivateCtor {
    private RaccPrivateCtor() {}
}

class RaccSub extends RaccTarget {
    Object viaSub() throws Exception {
        return RaccTarget.class.getDeclaredField("prot").get(this) + " " + RaccTarget.class.getDeclaredMethod("secret", int.class).canAccess(this);
    }
}
