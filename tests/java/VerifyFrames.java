// Valid code whose stack map frames are the tricky ones for the verifier:
// uninitialized objects and uninitializedThis live across branches,
// multi-catch handlers, merged array and interface types, long and double
// locals that change type, and arrays passed as Object, Cloneable and
// Serializable.
import java.io.Serializable;

public class VerifyFrames {
    static class VfBase {
        final int v;
        VfBase(int v) { this.v = v; }
    }

    static class VfChild extends VfBase {
        final String s;
        // super(...) with a branch: frames with uninitializedThis.
        VfChild(boolean b, int x) {
            super(b ? x * 2 : (x > 3 ? x : -x));
            s = b ? "yes" : "no";
        }
    }

    class VfInner {
        // this$0 is set before super(): legal for the class's own fields.
        int get() { return base; }
    }

    int base = 41;

    static String pick(boolean b, int n) {
        // An uninitialized StringBuilder on the stack across a branch.
        return new StringBuilder(b ? "left" : "right").append(n > 0 ? n : -n).toString();
    }

    static int arrays(Object o, Cloneable c, Serializable s, Object[] oa) {
        return (o != null ? 1 : 0) + (c != null ? 2 : 0) + (s != null ? 4 : 0) + oa.length;
    }

    static Object merge(int k) {
        // Frames merge int[] with String[] (to Object) and String with Integer.
        Object a = k > 0 ? new int[k] : new String[1];
        Comparable<?> c = k > 1 ? "s" : Integer.valueOf(k);
        return a.getClass().getSimpleName() + c;
    }

    static long wide(int n) {
        long acc = 0;
        for (int i = 0; i < n; i++) {
            double d = i * 0.5;
            acc += (long) d;
            if (i % 2 == 0) {
                long tmp = acc * 3;
                acc = tmp / 2;
            } else {
                float f = i;
                acc += (long) f;
            }
        }
        return acc;
    }

    static String multiCatch(int k) {
        try {
            if (k == 0) throw new IllegalArgumentException("iae");
            if (k == 1) throw new ArrayIndexOutOfBoundsException("aioobe");
            return "none";
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return e.getMessage();
        } finally {
            base2++;
        }
    }

    static int base2;

    public static void main(String[] args) {
        System.out.println(new VfChild(true, 5).v + " " + new VfChild(false, 2).v + " " + new VfChild(false, 5).s);
        System.out.println(new VerifyFrames().new VfInner().get());
        System.out.println(pick(true, -3) + " " + pick(false, 4));
        int[][] grid = new int[2][3];
        String[] strs = { "a" };
        System.out.println(arrays(grid, grid, strs, grid) + " " + arrays(strs, strs, grid[0], strs));
        System.out.println(merge(0) + " " + merge(1) + " " + merge(3));
        System.out.println(wide(10));
        System.out.println(multiCatch(0) + " " + multiCatch(1) + " " + multiCatch(2) + " " + base2);
    }
}
