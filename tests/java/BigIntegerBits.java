// BigInteger as an infinite two's-complement bit string: shifts of negatives (arithmetic),
// and/or/xor/not/andNot, test/set/clear/flipBit, bitLength vs bitCount for negatives,
// getLowestSetBit, toByteArray and the byte[] constructors, exact conversions.
import java.math.BigInteger;
import java.util.Arrays;

public class BigIntegerBits {
    public static void main(String[] args) {
        BigInteger[] vs = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(255), BigInteger.valueOf(-256), BigInteger.valueOf(128), BigInteger.valueOf(-129),
                           new BigInteger("-18446744073709551616"), new BigInteger("340282366920938463463374607431768211455")};
        for (BigInteger v : vs)
            System.out.println(v + ": len=" + v.bitLength() + " cnt=" + v.bitCount() + " low=" + v.getLowestSetBit() + " bytes=" + Arrays.toString(v.toByteArray()) + " <<3=" + v.shiftLeft(3) + " >>3=" + v.shiftRight(3)
                    + " >>-2=" + v.shiftRight(-2) + " not=" + v.not() + " t0=" + v.testBit(0) + " t100=" + v.testBit(100) + " hex=" + v.toString(16));
        BigInteger a = new BigInteger("f0f0f0f0f0f0f0f0f0", 16), b = BigInteger.valueOf(-0x0ff0);
        System.out.println(a.and(b).toString(16) + " " + a.or(b).toString(16) + " " + a.xor(b).toString(16) + " " + a.andNot(b).toString(16) + " " + b.and(b.negate()) + " " + b.or(BigInteger.ZERO));
        System.out.println(BigInteger.ZERO.setBit(100) + " " + BigInteger.valueOf(-1).clearBit(3) + " " + BigInteger.valueOf(5).flipBit(1) + " " + BigInteger.valueOf(-5).flipBit(70) + " " + BigInteger.valueOf(-8).setBit(1));
        System.out.println(new BigInteger(new byte[]{-1, -1}) + " " + new BigInteger(1, new byte[]{-1, -1}) + " " + new BigInteger(-1, new byte[]{1, 0}) + " " + new BigInteger(new byte[]{0, 0, 0, 5}) + " " + new BigInteger(new byte[]{1, 2, 3, 4, 5}, 1, 3));
        try { new BigInteger(new byte[0]); } catch (NumberFormatException e) { System.out.println("empty bytes: " + e.getMessage()); }
        try { new BigInteger(2, new byte[]{1}); } catch (NumberFormatException e) { System.out.println("bad signum: " + e.getMessage()); }
        try { new BigInteger(0, new byte[]{1}); } catch (NumberFormatException e) { System.out.println("zero signum with magnitude: " + e.getMessage()); }
        try { BigInteger.TWO.pow(64).longValueExact(); } catch (ArithmeticException e) { System.out.println("longValueExact: " + e.getMessage()); }
        try { BigInteger.TWO.pow(31).intValueExact(); } catch (ArithmeticException e) { System.out.println("intValueExact: " + e.getMessage()); }
        try { BigInteger.valueOf(40000).shortValueExact(); } catch (ArithmeticException e) { System.out.println("shortValueExact: " + e.getMessage()); }
        System.out.println(BigInteger.TWO.pow(63).negate().longValueExact() + " " + BigInteger.valueOf(-128).byteValueExact() + " " + BigInteger.TWO.pow(64).add(BigInteger.valueOf(7)).longValue() + " " + BigInteger.TWO.pow(64).intValue());
        BigInteger acc = BigInteger.ONE;
        for (int i = 0; i < 200; i++) acc = acc.shiftLeft(7).xor(BigInteger.valueOf(i * 31L)).subtract(acc.shiftRight(3));
        System.out.println(acc.bitLength() + " " + acc.bitCount() + " " + acc.mod(BigInteger.valueOf(999999937)) + " " + acc.signum());
    }
}
