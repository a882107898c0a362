// Interface initialization: a superinterface is initialized with a class only if
// it declares default methods; reading a non-constant interface field initializes it.
public class InterfaceInit {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return 0; }
    interface NoDefaults { int A = note("NoDefaults"); void m(); }
    interface WithDefault { int B = note("WithDefault"); default void d() { } }
    interface SubOfDefault extends WithDefault { int C = note("SubOfDefault"); }
    static class Impl implements NoDefaults, SubOfDefault { static { note("Impl"); } public void m() { } }
    interface Holder { Object VALUE = new Object() { { note("Holder"); } }; int CONST = 5; }
    public static void main(String[] args) {
        new Impl();
        System.out.println(log); log.setLength(0);
        System.out.println(Holder.CONST + " " + log);
        Object v = Holder.VALUE;
        System.out.println(log + " " + (v != null));
        log.setLength(0);
        int a = NoDefaults.A;
        System.out.println(log);
    }
}
