// BigDecimal arithmetic and its scale rules: add/subtract take the larger scale,
// multiply adds scales, divide needs an exact result or a rounding, MathContext
// precisions, remainder/divideToIntegralValue, pow, negate/abs/plus, movePoint, min/max.
import java.math.*;

public class BigDecimalArith {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("1.10"), b = new BigDecimal("2.205"), c = new BigDecimal("-3");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.multiply(c) + " " + c.add(new BigDecimal("3.000")) + " " + b.negate() + " " + c.abs() + " " + a.plus());
        System.out.println(new BigDecimal("10").divide(new BigDecimal("4")) + " " + new BigDecimal("1.00").divide(new BigDecimal("8")) + " " + new BigDecimal("6").divide(new BigDecimal("2.0")) + " " + new BigDecimal("1E+2").divide(new BigDecimal("5")));
        try { BigDecimal.ONE.divide(new BigDecimal("3")); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigDecimal.ONE.divide(BigDecimal.ZERO); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { BigDecimal.ZERO.divide(BigDecimal.ZERO); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        System.out.println(BigDecimal.ONE.divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP) + " " + BigDecimal.valueOf(2).divide(new BigDecimal("3"), MathContext.DECIMAL32) + " " + BigDecimal.ONE.divide(new BigDecimal("7"), MathContext.DECIMAL64)
                + " " + BigDecimal.ONE.divide(new BigDecimal("7"), MathContext.DECIMAL128) + " " + new BigDecimal("22").divide(new BigDecimal("7"), new MathContext(5, RoundingMode.DOWN)));
        System.out.println(new BigDecimal("10.5").remainder(new BigDecimal("3")) + " " + new BigDecimal("-10.5").remainder(new BigDecimal("3")) + " " + new BigDecimal("10.5").divideToIntegralValue(new BigDecimal("3")) + " " + new BigDecimal("-7.5").divideAndRemainder(new BigDecimal("2"))[0]);
        System.out.println(a.pow(3) + " " + new BigDecimal("2").pow(100) + " " + new BigDecimal("0.5").pow(10) + " " + a.pow(0) + " " + new BigDecimal("1.5").pow(-2, MathContext.DECIMAL32));
        System.out.println(b.movePointLeft(2) + " " + b.movePointRight(5) + " " + b.scaleByPowerOfTen(3) + " " + a.min(b) + " " + a.max(c) + " " + b.signum() + " " + c.signum() + " " + BigDecimal.ZERO.signum());
        System.out.println(new BigDecimal("123.456").round(new MathContext(4)) + " " + new BigDecimal("123456").round(new MathContext(2)) + " " + new BigDecimal("0.000123456").round(new MathContext(3)) + " " + new BigDecimal("9.99").round(new MathContext(2)));
        System.out.println(new BigDecimal("1.23").add(new BigDecimal("4.5678"), new MathContext(3)) + " " + new BigDecimal("1e10").add(new BigDecimal("1e-10")) + " " + new BigDecimal("1e10").add(new BigDecimal("1e-10"), MathContext.DECIMAL64));
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 1000; i++) sum = sum.add(new BigDecimal("0.001"));
        double dsum = 0;
        for (int i = 0; i < 1000; i++) dsum += 0.001;
        System.out.println(sum + " " + sum.compareTo(BigDecimal.ONE) + " " + sum.equals(BigDecimal.ONE) + " " + dsum);
        System.out.println(new BigDecimal("2").sqrt(new MathContext(50)) + " " + new BigDecimal("0.25").sqrt(MathContext.DECIMAL64) + " " + new BigDecimal("1E+4").sqrt(MathContext.DECIMAL32));
        try { new BigDecimal("-4").sqrt(MathContext.DECIMAL64); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    }
}
