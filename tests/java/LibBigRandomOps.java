// BigInteger and BigDecimal against the JDK on random operands (fixed seed):
// arithmetic, division with every rounding mode and MathContext, bit
// operations, shifts, radix strings, byte arrays, hash codes, conversions.
import java.math.*;
import java.util.*;

public class LibBigRandomOps {
    static BigInteger rnd(Random r) {
        int bits = r.nextInt(300);
        BigInteger b = new BigInteger(bits, r);
        if (r.nextInt(4) == 0) b = b.shiftLeft(r.nextInt(100));
        if (r.nextInt(5) == 0) b = BigInteger.ONE.shiftLeft(r.nextInt(200)).subtract(BigInteger.valueOf(r.nextInt(3)));
        return r.nextBoolean() ? b.negate() : b;
    }
    public static void main(String[] a) {
        Random r = new Random(20241124L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            BigInteger x = rnd(r), y = rnd(r);
            sb.append(x.add(y)).append(' ').append(x.multiply(y)).append(' ');
            if (y.signum() != 0) { BigInteger[] qr = x.divideAndRemainder(y); sb.append(qr[0]).append(' ').append(qr[1]).append(' '); }
            sb.append(x.and(y)).append(' ').append(x.or(y)).append(' ').append(x.xor(y)).append(' ').append(x.andNot(y)).append(' ');
            int s = r.nextInt(80) - 40;
            sb.append(x.shiftLeft(s)).append(' ').append(x.shiftRight(s)).append(' ').append(x.bitLength()).append(' ').append(x.bitCount()).append(' ');
            sb.append(x.hashCode()).append(' ').append(Arrays.toString(x.toByteArray())).append(' ').append(x.toString(r.nextInt(35) + 2)).append(' ');
            sb.append(x.longValue()).append(' ').append(x.doubleValue()).append(' ').append(x.floatValue()).append(' ').append(x.gcd(y)).append(' ');
            if (x.signum() > 0) sb.append(x.sqrt()).append(' ');
            if (y.signum() > 0) sb.append(x.mod(y)).append(' ').append(x.modPow(BigInteger.valueOf(r.nextInt(50)), y)).append(' ');
            BigDecimal dx = new BigDecimal(x, r.nextInt(20) - 5), dy = new BigDecimal(y, r.nextInt(20) - 5);
            sb.append(dx).append(' ').append(dx.toPlainString()).append(' ').append(dx.toEngineeringString()).append(' ').append(dx.add(dy)).append(' ').append(dx.multiply(dy)).append(' ');
            MathContext mc = new MathContext(r.nextInt(30) + 1, RoundingMode.values()[r.nextInt(7)]);
            if (dy.signum() != 0) {
                sb.append(dx.divide(dy, mc)).append(' ').append(dx.divide(dy, r.nextInt(10), mc.getRoundingMode())).append(' ');
                sb.append(dx.divideToIntegralValue(dy)).append(' ').append(dx.remainder(dy)).append(' ');
                try { sb.append(dx.divide(dy)); } catch (ArithmeticException e) { sb.append(e.getMessage()); }
                sb.append(' ');
            }
            sb.append(dx.round(mc)).append(' ').append(dx.stripTrailingZeros()).append(' ').append(dx.setScale(r.nextInt(10), mc.getRoundingMode())).append(' ');
            sb.append(dx.compareTo(dy)).append(' ').append(dx.hashCode()).append(' ').append(dx.doubleValue()).append(' ').append(dx.precision()).append(' ').append(dx.add(dy, mc)).append(' ').append(dx.pow(3, mc)).append('\n');
        }
        System.out.print(sb);
    }
}
