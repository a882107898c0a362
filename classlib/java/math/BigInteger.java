package java.math;

import java.util.Arrays;
import java.util.Random;

/**
 * Arbitrary-precision integers: a sign and a big-endian magnitude of
 * 32-bit words with no leading zero word, as in the JDK (hashCode depends
 * on that layout).  Schoolbook multiplication and Knuth's division: simple
 * and exact, fast enough for the numbers programs print.
 */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long serialVersionUID = -8287574255936472291L;
    private static final long LONG_MASK = 0xffffffffL;
    private static final int[] ZERO_MAG = new int[0];

    final int signum;
    final int[] mag;

    public static final BigInteger ZERO = new BigInteger(ZERO_MAG, 0);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    static final BigInteger NEGATIVE_ONE = valueOf(-1);

    /** Digits of each radix that always fit a positive int. */
    private static final int[] DIGITS_PER_INT = { 0, 0, 30, 19, 15, 13, 11, 11, 10, 9, 9, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7, 7,
            6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5 };

    /** Takes mag as is (no copy): it must have no leading zero word. */
    BigInteger(int[] mag, int signum) {
        this.mag = mag;
        this.signum = mag.length == 0 ? 0 : signum;
    }

    /** A value from a magnitude that may have leading zero words. */
    static BigInteger of(int[] mag, int signum) {
        return new BigInteger(strip(mag), signum);
    }

    private static int[] strip(int[] m) {
        int k = 0;
        while (k < m.length && m[k] == 0)
            k++;
        return k == 0 ? m : Arrays.copyOfRange(m, k, m.length);
    }

    public BigInteger(String val) {
        this(val, 10);
    }

    public BigInteger(String val, int radix) {
        int cursor = 0;
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            throw new NumberFormatException("Radix out of range");
        if (len == 0)
            throw new NumberFormatException("Zero length BigInteger");
        int sign = 1;
        int index1 = val.lastIndexOf('-');
        int index2 = val.lastIndexOf('+');
        if (index1 >= 0) {
            if (index1 != 0 || index2 >= 0)
                throw new NumberFormatException("Illegal embedded sign character");
            sign = -1;
            cursor = 1;
        } else if (index2 >= 0) {
            if (index2 != 0)
                throw new NumberFormatException("Illegal embedded sign character");
            cursor = 1;
        }
        if (cursor == len)
            throw new NumberFormatException("Zero length BigInteger");
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0)
            cursor++;
        if (cursor == len) {
            this.signum = 0;
            this.mag = ZERO_MAG;
            return;
        }
        int numDigits = len - cursor;
        int per = DIGITS_PER_INT[radix];
        int firstGroupLen = numDigits % per;
        if (firstGroupLen == 0)
            firstGroupLen = per;
        int[] m = new int[1];
        int chunk = 1;
        for (int i = 0; i < per; i++)
            chunk *= radix;
        String group = val.substring(cursor, cursor += firstGroupLen);
        m[0] = Integer.parseInt(group, radix);
        if (m[0] < 0)
            throw new NumberFormatException("Illegal digit");
        while (cursor < len) {
            group = val.substring(cursor, cursor += per);
            int g = Integer.parseInt(group, radix);
            if (g < 0)
                throw new NumberFormatException("Illegal digit");
            m = mulAddMag(m, chunk, g);
        }
        m = strip(m);
        this.mag = m;
        this.signum = m.length == 0 ? 0 : sign;
    }

    public BigInteger(byte[] val) {
        this(val, 0, val.length);
    }

    public BigInteger(byte[] val, int off, int len) {
        if (val.length == 0)
            throw new NumberFormatException("Zero length BigInteger");
        java.util.Objects.checkFromIndexSize(off, len, val.length);
        if (len == 0) {
            this.signum = 0;
            this.mag = ZERO_MAG;
            return;
        }
        if (val[off] < 0) {
            byte[] neg = new byte[len];
            for (int i = 0; i < len; i++)
                neg[i] = (byte) ~val[off + i];
            int[] m = bytesToMag(neg, 0, len);
            m = addOne(m);
            this.mag = strip(m);
            this.signum = -1;
        } else {
            int[] m = strip(bytesToMag(val, off, len));
            this.mag = m;
            this.signum = m.length == 0 ? 0 : 1;
        }
    }

    public BigInteger(int signum, byte[] magnitude) {
        this(signum, magnitude, 0, magnitude.length);
    }

    public BigInteger(int signum, byte[] magnitude, int off, int len) {
        if (signum < -1 || signum > 1)
            throw new NumberFormatException("Invalid signum value");
        java.util.Objects.checkFromIndexSize(off, len, magnitude.length);
        int[] m = strip(bytesToMag(magnitude, off, len));
        if (m.length == 0) {
            this.signum = 0;
        } else {
            if (signum == 0)
                throw new NumberFormatException("signum-magnitude mismatch");
            this.signum = signum;
        }
        this.mag = m;
    }

    /** Uniform in [0, 2^numBits), drawn as the JDK does (nextBytes, big-endian). */
    public BigInteger(int numBits, Random rnd) {
        if (numBits < 0)
            throw new IllegalArgumentException("numBits must be non-negative");
        int numBytes = (int) (((long) numBits + 7) / 8);
        byte[] randomBits = new byte[numBytes];
        if (numBytes > 0) {
            rnd.nextBytes(randomBits);
            int excessBits = 8 * numBytes - numBits;
            randomBits[0] &= (byte) ((1 << (8 - excessBits)) - 1);
        }
        int[] m = strip(bytesToMag(randomBits, 0, numBytes));
        this.mag = m;
        this.signum = m.length == 0 ? 0 : 1;
    }

    public BigInteger(int bitLength, int certainty, Random rnd) {
        BigInteger p = probablePrime(bitLength, rnd);
        this.mag = p.mag;
        this.signum = p.signum;
    }

    public static BigInteger probablePrime(int bitLength, Random rnd) {
        if (bitLength < 2)
            throw new ArithmeticException("bitLength < 2");
        for (;;) {
            BigInteger c = new BigInteger(bitLength, rnd).setBit(bitLength - 1).setBit(0);
            if (bitLength == 2)
                c = c.clearBit(0).setBit(0);
            if (c.isProbablePrime(100))
                return c;
        }
    }

    private static int[] bytesToMag(byte[] b, int off, int len) {
        int words = (len + 3) >>> 2;
        int[] m = new int[words];
        int bi = off + len - 1;
        for (int w = words - 1; w >= 0; w--) {
            int v = 0;
            for (int k = 0; k < 32 && bi >= off; k += 8)
                v |= (b[bi--] & 0xff) << k;
            m[w] = v;
        }
        return m;
    }

    private static int[] addOne(int[] m) {
        int[] r = m.clone();
        for (int i = r.length - 1; i >= 0; i--) {
            if (++r[i] != 0)
                return r;
        }
        int[] g = new int[r.length + 1];
        g[0] = 1;
        return g;
    }

    public static BigInteger valueOf(long val) {
        if (val == 0)
            return ZERO;
        int sign = val < 0 ? -1 : 1;
        long abs = val < 0 ? -val : val;    // MIN_VALUE stays, read unsigned below
        int hi = (int) (abs >>> 32);
        int[] m = hi == 0 ? new int[] { (int) abs } : new int[] { hi, (int) abs };
        return new BigInteger(m, sign);
    }

    // ---- magnitude arithmetic (unsigned, big-endian) ----

    private static int compareMag(int[] a, int[] b) {
        if (a.length != b.length)
            return a.length < b.length ? -1 : 1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i])
                return Integer.compareUnsigned(a[i], b[i]) < 0 ? -1 : 1;
        }
        return 0;
    }

    private static int[] addMag(int[] x, int[] y) {
        if (x.length < y.length) {
            int[] t = x;
            x = y;
            y = t;
        }
        int[] r = new int[x.length + 1];
        long carry = 0;
        int xi = x.length, yi = y.length;
        for (int ri = r.length - 1; ri > 0; ri--) {
            long s = (x[--xi] & LONG_MASK) + (yi > 0 ? (y[--yi] & LONG_MASK) : 0) + carry;
            r[ri] = (int) s;
            carry = s >>> 32;
        }
        r[0] = (int) carry;
        return strip(r);
    }

    /** x - y for x >= y. */
    private static int[] subMag(int[] x, int[] y) {
        int[] r = new int[x.length];
        long borrow = 0;
        int yi = y.length;
        for (int i = x.length - 1; i >= 0; i--) {
            long d = (x[i] & LONG_MASK) - (yi > 0 ? (y[--yi] & LONG_MASK) : 0) - borrow;
            r[i] = (int) d;
            borrow = (d >> 63) & 1;
        }
        return strip(r);
    }

    private static int[] mulMag(int[] x, int[] y) {
        if (x.length == 0 || y.length == 0)
            return ZERO_MAG;
        int[] r = new int[x.length + y.length];
        for (int i = x.length - 1; i >= 0; i--) {
            long carry = 0;
            long xv = x[i] & LONG_MASK;
            int k = i + y.length;
            for (int j = y.length - 1; j >= 0; j--, k--) {
                long p = xv * (y[j] & LONG_MASK) + (r[k] & LONG_MASK) + carry;
                r[k] = (int) p;
                carry = p >>> 32;
            }
            r[i] = (int) carry;
        }
        return strip(r);
    }

    /** m * mul + add for small unsigned mul and add. */
    private static int[] mulAddMag(int[] m, int mul, int add) {
        int[] r = new int[m.length + 1];
        long carry = add & LONG_MASK;
        long mv = mul & LONG_MASK;
        for (int i = m.length - 1; i >= 0; i--) {
            long p = (m[i] & LONG_MASK) * mv + carry;
            r[i + 1] = (int) p;
            carry = p >>> 32;
        }
        r[0] = (int) carry;
        return strip(r);
    }

    /** Divides m by an unsigned int in place; returns the remainder. */
    private static long divIntInPlace(int[] m, int d) {
        long dv = d & LONG_MASK;
        long rem = 0;
        for (int i = 0; i < m.length; i++) {
            long cur = (rem << 32) | (m[i] & LONG_MASK);
            m[i] = (int) Long.divideUnsigned(cur, dv);
            rem = Long.remainderUnsigned(cur, dv);
        }
        return rem;
    }

    /** Quotient and remainder magnitudes of u / v (v nonzero): Knuth's algorithm D. */
    private static int[][] divMag(int[] u, int[] v) {
        if (compareMag(u, v) < 0)
            return new int[][] { ZERO_MAG, u };
        if (v.length == 1) {
            int[] q = u.clone();
            long r = divIntInPlace(q, v[0]);
            return new int[][] { strip(q), r == 0 ? ZERO_MAG : new int[] { (int) r } };
        }
        int n = v.length, m = u.length - n;
        int s = Integer.numberOfLeadingZeros(v[0]);
        int[] vn = shiftLeftMag(v, s, n);
        int[] un = shiftLeftMag(u, s, u.length + 1);
        int[] q = new int[m + 1];
        long v1 = vn[0] & LONG_MASK, v2 = vn[1] & LONG_MASK;
        for (int j = 0; j <= m; j++) {
            long num = ((un[j] & LONG_MASK) << 32) | (un[j + 1] & LONG_MASK);
            long qhat, rhat;
            if ((un[j] & LONG_MASK) >= v1) {
                qhat = LONG_MASK;
                rhat = num - qhat * v1;   // may exceed 32 bits
            } else {
                qhat = Long.divideUnsigned(num, v1);
                rhat = Long.remainderUnsigned(num, v1);
            }
            while (rhat <= LONG_MASK && Long.compareUnsigned(qhat * v2, (rhat << 32) | (un[j + 2] & LONG_MASK)) > 0) {
                qhat--;
                rhat += v1;
            }
            // Multiply and subtract.
            long borrow = 0, carry = 0;
            for (int i = n - 1; i >= 0; i--) {
                long p = qhat * (vn[i] & LONG_MASK) + carry;
                carry = p >>> 32;
                long t = (un[i + j + 1] & LONG_MASK) - (p & LONG_MASK) - borrow;
                un[i + j + 1] = (int) t;
                borrow = (t >> 63) & 1;
            }
            long t = (un[j] & LONG_MASK) - carry - borrow;
            un[j] = (int) t;
            if (t < 0) {
                // Added back: qhat was one too large.
                qhat--;
                long c = 0;
                for (int i = n - 1; i >= 0; i--) {
                    long sum = (un[i + j + 1] & LONG_MASK) + (vn[i] & LONG_MASK) + c;
                    un[i + j + 1] = (int) sum;
                    c = sum >>> 32;
                }
                un[j] += (int) c;
            }
            q[j] = (int) qhat;
        }
        int[] r = shiftRightMag(Arrays.copyOfRange(un, m + 1, un.length), s);
        return new int[][] { strip(q), strip(r) };
    }

    /** m shifted left by s < 32 bits into an array of `len` words (right-aligned). */
    private static int[] shiftLeftMag(int[] m, int s, int len) {
        int[] r = new int[len];
        int off = len - m.length;
        if (s == 0) {
            System.arraycopy(m, 0, r, off, m.length);
            return r;
        }
        int carry = 0;
        for (int i = m.length - 1; i >= 0; i--) {
            r[off + i] = (m[i] << s) | carry;
            carry = m[i] >>> (32 - s);
        }
        if (off > 0)
            r[off - 1] = carry;
        return r;
    }

    private static int[] shiftRightMag(int[] m, int s) {
        if (s == 0)
            return m;
        int[] r = new int[m.length];
        int carry = 0;
        for (int i = 0; i < m.length; i++) {
            r[i] = (m[i] >>> s) | carry;
            carry = m[i] << (32 - s);
        }
        return r;
    }

    // ---- arithmetic ----

    public BigInteger add(BigInteger val) {
        if (val.signum == 0)
            return this;
        if (signum == 0)
            return val;
        if (val.signum == signum)
            return new BigInteger(addMag(mag, val.mag), signum);
        int cmp = compareMag(mag, val.mag);
        if (cmp == 0)
            return ZERO;
        return cmp > 0 ? new BigInteger(subMag(mag, val.mag), signum) : new BigInteger(subMag(val.mag, mag), val.signum);
    }

    public BigInteger subtract(BigInteger val) {
        return add(val.negate());
    }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0)
            return ZERO;
        return new BigInteger(mulMag(mag, val.mag), signum * val.signum);
    }

    public BigInteger divide(BigInteger val) {
        return divideAndRemainder(val)[0];
    }

    public BigInteger remainder(BigInteger val) {
        return divideAndRemainder(val)[1];
    }

    public BigInteger[] divideAndRemainder(BigInteger val) {
        if (val.signum == 0)
            throw new ArithmeticException("BigInteger divide by zero");
        if (signum == 0)
            return new BigInteger[] { ZERO, ZERO };
        int[][] qr = divMag(mag, val.mag);
        return new BigInteger[] { new BigInteger(qr[0], signum * val.signum), new BigInteger(qr[1], signum) };
    }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0)
            throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum >= 0 ? r : r.add(m);
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0)
            throw new ArithmeticException("Negative exponent");
        BigInteger result = ONE, base = this;
        while (exponent != 0) {
            if ((exponent & 1) != 0)
                result = result.multiply(base);
            exponent >>>= 1;
            if (exponent != 0)
                base = base.multiply(base);
        }
        return result;
    }

    public BigInteger sqrt() {
        if (signum < 0)
            throw new ArithmeticException("Negative BigInteger");
        if (signum == 0)
            return ZERO;
        // Newton's iteration from above converges to floor(sqrt).
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        for (;;) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0)
                return x;
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] { s, subtract(s.multiply(s)) };
    }

    public BigInteger gcd(BigInteger val) {
        BigInteger a = abs(), b = val.abs();
        while (b.signum != 0) {
            BigInteger t = a.remainder(b);
            a = b;
            b = t;
        }
        return a;
    }

    public BigInteger abs() {
        return signum >= 0 ? this : negate();
    }

    public BigInteger negate() {
        return new BigInteger(mag, -signum);
    }

    public int signum() {
        return signum;
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0)
            throw new ArithmeticException("BigInteger: modulus not positive");
        if (exponent.signum == 0)
            return m.equals(ONE) ? ZERO : ONE;
        BigInteger base = this;
        if (exponent.signum < 0) {
            base = modInverse(m);
            exponent = exponent.negate();
        }
        base = base.mod(m);
        BigInteger result = ONE.mod(m);
        int bits = exponent.bitLength();
        for (int i = bits - 1; i >= 0; i--) {
            result = result.multiply(result).mod(m);
            if (exponent.testBit(i))
                result = result.multiply(base).mod(m);
        }
        return result;
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum != 1)
            throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE))
            return ZERO;
        BigInteger a = mod(m), b = m;
        BigInteger x0 = ONE, x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
            a = b;
            b = qr[1];
        }
        if (!a.equals(ONE))
            throw new ArithmeticException("BigInteger not invertible.");
        return x0.mod(m);
    }

    // ---- primes ----

    private static final int[] SMALL_PRIMES = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71 };

    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0)
            return true;
        BigInteger w = abs();
        if (w.equals(TWO))
            return true;
        if (!w.testBit(0) || w.equals(ONE))
            return false;
        for (int p : SMALL_PRIMES) {
            BigInteger bp = valueOf(p);
            if (w.equals(bp))
                return true;
            if (w.remainder(bp).signum == 0)
                return false;
        }
        // Miller-Rabin: the fixed bases decide every number below 3.3e24;
        // random ones add confidence above.
        BigInteger wm1 = w.subtract(ONE);
        int a = wm1.getLowestSetBit();
        BigInteger m = wm1.shiftRight(a);
        int rounds = Math.max(SMALL_PRIMES.length, (certainty + 1) / 2);
        Random rnd = new Random(w.hashCode() ^ 0x5DEECE66DL);
        for (int i = 0; i < rounds; i++) {
            BigInteger b;
            if (i < SMALL_PRIMES.length) {
                b = valueOf(SMALL_PRIMES[i]);
            } else {
                do {
                    b = new BigInteger(w.bitLength(), rnd);
                } while (b.compareTo(ONE) <= 0 || b.compareTo(wm1) >= 0);
            }
            BigInteger z = b.modPow(m, w);
            if (z.equals(ONE) || z.equals(wm1))
                continue;
            boolean composite = true;
            for (int j = 1; j < a; j++) {
                z = z.multiply(z).mod(w);
                if (z.equals(wm1)) {
                    composite = false;
                    break;
                }
                if (z.equals(ONE))
                    return false;
            }
            if (composite)
                return false;
        }
        return true;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0)
            throw new ArithmeticException("start < 0: " + this);
        if (signum == 0 || equals(ONE))
            return TWO;
        BigInteger n = add(ONE);
        if (!n.testBit(0))
            n = n.add(ONE);
        while (!n.isProbablePrime(100))
            n = n.add(TWO);
        return n;
    }

    // ---- comparison ----

    @Override
    public int compareTo(BigInteger val) {
        if (signum != val.signum)
            return signum > val.signum ? 1 : -1;
        int c = compareMag(mag, val.mag);
        return signum >= 0 ? c : -c;
    }

    @Override
    public boolean equals(Object x) {
        if (x == this)
            return true;
        if (!(x instanceof BigInteger))
            return false;
        BigInteger b = (BigInteger) x;
        return b.signum == signum && Arrays.equals(mag, b.mag);
    }

    public BigInteger min(BigInteger val) {
        return compareTo(val) < 0 ? this : val;
    }

    public BigInteger max(BigInteger val) {
        return compareTo(val) > 0 ? this : val;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int w : mag)
            h = (int) (31 * h + (w & LONG_MASK));
        return h * signum;
    }

    // ---- bits (two's complement view) ----

    /** Word n (0 = least significant) of the infinite two's complement form. */
    private int getInt(int n) {
        if (n < 0)
            return 0;
        if (n >= mag.length)
            return signum < 0 ? -1 : 0;
        int w = mag[mag.length - n - 1];
        if (signum >= 0)
            return w;
        return n <= firstNonzeroIntNum() ? -w : ~w;
    }

    private int firstNonzeroIntNum() {
        int i = mag.length - 1;
        while (i >= 0 && mag[i] == 0)
            i--;
        return mag.length - i - 1;
    }

    /** A value from big-endian two's complement words. */
    private static BigInteger fromTwos(int[] val) {
        if (val.length > 0 && val[0] < 0) {
            int[] m = new int[val.length];
            for (int i = 0; i < val.length; i++)
                m[i] = ~val[i];
            return new BigInteger(strip(addOne(m)), -1);
        }
        return of(val, 1);
    }

    private int intLength() {
        return (bitLength() >>> 5) + 1;
    }

    public BigInteger and(BigInteger val) {
        int[] r = new int[Math.max(intLength(), val.intLength())];
        for (int i = 0; i < r.length; i++)
            r[i] = getInt(r.length - i - 1) & val.getInt(r.length - i - 1);
        return fromTwos(r);
    }

    public BigInteger or(BigInteger val) {
        int[] r = new int[Math.max(intLength(), val.intLength())];
        for (int i = 0; i < r.length; i++)
            r[i] = getInt(r.length - i - 1) | val.getInt(r.length - i - 1);
        return fromTwos(r);
    }

    public BigInteger xor(BigInteger val) {
        int[] r = new int[Math.max(intLength(), val.intLength())];
        for (int i = 0; i < r.length; i++)
            r[i] = getInt(r.length - i - 1) ^ val.getInt(r.length - i - 1);
        return fromTwos(r);
    }

    public BigInteger not() {
        int[] r = new int[intLength()];
        for (int i = 0; i < r.length; i++)
            r[i] = ~getInt(r.length - i - 1);
        return fromTwos(r);
    }

    public BigInteger andNot(BigInteger val) {
        int[] r = new int[Math.max(intLength(), val.intLength())];
        for (int i = 0; i < r.length; i++)
            r[i] = getInt(r.length - i - 1) & ~val.getInt(r.length - i - 1);
        return fromTwos(r);
    }

    public boolean testBit(int n) {
        if (n < 0)
            throw new ArithmeticException("Negative bit address");
        return (getInt(n >>> 5) & (1 << (n & 31))) != 0;
    }

    private BigInteger changeBit(int n, int op) {
        if (n < 0)
            throw new ArithmeticException("Negative bit address");
        int intNum = n >>> 5;
        int[] r = new int[Math.max(intLength(), intNum + 2)];
        for (int i = 0; i < r.length; i++)
            r[r.length - i - 1] = getInt(i);
        int bit = 1 << (n & 31);
        int k = r.length - intNum - 1;
        r[k] = op == 0 ? r[k] | bit : op == 1 ? r[k] & ~bit : r[k] ^ bit;
        return fromTwos(r);
    }

    public BigInteger setBit(int n) {
        return changeBit(n, 0);
    }

    public BigInteger clearBit(int n) {
        return changeBit(n, 1);
    }

    public BigInteger flipBit(int n) {
        return changeBit(n, 2);
    }

    public int getLowestSetBit() {
        if (signum == 0)
            return -1;
        int i = 0, b;
        while ((b = getInt(i)) == 0)
            i++;
        return (i << 5) + Integer.numberOfTrailingZeros(b);
    }

    public int bitLength() {
        int len = mag.length;
        if (len == 0)
            return 0;
        int n = ((len - 1) << 5) + (32 - Integer.numberOfLeadingZeros(mag[0]));
        if (signum < 0) {
            boolean pow2 = Integer.bitCount(mag[0]) == 1;
            for (int i = 1; i < len && pow2; i++)
                pow2 = mag[i] == 0;
            return pow2 ? n - 1 : n;
        }
        return n;
    }

    public int bitCount() {
        int bc = 0;
        for (int w : mag)
            bc += Integer.bitCount(w);
        if (signum < 0) {
            int magTrailingZeroCount = 0, j;
            for (j = mag.length - 1; mag[j] == 0; j--)
                magTrailingZeroCount += 32;
            magTrailingZeroCount += Integer.numberOfTrailingZeros(mag[j]);
            bc += magTrailingZeroCount - 1;
        }
        return bc;
    }

    public BigInteger shiftLeft(int n) {
        if (signum == 0)
            return ZERO;
        if (n > 0) {
            int words = n >>> 5, bits = n & 31;
            int[] r = shiftLeftMag(mag, bits, mag.length + 1);
            return of(Arrays.copyOf(r, r.length + words), signum);
        }
        return n == 0 ? this : shiftRight(-n);
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0)
            return ZERO;
        if (n > 0) {
            int words = n >>> 5, bits = n & 31;
            if (words >= mag.length)
                return signum >= 0 ? ZERO : NEGATIVE_ONE;
            int[] r = shiftRightMag(Arrays.copyOf(mag, mag.length - words), bits);
            BigInteger q = of(r, signum);
            if (signum < 0) {
                // Floor division: round toward negative infinity if bits were lost.
                boolean lost = false;
                for (int i = mag.length - words; i < mag.length && !lost; i++)
                    lost = mag[i] != 0;
                if (!lost && bits != 0)
                    lost = (mag[mag.length - words - 1] << (32 - bits)) != 0;
                if (lost)
                    q = q.subtract(ONE);
            }
            return q;
        }
        return n == 0 ? this : shiftLeft(-n);
    }

    public byte[] toByteArray() {
        int byteLen = bitLength() / 8 + 1;
        byte[] b = new byte[byteLen];
        for (int i = byteLen - 1, bytesCopied = 4, nextInt = 0, intIndex = 0; i >= 0; i--) {
            if (bytesCopied == 4) {
                nextInt = getInt(intIndex++);
                bytesCopied = 1;
            } else {
                nextInt >>>= 8;
                bytesCopied++;
            }
            b[i] = (byte) nextInt;
        }
        return b;
    }

    // ---- conversions ----

    @Override
    public int intValue() {
        return getInt(0);
    }

    @Override
    public long longValue() {
        return ((long) getInt(1) << 32) | (getInt(0) & LONG_MASK);
    }

    @Override
    public float floatValue() {
        return signum == 0 ? 0.0f : Float.parseFloat(toString());
    }

    @Override
    public double doubleValue() {
        return signum == 0 ? 0.0 : Double.parseDouble(toString());
    }

    public long longValueExact() {
        if (mag.length <= 2 && bitLength() <= 63)
            return longValue();
        throw new ArithmeticException("BigInteger out of long range");
    }

    public int intValueExact() {
        if (mag.length <= 1 && bitLength() <= 31)
            return intValue();
        throw new ArithmeticException("BigInteger out of int range");
    }

    public short shortValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int value = intValue();
            if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE)
                return shortValue();
        }
        throw new ArithmeticException("BigInteger out of short range");
    }

    public byte byteValueExact() {
        if (mag.length <= 1 && bitLength() <= 31) {
            int value = intValue();
            if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE)
                return byteValue();
        }
        throw new ArithmeticException("BigInteger out of byte range");
    }

    @Override
    public String toString() {
        return toString(10);
    }

    public String toString(int radix) {
        if (signum == 0)
            return "0";
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            radix = 10;
        int per = DIGITS_PER_INT[radix];
        int chunk = 1;
        for (int i = 0; i < per; i++)
            chunk *= radix;
        int[] m = mag.clone();
        StringBuilder sb = new StringBuilder();
        int len = m.length;
        int start = 0;
        while (start < len) {
            long rem = 0;
            long dv = chunk & LONG_MASK;
            for (int i = start; i < len; i++) {
                long cur = (rem << 32) | (m[i] & LONG_MASK);
                m[i] = (int) (cur / dv);
                rem = cur % dv;
            }
            while (start < len && m[start] == 0)
                start++;
            String digits = Long.toString(rem, radix);
            sb.append(new StringBuilder(digits).reverse());
            if (start < len)
                for (int k = digits.length(); k < per; k++)
                    sb.append('0');
        }
        if (signum < 0)
            sb.append('-');
        return sb.reverse().toString();
    }
}
