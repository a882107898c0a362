// Every RoundingMode applied with setScale over positive, negative, tie and near-tie
// values; UNNECESSARY's "Rounding necessary"; rounding with MathContext precision; and
// the classic HALF_EVEN banker's rounding of cent amounts.
import java.math.*;

public class BigDecimalRounding {
    public static void main(String[] args) {
        String[] vals = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "-0.05", "2.4999", "2.5001", "0"};
        StringBuilder head = new StringBuilder(String.format("%-8s", "value"));
        for (RoundingMode m : RoundingMode.values()) if (m != RoundingMode.UNNECESSARY) head.append(String.format("%-10s", m));
        System.out.println(head.toString().trim());
        for (String v : vals) {
            BigDecimal d = new BigDecimal(v);
            StringBuilder sb = new StringBuilder(String.format("%-8s", v));
            for (RoundingMode m : RoundingMode.values()) if (m != RoundingMode.UNNECESSARY) sb.append(String.format("%-10s", d.setScale(0, m)));
            System.out.println(sb.toString().trim());
        }
        System.out.println(new BigDecimal("1.2345").setScale(2, RoundingMode.HALF_UP) + " " + new BigDecimal("1.2350").setScale(2, RoundingMode.HALF_EVEN) + " " + new BigDecimal("1.2450").setScale(2, RoundingMode.HALF_EVEN) + " " + new BigDecimal("1.2").setScale(4) + " " + new BigDecimal("1.20").setScale(1, RoundingMode.UNNECESSARY));
        try { new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { new BigDecimal("1.25").setScale(1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        for (RoundingMode m : new RoundingMode[]{RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN, RoundingMode.CEILING})
            System.out.print(new BigDecimal("123.455").round(new MathContext(5, m)) + " " + new BigDecimal("-999.95").round(new MathContext(4, m)) + " | ");
        System.out.println();
        BigDecimal total = BigDecimal.ZERO, totalUp = BigDecimal.ZERO;
        for (int i = 0; i < 200; i++) {
            BigDecimal cents = new BigDecimal(i).multiply(new BigDecimal("0.005"));
            total = total.add(cents.setScale(2, RoundingMode.HALF_EVEN));
            totalUp = totalUp.add(cents.setScale(2, RoundingMode.HALF_UP));
        }
        System.out.println(total + " " + totalUp + " " + RoundingMode.valueOf("HALF_EVEN") + " " + RoundingMode.valueOf(BigDecimal.ROUND_FLOOR) + " " + MathContext.DECIMAL64 + " " + new MathContext("precision=7 roundingMode=HALF_DOWN").getRoundingMode());
    }
}
