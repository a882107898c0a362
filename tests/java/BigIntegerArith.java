// BigInteger arithmetic: add/subtract/multiply of mixed signs and sizes, divide and
// remainder (truncating) against mod (non-negative), divideAndRemainder, pow, gcd, abs,
// negate, signum, min/max, compareTo/equals/hashCode, 100!, and division by zero.
import java.math.BigInteger;

public class BigIntegerArith {
    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890"), b = new BigInteger("-987654321098765432"), c = BigInteger.valueOf(97);
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + b.subtract(a) + " " + a.multiply(b) + " " + b.multiply(b));
        System.out.println(a.divide(b) + " " + a.remainder(b) + " " + b.divide(c) + " " + b.remainder(c) + " " + b.mod(c) + " " + a.mod(c));
        BigInteger[] qr = b.divideAndRemainder(BigInteger.valueOf(-1000));
        System.out.println(qr[0] + " " + qr[1] + " " + a.pow(3) + " " + BigInteger.TWO.pow(200) + " " + b.pow(0));
        System.out.println(a.gcd(b) + " " + BigInteger.valueOf(462).gcd(BigInteger.valueOf(-1071)) + " " + BigInteger.ZERO.gcd(BigInteger.ZERO) + " " + b.abs() + " " + b.negate() + " " + b.signum() + " " + BigInteger.ZERO.signum());
        System.out.println(a.min(b) + " " + a.max(b) + " " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new BigInteger("123456789012345678901234567890")) + " " + a.equals(new BigInteger("+123456789012345678901234567890")) + " " + a.equals(a.toString()));
        System.out.println(a.hashCode() + " " + b.hashCode() + " " + BigInteger.ZERO.hashCode() + " " + BigInteger.ONE.negate().hashCode() + " " + BigInteger.TWO.pow(64).hashCode());
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 100; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println(f + " " + f.toString().length() + " " + f.bitLength() + " " + f.getLowestSetBit());
        BigInteger x = f;
        int steps = 0;
        while (x.signum() > 0) { x = x.divide(BigInteger.valueOf(1000003)); steps++; }
        System.out.println(steps + " " + f.divide(f.subtract(BigInteger.ONE)) + " " + f.remainder(f.subtract(BigInteger.ONE)) + " " + f.mod(BigInteger.valueOf(1_000_000_007)));
        System.out.println(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE) + " " + BigInteger.valueOf(Long.MIN_VALUE).negate() + " " + BigInteger.valueOf(Long.MIN_VALUE).multiply(BigInteger.valueOf(-1)).longValue() + " " + a.longValue() + " " + a.intValue() + " " + a.doubleValue() + " " + b.floatValue());
        System.out.println(BigInteger.valueOf(-7).divide(BigInteger.valueOf(2)) + " " + BigInteger.valueOf(-7).mod(BigInteger.valueOf(2)) + " " + BigInteger.valueOf(-7).remainder(BigInteger.valueOf(2)) + " " + BigInteger.valueOf(7).remainder(BigInteger.valueOf(-2)));
        try { a.divide(BigInteger.ZERO); } catch (ArithmeticException e) { System.out.println("divide: " + e.getMessage()); }
        try { a.mod(BigInteger.valueOf(-5)); } catch (ArithmeticException e) { System.out.println("mod: " + e.getMessage()); }
        try { a.pow(-1); } catch (ArithmeticException e) { System.out.println("pow: " + e.getMessage()); }
        System.out.println(BigInteger.TEN.sqrt() + " " + f.sqrt() + " " + f.sqrtAndRemainder()[1].bitLength());
    }
}
