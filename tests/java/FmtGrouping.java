// The ',' flag on %d and %f at every magnitude and sign, with zero padding, width,
// parentheses and plus; the group separator never lands in the padding.
public class FmtGrouping {
    public static void main(String[] args) {
        long v = 1;
        for (int i = 0; i < 19; i++) {
            System.out.println(String.format("%,d|%,25d|%,025d|%(,d|%+,d|%,.2f|%,.0f|%,018.3f", v, v, -v, -v, v, v / 7.0, v * 1.5, -v / 3.0));
            v *= 10;
        }
        System.out.println(String.format("%,d %,d %,.3f %,f", 0, -0, 0.0, -0.0));
        System.out.println(String.format("%,f %,.1f", 1e20, 123456789012.25));
        System.out.println(String.format("%,d %,d", Long.MIN_VALUE, (short) -12345));
    }
}
