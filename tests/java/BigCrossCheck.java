// BigInteger against long arithmetic on pseudo-random operands: add, subtract,
// multiply (checked with multiplyHigh), divide/remainder/mod signs, gcd, shifts, and
// toString/parse in several radixes must agree with the primitive results.
import java.math.BigInteger;

public class BigCrossCheck {
    static long gcd(long a, long b) { a = Math.abs(a); b = Math.abs(b); while (b != 0) { long t = a % b; a = b; b = t; } return a; }

    public static void main(String[] args) {
        long x = 0x9E3779B97F4A7C15L;
        int bad = 0, checks = 0;
        long digest = 0;
        for (int i = 0; i < 800; i++) {
            x ^= x << 13; x ^= x >>> 7; x ^= x << 17;
            long a = x >> (i % 40), b = (x * 31 + i) >> (i % 50 + 5);
            if (b == 0) b = 7;
            BigInteger A = BigInteger.valueOf(a), B = BigInteger.valueOf(b);
            BigInteger sum = A.add(B), prod = A.multiply(B);
            checks += 8;
            if (sum.longValue() != a + b) bad++;
            if (A.subtract(B).longValue() != a - b) bad++;
            if (prod.longValue() != a * b || prod.shiftRight(64).longValue() != Math.multiplyHigh(a, b)) bad++;
            if (A.divide(B).longValue() != a / b || A.remainder(B).longValue() != a % b) bad++;
            if (A.mod(B.abs()).longValue() != Math.floorMod(a, Math.abs(b))) bad++;
            if (A.gcd(B).longValue() != gcd(a, b)) bad++;
            if (A.shiftRight(i % 63).longValue() != a >> (i % 63) || A.shiftLeft(3).longValue() != a << 3) bad++;
            int radix = 2 + i % 35;
            if (!A.toString(radix).equals(Long.toString(a, radix)) || new BigInteger(Long.toString(b, radix), radix).longValue() != b) bad++;
            digest = digest * 31 + prod.hashCode() + sum.bitLength();
        }
        System.out.println(checks + " checks, " + bad + " mismatches, digest " + digest);
        BigInteger f = BigInteger.ONE;
        long fl = 1;
        for (int i = 1; i <= 20; i++) { f = f.multiply(BigInteger.valueOf(i)); fl *= i; }
        System.out.println(f + " " + (f.longValueExact() == fl) + " " + f.multiply(BigInteger.valueOf(21)).bitLength() + " " + BigInteger.valueOf(Long.MIN_VALUE).abs() + " " + BigInteger.valueOf(Long.MIN_VALUE).divide(BigInteger.valueOf(-1)));
    }
}
