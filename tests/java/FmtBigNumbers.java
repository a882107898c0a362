// Formatting BigDecimal and BigInteger: %f/%e/%g/%s of BigDecimal keep its exact digits
// (no binary rounding), HALF_UP rounding, grouping, signs, and huge/small scales.
import java.math.*;

public class FmtBigNumbers {
    public static void main(String[] args) {
        String[] vals = {"0", "1", "-1", "0.1", "1.005", "2.675", "0.125", "123456789.987654321", "-0.0005", "1E+10", "1E-10", "12345678901234567890.5",
                         "0.00000000000000000001", "-99.995", "3.14159265358979323846264338327950288"};
        for (String s : vals) {
            BigDecimal d = new BigDecimal(s);
            System.out.println(String.format("%s | %f | %.2f | %.0f | %e | %.3e | %g | %,.3f | %+.1f | %(.1f", d, d, d, d, d, d, d, d, d, d));
        }
        BigDecimal x = new BigDecimal("1234.5");
        System.out.println(String.format("[%15.3f] [%-15.1f] [%015.2f] [%s] [%.3s]", x, x, x.negate(), x.movePointLeft(5), x));
        BigInteger big = BigInteger.TWO.pow(100);
        System.out.println(String.format("%d %,d %x %o %e", big, big.negate(), big, big, new BigDecimal(big)));
        System.out.println(String.format("%.2f vs %.2f", new BigDecimal(0.125), 0.125) + " " + String.format("%.20f", new BigDecimal(0.1)));
        System.out.println(String.format("%.1f %.1f %.1f", new BigDecimal("0.05"), new BigDecimal("0.15"), new BigDecimal("-0.25")));
    }
}
