// Constructor cases for the verifier: uninitializedThis, super() and
// this() calls, fields set before super().
public class VCtor {
    int f;
    VOther o;

    VCtor() { super(); }
    VCtor(int a) { super(); this.hashCode(); }
    VCtor(long a) { this(); f = 1; }
    VCtor(String s) { super(); o = new VOther(); }
    VCtor(int a, int b) { super(); f = a; }

    static void make(String which) {
        switch (which) {
        case "ctor0": new VCtor(); break;
        case "ctorInt": new VCtor(1); break;
        case "ctorLong": new VCtor(1L); break;
        case "ctorStr": new VCtor("s"); break;
        case "ctorII": System.out.println(new VCtor(1, 2).f); break;
        default: break;
        }
        System.out.println(which);
    }
}
