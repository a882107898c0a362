// Fills 96 MiB, lets it go and collects: the heap gives the memory back
// (DISCARD), and pages it takes again read zero.
public class PShrink {
    static long fill(int n) {
        byte[][] keep = new byte[n][];
        for (int i = 0; i < n; i++) { keep[i] = new byte[1 << 20]; java.util.Arrays.fill(keep[i], (byte) 1); }
        long sum = 0;
        for (int i = 0; i < n; i++) sum += keep[i][i];
        return sum;
    }
    public static void main(String[] a) {
        System.out.println("filled " + fill(96));
        for (int i = 0; i < 3; i++) System.gc();
        byte[][] again = new byte[8][];
        for (int i = 0; i < again.length; i++) { again[i] = new byte[1 << 20]; for (int k = 0; k < again[i].length; k += 512) if (again[i][k] != 0) throw new AssertionError("not zero"); }
        System.out.println("reused ok");
    }
}
