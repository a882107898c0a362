// Conditional expression typing: numeric promotion, boxing and unboxing
// (including the NPE from unboxing null), char vs int constants.
public class TernaryTypes {
    public static void main(String[] args) {
        boolean t = true, f = false;
        System.out.println(t ? 1 : 'a');
        System.out.println(f ? 1 : 'a');
        int i = 98;
        System.out.println(f ? i : 'a');
        System.out.println(t ? 1 : 2.0);
        System.out.println(t ? 1L : 2);
        Object o = t ? 1 : "s";
        System.out.println(o.getClass().getSimpleName());
        Object o2 = t ? Integer.valueOf(1) : Double.valueOf(2);
        System.out.println(o2 + " " + o2.getClass().getSimpleName());
        Integer nul = null;
        try { int x = t ? nul : 0; System.out.println(x); } catch (NullPointerException e) { System.out.println("NPE from unboxing"); }
        try { Integer alsoUnboxed = f ? 0 : nul; System.out.println(alsoUnboxed); } catch (NullPointerException e) { System.out.println("NPE: int and Integer make int"); }
        Integer ok = f ? Integer.valueOf(0) : nul;
        System.out.println(ok);
        long l = t ? Integer.MAX_VALUE + 1 : 0L;
        System.out.println(l);
        char c = t ? 'x' : 'y';
        short s = 5; byte b = 6;
        System.out.println(c + " " + (t ? s : b) + " " + (f ? (short) 1 : 'z'));
    }
}
