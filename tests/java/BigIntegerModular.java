// Number theory with BigInteger: modPow (negative exponents via the inverse), modInverse
// and its "not invertible" error, isProbablePrime on known primes and Carmichael numbers,
// nextProbablePrime, RSA with small textbook primes, and Fermat checks.
import java.math.BigInteger;

public class BigIntegerModular {
    public static void main(String[] args) {
        BigInteger m = BigInteger.valueOf(1_000_000_007);
        System.out.println(BigInteger.TWO.modPow(BigInteger.valueOf(1000), m) + " " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(-1), BigInteger.valueOf(11)) + " " + BigInteger.valueOf(-5).modPow(BigInteger.valueOf(3), BigInteger.valueOf(7))
                + " " + BigInteger.TEN.modPow(BigInteger.ZERO, BigInteger.ONE) + " " + BigInteger.valueOf(4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)));
        System.out.println(BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)) + " " + BigInteger.valueOf(-3).modInverse(BigInteger.valueOf(11)) + " " + BigInteger.valueOf(17).modInverse(m));
        try { BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9)); } catch (ArithmeticException e) { System.out.println("modInverse: " + e.getMessage()); }
        try { BigInteger.TWO.modPow(BigInteger.ONE, BigInteger.ZERO); } catch (ArithmeticException e) { System.out.println("modPow: " + e.getMessage()); }
        long[] cands = {1, 2, 3, 4, 97, 561, 1105, 7919, 1_000_000_007L, 2147483647L, 4294967297L, 1_000_000_000_000_000_003L};
        StringBuilder sb = new StringBuilder();
        for (long c : cands) sb.append(c).append(BigInteger.valueOf(c).isProbablePrime(50) ? "P " : "c ");
        System.out.println(sb.toString().trim());
        BigInteger mers = BigInteger.TWO.pow(127).subtract(BigInteger.ONE);
        System.out.println(mers.isProbablePrime(20) + " " + BigInteger.TWO.pow(128).add(BigInteger.ONE).isProbablePrime(20) + " " + BigInteger.valueOf(-7).isProbablePrime(10) + " " + BigInteger.valueOf(7).isProbablePrime(0));
        System.out.println(BigInteger.valueOf(100).nextProbablePrime() + " " + BigInteger.ZERO.nextProbablePrime() + " " + BigInteger.TEN.pow(20).nextProbablePrime() + " " + BigInteger.TWO.pow(64).nextProbablePrime());
        BigInteger p = BigInteger.valueOf(61), q = BigInteger.valueOf(53), n = p.multiply(q), phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(17), d = e.modInverse(phi);
        BigInteger msg = BigInteger.valueOf(65), enc = msg.modPow(e, n), dec = enc.modPow(d, n);
        System.out.println("rsa n=" + n + " d=" + d + " enc=" + enc + " dec=" + dec);
        BigInteger bigP = new BigInteger("170141183460469231731687303715884105727");
        int fermatOk = 0;
        for (int base = 2; base < 30; base++) if (BigInteger.valueOf(base).modPow(bigP.subtract(BigInteger.ONE), bigP).equals(BigInteger.ONE)) fermatOk++;
        System.out.println("fermat " + fermatOk + " " + BigInteger.valueOf(561).gcd(BigInteger.valueOf(3 * 11 * 17)) + " " + BigInteger.valueOf(2).modPow(BigInteger.valueOf(560), BigInteger.valueOf(561)));
        BigInteger fib = BigInteger.ZERO, next = BigInteger.ONE;
        for (int i = 0; i < 300; i++) { BigInteger t = fib.add(next); fib = next; next = t; }
        System.out.println(fib + " " + fib.mod(m) + " " + fib.gcd(next));
    }
}
