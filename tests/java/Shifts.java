// Shift counts are masked: int by 5 bits, long by 6; negative counts; >>> vs >>.
public class Shifts {
    static int i(int x) { return x; }
    public static void main(String[] args) {
        int[] counts = {0, 1, 31, 32, 33, 63, 64, -1, -31, -32, 100};
        for (int c : counts) {
            System.out.println(c + ": " + (i(1) << c) + " " + (i(-16) >> c) + " " + (i(-16) >>> c)
                + " " + (1L << c) + " " + (-16L >> c) + " " + (-16L >>> c));
        }
        byte b = -1;
        System.out.println((b >>> 4) + " " + ((b & 0xFF) >>> 4) + " " + (byte) (b >>> 4));
        short s = -32768;
        System.out.println((s >> 15) + " " + (s >>> 15) + " " + (s << 1));
        char c = 0xFFFF;
        System.out.println((c >> 4) + " " + (c << 20));
        long l = 0x8000000000000000L;
        System.out.println((l >> 63) + " " + (l >>> 63) + " " + (l >> 64));
        int x = 1;
        x <<= 35;
        System.out.println(x);
        long y = 1;
        y <<= 70;
        System.out.println(y);
    }
}
