// BigDecimal's three string forms (toString with exponent when scale < 0 or adjusted
// exponent < -6, toPlainString, toEngineeringString), scale/precision/unscaledValue,
// stripTrailingZeros, new BigDecimal(double) exact vs valueOf(double), equals vs
// compareTo, hashCode, and conversions back to primitives.
import java.math.*;

public class BigDecimalToString {
    public static void main(String[] args) {
        String[] ins = {"0", "0.00", "-0", "123.4500", "1E+3", "1.000E+3", "0.000001", "0.0000001", "-1.23E-10", "123456789.123456789", "1E-7", "12E+5", "0E+3", "0E-10", "100", "-0.5E+2", "1234.5E-4"};
        for (String s : ins) {
            BigDecimal d = new BigDecimal(s);
            System.out.println(s + " -> " + d + " | " + d.toPlainString() + " | " + d.toEngineeringString() + " | scale=" + d.scale() + " prec=" + d.precision() + " unscaled=" + d.unscaledValue() + " strip=" + d.stripTrailingZeros() + " hash=" + d.hashCode());
        }
        System.out.println(new BigDecimal(0.1) + "\n" + BigDecimal.valueOf(0.1) + " " + new BigDecimal(1.5) + " " + new BigDecimal(1e20) + " " + BigDecimal.valueOf(1e20) + " " + BigDecimal.valueOf(100.0) + " " + new BigDecimal(-0.0) + " " + BigDecimal.valueOf(1.0E-7));
        System.out.println(BigDecimal.valueOf(12345, 3) + " " + BigDecimal.valueOf(12345, -3) + " " + BigDecimal.valueOf(5L) + " " + new BigDecimal(BigInteger.TEN, 5) + " " + new BigDecimal(new char[]{'1', '.', '5'}) + " " + new BigDecimal(42));
        BigDecimal x = new BigDecimal("2.0"), y = new BigDecimal("2.00");
        System.out.println(x.equals(y) + " " + x.compareTo(y) + " " + (x.hashCode() == y.hashCode()) + " " + x.stripTrailingZeros().equals(y.stripTrailingZeros()) + " " + new java.util.HashSet<>(java.util.List.of(x, y)).size() + " " + new java.util.TreeSet<>(java.util.List.of(x, y)).size());
        BigDecimal z = new BigDecimal("12345.6789");
        System.out.println(z.intValue() + " " + z.longValue() + " " + z.doubleValue() + " " + z.floatValue() + " " + z.toBigInteger() + " " + new BigDecimal("-9.99").toBigInteger() + " " + new BigDecimal("1e400").doubleValue() + " " + new BigDecimal("1e-400").doubleValue());
        try { z.intValueExact(); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { new BigDecimal("1e20").longValueExact(); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { z.toBigIntegerExact(); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(new BigDecimal("100.000").toBigIntegerExact() + " " + new BigDecimal("1e3").intValueExact() + " " + BigDecimal.ONE.ulp() + " " + z.ulp() + " " + new BigDecimal("1E+3").ulp());
    }
}
