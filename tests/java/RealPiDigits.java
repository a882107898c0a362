// Arbitrary precision the textbook way: 500 digits of pi by Machin's formula with
// BigInteger fixed point, e by its series with BigDecimal, sqrt(2) by Newton iteration,
// and the digit frequencies of pi.
import java.math.*;
import java.util.*;

public class RealPiDigits {
    static BigInteger arctanInv(int x, BigInteger unity) {
        BigInteger sum, term, xs = BigInteger.valueOf((long) x * x);
        sum = term = unity.divide(BigInteger.valueOf(x));
        int n = 1;
        boolean sub = true;
        while (term.signum() != 0) {
            term = term.divide(xs);
            BigInteger t = term.divide(BigInteger.valueOf(2L * n + 1));
            sum = sub ? sum.subtract(t) : sum.add(t);
            sub = !sub;
            n++;
        }
        return sum;
    }

    public static void main(String[] args) {
        int digits = 500;
        BigInteger unity = BigInteger.TEN.pow(digits + 10);
        BigInteger pi = arctanInv(5, unity).multiply(BigInteger.valueOf(16)).subtract(arctanInv(239, unity).multiply(BigInteger.valueOf(4)));
        String ps = pi.toString().substring(0, digits + 1);
        System.out.println("pi = " + ps.charAt(0) + "." + ps.substring(1, 101));
        for (int i = 101; i <= digits; i += 100) System.out.println("     " + ps.substring(i, Math.min(i + 100, ps.length())));
        int[] freq = new int[10];
        for (char c : ps.toCharArray()) freq[c - '0']++;
        System.out.println("digit counts " + Arrays.toString(freq));
        MathContext mc = new MathContext(60);
        BigDecimal e = BigDecimal.ONE, term = BigDecimal.ONE;
        for (int k = 1; k < 60; k++) { term = term.divide(BigDecimal.valueOf(k), mc); e = e.add(term, mc); }
        System.out.println("e  = " + e.round(new MathContext(50)));
        BigDecimal two = BigDecimal.valueOf(2), x = BigDecimal.ONE;
        for (int i = 0; i < 8; i++) x = x.add(two.divide(x, mc)).divide(two, mc);
        System.out.println("r2 = " + x.round(new MathContext(50)) + " matches sqrt(): " + x.round(new MathContext(50)).equals(two.sqrt(mc).round(new MathContext(50))));
        System.out.println("pi as double " + Math.PI + " agrees: " + new BigDecimal(ps.charAt(0) + "." + ps.substring(1, 17)).doubleValue() + " " + (new BigDecimal(ps.charAt(0) + "." + ps.substring(1, 20)).doubleValue() == Math.PI));
    }
}
