// The launcher of every verifier case: runs one method of a victim class,
// so the victim is linked (and verified) only when main calls it.
public class VMain {
    public static void main(String[] args) {
        System.out.println("start");
        String which = args.length > 0 ? args[0] : "none";
        if (which.startsWith("ctor")) {
            VCtor.make(which);
        } else if (which.startsWith("prot")) {
            System.out.println(new vp.VSub().run(which));
        } else {
            System.out.println(VSeed.run(which));
        }
        System.out.println("end");
    }
}
