// Money with BigDecimal as accounting programs do it: an invoice with quantities, unit
// prices, per-line discounts, tax rounded HALF_EVEN to cents, totals, splitting a bill
// so the cents add up, compound interest by month, and currency-style formatting.
import java.math.*;
import java.util.*;

public class BigMoney {
    record Line(String item, int qty, String unit, String discountPct) {}

    static final BigDecimal TAX = new BigDecimal("0.0825");

    public static void main(String[] args) {
        List<Line> lines = List.of(new Line("Widget", 3, "19.99", "0"), new Line("Gadget", 1, "249.50", "10"), new Line("Cable", 12, "3.333", "5"), new Line("Sticker", 100, "0.015", "0"));
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Line l : lines) {
            BigDecimal gross = new BigDecimal(l.unit()).multiply(BigDecimal.valueOf(l.qty()));
            BigDecimal disc = gross.multiply(new BigDecimal(l.discountPct())).divide(BigDecimal.valueOf(100));
            BigDecimal net = gross.subtract(disc).setScale(2, RoundingMode.HALF_EVEN);
            subtotal = subtotal.add(net);
            System.out.printf("%-8s %4d x %8s = %10s - %8s = %9s%n", l.item(), l.qty(), l.unit(), gross, disc, net);
        }
        BigDecimal tax = subtotal.multiply(TAX).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal total = subtotal.add(tax);
        System.out.println("subtotal " + subtotal + " tax " + tax + " total " + total + " (unrounded tax " + subtotal.multiply(TAX) + ")");
        int people = 7;
        BigDecimal share = total.divide(BigDecimal.valueOf(people), 2, RoundingMode.DOWN);
        BigDecimal remainder = total.subtract(share.multiply(BigDecimal.valueOf(people)));
        int extraCents = remainder.movePointRight(2).intValueExact();
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < people; i++) shares.add(i < extraCents ? share.add(new BigDecimal("0.01")) : share);
        System.out.println(shares + " sum " + shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal balance = new BigDecimal("10000.00"), monthly = new BigDecimal("0.05").divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
        for (int m = 1; m <= 24; m++) {
            balance = balance.add(balance.multiply(monthly)).setScale(2, RoundingMode.HALF_EVEN);
            if (m % 6 == 0) System.out.print("m" + m + "=" + balance + " ");
        }
        System.out.println();
        double dbl = 0;
        for (int i = 0; i < 10; i++) dbl += 0.10;
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) exact = exact.add(new BigDecimal("0.10"));
        System.out.println("double " + dbl + " vs BigDecimal " + exact + " " + (dbl == 1.0) + " " + (exact.compareTo(BigDecimal.ONE) == 0));
        System.out.println(String.format("%,.2f | %10.3f | %s | %.0f", total, tax, total.negate().toPlainString(), new BigDecimal("2.5")));
    }
}
