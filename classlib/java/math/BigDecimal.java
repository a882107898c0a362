package java.math;

/**
 * Decimal numbers: an unscaled BigInteger and a scale, value =
 * unscaled * 10^-scale.  Results, scales, string forms and exception
 * messages follow the JDK: every rounding goes through roundToScale, and
 * MathContext operations compute exactly and then round (JDK results are
 * defined that way).
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    private static final long serialVersionUID = 6108874887143696463L;

    public static final int ROUND_UP = 0;
    public static final int ROUND_DOWN = 1;
    public static final int ROUND_CEILING = 2;
    public static final int ROUND_FLOOR = 3;
    public static final int ROUND_HALF_UP = 4;
    public static final int ROUND_HALF_DOWN = 5;
    public static final int ROUND_HALF_EVEN = 6;
    public static final int ROUND_UNNECESSARY = 7;

    private final BigInteger intVal;
    private final int scale;
    private transient int precision;   // 0 until computed

    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);

    // ---- construction ----

    public BigDecimal(BigInteger unscaledVal, int scale) {
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        BigDecimal r = doRound(new BigDecimal(unscaledVal, scale), mc);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    public BigDecimal(String val) {
        this(val.toCharArray(), 0, val.length());
    }

    public BigDecimal(String val, MathContext mc) {
        this(val.toCharArray(), 0, val.length(), mc);
    }

    public BigDecimal(char[] in) {
        this(in, 0, in.length);
    }

    public BigDecimal(char[] in, MathContext mc) {
        this(in, 0, in.length, mc);
    }

    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        BigDecimal r = doRound(new BigDecimal(in, offset, len), mc);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    public BigDecimal(char[] in, int offset, int len) {
        if ((in.length | offset | len) < 0 || len > in.length - offset)
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        if (len == 0)
            throw new NumberFormatException();
        int i = offset, end = offset + len;
        boolean neg = false;
        if (in[i] == '-' || in[i] == '+') {
            neg = in[i] == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder(len);
        boolean dot = false;
        long fraction = 0;
        long exp = 0;
        for (; i < end; i++) {
            char c = in[i];
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                digits.append((char) ('0' + Character.digit(c, 10)));
                if (dot)
                    fraction++;
            } else if (c == '.') {
                if (dot)
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                dot = true;
            } else if (c == 'e' || c == 'E') {
                exp = parseExp(in, i + 1, end);
                i = end;
                break;
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (digits.length() == 0)
            throw new NumberFormatException("No digits found.");
        long sc = fraction - exp;
        if (sc > Integer.MAX_VALUE || sc < Integer.MIN_VALUE)
            throw new NumberFormatException("Scale out of range.");
        BigInteger v = new BigInteger(digits.toString());
        this.intVal = neg ? v.negate() : v;
        this.scale = (int) sc;
    }

    private static long parseExp(char[] in, int i, int end) {
        if (i >= end)
            throw new NumberFormatException();
        boolean neg = false;
        if (in[i] == '-' || in[i] == '+') {
            neg = in[i] == '-';
            i++;
        }
        if (i >= end)
            throw new NumberFormatException();
        long exp = 0;
        for (; i < end; i++) {
            char c = in[i];
            int d = Character.digit(c, 10);
            if (d < 0)
                throw new NumberFormatException();
            exp = exp * 10 + d;
            if (exp > Integer.MAX_VALUE + 1L)
                throw new NumberFormatException("Exponent overflow.");
        }
        if (neg)
            exp = -exp;
        if (exp > Integer.MAX_VALUE || exp < Integer.MIN_VALUE)
            throw new NumberFormatException("Exponent overflow.");
        return exp;
    }

    public BigDecimal(double val) {
        if (Double.isInfinite(val) || Double.isNaN(val))
            throw new NumberFormatException("Infinite or NaN");
        long bits = Double.doubleToLongBits(val);
        int sign = ((bits >> 63) == 0 ? 1 : -1);
        int exponent = (int) ((bits >> 52) & 0x7ffL);
        long significand = (exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | (1L << 52));
        exponent -= 1075;
        if (significand == 0) {
            this.intVal = BigInteger.ZERO;
            this.scale = 0;
            return;
        }
        while ((significand & 1) == 0) {
            significand >>= 1;
            exponent++;
        }
        BigInteger v = BigInteger.valueOf(sign * significand);
        if (exponent >= 0) {
            this.intVal = v.shiftLeft(exponent);
            this.scale = 0;
        } else {
            this.intVal = v.multiply(BigInteger.valueOf(5).pow(-exponent));
            this.scale = -exponent;
        }
    }

    public BigDecimal(double val, MathContext mc) {
        BigDecimal r = doRound(new BigDecimal(val), mc);
        this.intVal = r.intVal;
        this.scale = r.scale;
    }

    public static BigDecimal valueOf(long unscaledVal, int scale) {
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    public static BigDecimal valueOf(long val) {
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    // ---- helpers ----

    private static BigInteger tenPow(long n) {
        return BigInteger.TEN.pow((int) n);
    }

    private static int checkScale(long s) {
        if (s > Integer.MAX_VALUE)
            throw new ArithmeticException("Underflow");
        if (s < Integer.MIN_VALUE)
            throw new ArithmeticException("Overflow");
        return (int) s;
    }

    /** num/den rounded to an integer with mode (den nonzero). */
    static BigInteger divideAndRound(BigInteger num, BigInteger den, RoundingMode mode) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() == 0)
            return q;
        int sign = num.signum() * den.signum();
        boolean up;
        switch (mode) {
        case UNNECESSARY:
            throw new ArithmeticException("Rounding necessary");
        case UP:
            up = true;
            break;
        case DOWN:
            up = false;
            break;
        case CEILING:
            up = sign > 0;
            break;
        case FLOOR:
            up = sign < 0;
            break;
        default: {
            int cmp = r.abs().shiftLeft(1).compareTo(den.abs());
            if (cmp != 0)
                up = cmp > 0;
            else if (mode == RoundingMode.HALF_UP)
                up = true;
            else if (mode == RoundingMode.HALF_DOWN)
                up = false;
            else
                up = q.testBit(0);
        }
        }
        return up ? q.add(BigInteger.valueOf(sign)) : q;
    }

    /** This value rounded to newScale. */
    private BigDecimal roundToScale(int newScale, RoundingMode mode) {
        if (newScale >= scale)
            return new BigDecimal(intVal.multiply(tenPow((long) newScale - scale)), newScale);
        return new BigDecimal(divideAndRound(intVal, tenPow((long) scale - newScale), mode), newScale);
    }

    private static BigDecimal doRound(BigDecimal val, MathContext mc) {
        int p = mc.precision;
        if (p == 0)
            return val;
        while (val.precision() > p) {
            int drop = val.precision() - p;
            val = val.roundToScale(checkScale((long) val.scale - drop), mc.roundingMode);
        }
        return val;
    }

    /** Removes trailing zeros while the scale stays at least preferredScale. */
    private static BigDecimal stripZerosToMatchScale(BigDecimal v, long preferredScale) {
        BigInteger iv = v.intVal;
        int sc = v.scale;
        while (iv.abs().compareTo(BigInteger.TEN) >= 0 && sc > preferredScale) {
            BigInteger[] qr = iv.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0)
                break;
            iv = qr[0];
            sc--;
        }
        return new BigDecimal(iv, sc);
    }

    private static BigDecimal zeroValueOf(int scale) {
        return new BigDecimal(BigInteger.ZERO, scale);
    }

    // ---- arithmetic ----

    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale)
            return new BigDecimal(intVal.add(augend.intVal), scale);
        if (scale > augend.scale)
            return new BigDecimal(intVal.add(augend.intVal.multiply(tenPow((long) scale - augend.scale))), scale);
        return new BigDecimal(intVal.multiply(tenPow((long) augend.scale - scale)).add(augend.intVal), augend.scale);
    }

    public BigDecimal add(BigDecimal augend, MathContext mc) {
        if (mc.precision == 0)
            return add(augend);
        boolean lhsZero = signum() == 0, augZero = augend.signum() == 0;
        if (lhsZero || augZero) {
            int preferredScale = Math.max(scale, augend.scale);
            if (lhsZero && augZero)
                return zeroValueOf(preferredScale);
            BigDecimal result = lhsZero ? doRound(augend, mc) : doRound(this, mc);
            if (result.scale == preferredScale)
                return result;
            if (result.scale > preferredScale)
                return stripZerosToMatchScale(result, preferredScale);
            int precisionDiff = mc.precision - result.precision();
            int scaleDiff = preferredScale - result.scale;
            if (precisionDiff >= scaleDiff)
                return result.setScale(preferredScale);
            return result.setScale(result.scale + precisionDiff);
        }
        return doRound(add(augend), mc);
    }

    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return add(subtrahend.negate(), mc);
    }

    public BigDecimal multiply(BigDecimal multiplicand) {
        return new BigDecimal(intVal.multiply(multiplicand.intVal), checkScale((long) scale + multiplicand.scale));
    }

    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return doRound(multiply(multiplicand), mc);
    }

    /** this / divisor rounded at 10^-newScale. */
    private BigDecimal divideToScale(BigDecimal divisor, int newScale, RoundingMode mode) {
        long e = (long) newScale + divisor.scale - scale;
        BigInteger num = intVal, den = divisor.intVal;
        if (e >= 0)
            num = num.multiply(tenPow(e));
        else
            den = den.multiply(tenPow(-e));
        return new BigDecimal(divideAndRound(num, den, mode), newScale);
    }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            if (signum() == 0)
                throw new ArithmeticException("Division undefined");
            throw new ArithmeticException("Division by zero");
        }
    }

    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        checkDivisor(divisor);
        return divideToScale(divisor, scale, roundingMode);
    }

    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        int preferredScale = saturate((long) scale - divisor.scale);
        if (signum() == 0)
            return zeroValueOf(preferredScale);
        MathContext mc = new MathContext((int) Math.min(precision() + (long) Math.ceil(10.0 * divisor.precision() / 3.0),
                Integer.MAX_VALUE), RoundingMode.UNNECESSARY);
        BigDecimal quotient;
        try {
            quotient = divide(divisor, mc);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        if (preferredScale > quotient.scale)
            return quotient.setScale(preferredScale, RoundingMode.UNNECESSARY);
        return quotient;
    }

    private static int saturate(long s) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, s));
    }

    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0)
            return divide(divisor);
        checkDivisor(divisor);
        long preferredScale = (long) scale - divisor.scale;
        if (signum() == 0)
            return zeroValueOf(saturate(preferredScale));
        int p = mc.precision;
        // Choose the scale that gives the quotient p digits, then round there.
        long adj = (long) precision() - scale - ((long) divisor.precision() - divisor.scale);
        int newScale = checkScale(p - adj);
        BigDecimal q = divideToScale(divisor, newScale, RoundingMode.DOWN);
        int extra = q.precision() - p;
        if (extra != 0 && q.signum() != 0)
            newScale = checkScale((long) newScale - extra);
        q = divideToScale(divisor, newScale, mc.roundingMode);
        if (q.precision() > p)
            q = q.roundToScale(newScale - 1, mc.roundingMode);
        // Only an exact quotient loses its trailing zeros (down to the preferred scale).
        if (q.multiply(divisor).compareTo(this) != 0)
            return q;
        return stripZerosToMatchScale(q, preferredScale);
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        int preferredScale = saturate((long) scale - divisor.scale);
        if (compareMagnitude(divisor) < 0)
            return zeroValueOf(preferredScale);
        if (signum() == 0 && divisor.signum() != 0)
            return setScale(preferredScale, RoundingMode.UNNECESSARY);
        checkDivisor(divisor);
        BigDecimal quotient = new BigDecimal(divideAndRound(intVal.multiply(tenPow(Math.max(0, (long) divisor.scale - scale))),
                divisor.intVal.multiply(tenPow(Math.max(0, (long) scale - divisor.scale))), RoundingMode.DOWN), 0);
        quotient = stripZerosToMatchScale(quotient, preferredScale);
        if (quotient.scale < preferredScale)
            quotient = quotient.setScale(preferredScale, RoundingMode.UNNECESSARY);
        return quotient;
    }

    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0 || compareMagnitude(divisor) < 0)
            return divideToIntegralValue(divisor);
        BigDecimal q = divideToIntegralValue(divisor);
        if (q.stripTrailingZeros().precision() > mc.precision)
            throw new ArithmeticException("Division impossible");
        return q;
    }

    public BigDecimal remainder(BigDecimal divisor) {
        return divideAndRemainder(divisor)[1];
    }

    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return divideAndRemainder(divisor, mc)[1];
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] { q, subtract(q.multiply(divisor)) };
    }

    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        if (mc.precision == 0)
            return divideAndRemainder(divisor);
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] { q, subtract(q.multiply(divisor)) };
    }

    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999)
            throw new ArithmeticException("Invalid operation");
        return new BigDecimal(intVal.pow(n), checkScale((long) scale * n));
    }

    public BigDecimal pow(int n, MathContext mc) {
        if (mc.precision == 0)
            return pow(n);
        if (n < -999999999 || n > 999999999)
            throw new ArithmeticException("Invalid operation");
        if (n == 0)
            return ONE;
        int mag = Math.abs(n);
        int elength = Integer.toString(mag).length();
        if (elength > mc.precision)
            throw new ArithmeticException("Invalid operation");
        MathContext workmc = new MathContext(mc.precision + elength + 1, mc.roundingMode);
        BigDecimal acc = ONE;
        boolean seenbit = false;
        for (int i = 1;; i++) {
            mag += mag;
            if (mag < 0) {
                seenbit = true;
                acc = acc.multiply(this, workmc);
            }
            if (i == 31)
                break;
            if (seenbit)
                acc = acc.multiply(acc, workmc);
        }
        if (n < 0)
            acc = ONE.divide(acc, workmc);
        return doRound(acc, mc);
    }

    public BigDecimal sqrt(MathContext mc) {
        int sig = signum();
        if (sig < 0)
            throw new ArithmeticException("Attempted square root of negative BigDecimal");
        int preferredScale = scale / 2;
        if (sig == 0)
            return zeroValueOf(preferredScale);
        // Work with enough digits, then round and strip toward the preferred scale.
        int p = mc.precision == 0 ? precision() / 2 + 1 : mc.precision;
        int workScale = p + 2 - (precision() - scale) / 2;
        long shift = 2L * workScale - scale;
        BigInteger n = shift >= 0 ? intVal.multiply(tenPow(shift)) : intVal.divide(tenPow(-shift));
        BigInteger s = n.sqrt();
        boolean exact = s.multiply(s).equals(n) && (shift >= 0 || intVal.mod(tenPow(-shift)).signum() == 0);
        BigDecimal r = new BigDecimal(s, workScale);
        if (!exact)
            r = new BigDecimal(s.multiply(BigInteger.TEN).add(BigInteger.ONE), workScale + 1);  // sticky digit
        if (mc.precision == 0) {
            if (!exact)
                throw new ArithmeticException("Computed square root not exact.");
            return stripZerosToMatchScale(r, preferredScale);
        }
        r = doRound(r, mc);
        if (exact)
            r = stripZerosToMatchScale(r, preferredScale);
        return r;
    }

    // ---- sign, scale, precision ----

    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public BigDecimal abs(MathContext mc) {
        return doRound(abs(), mc);
    }

    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    public BigDecimal negate(MathContext mc) {
        return doRound(negate(), mc);
    }

    public BigDecimal plus() {
        return this;
    }

    public BigDecimal plus(MathContext mc) {
        return doRound(this, mc);
    }

    public int signum() {
        return intVal.signum();
    }

    public int scale() {
        return scale;
    }

    public int precision() {
        int p = precision;
        if (p == 0) {
            p = intVal.signum() == 0 ? 1 : intVal.abs().toString().length();
            precision = p;
        }
        return p;
    }

    public BigInteger unscaledValue() {
        return intVal;
    }

    public BigDecimal round(MathContext mc) {
        return doRound(this, mc);
    }

    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        return roundToScale(newScale, roundingMode);
    }

    @Deprecated
    public BigDecimal setScale(int newScale, int roundingMode) {
        return roundToScale(newScale, RoundingMode.valueOf(roundingMode));
    }

    public BigDecimal setScale(int newScale) {
        return roundToScale(newScale, RoundingMode.UNNECESSARY);
    }

    public BigDecimal movePointLeft(int n) {
        if (n == 0)
            return this;
        BigDecimal num = new BigDecimal(intVal, checkScale((long) scale + n));
        return num.scale < 0 ? num.setScale(0, RoundingMode.UNNECESSARY) : num;
    }

    public BigDecimal movePointRight(int n) {
        if (n == 0)
            return this;
        BigDecimal num = new BigDecimal(intVal, checkScale((long) scale - n));
        return num.scale < 0 ? num.setScale(0, RoundingMode.UNNECESSARY) : num;
    }

    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n));
    }

    public BigDecimal stripTrailingZeros() {
        if (intVal.signum() == 0)
            return ZERO;
        return stripZerosToMatchScale(this, Long.MIN_VALUE);
    }

    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    // ---- comparison ----

    private int compareMagnitude(BigDecimal val) {
        return abs().compareTo(val.abs());
    }

    @Override
    public int compareTo(BigDecimal val) {
        if (scale == val.scale)
            return intVal.compareTo(val.intVal);
        int s = signum(), vs = val.signum();
        if (s != vs)
            return s > vs ? 1 : -1;
        if (s == 0)
            return 0;
        return subtract(val).signum();
    }

    @Override
    public boolean equals(Object x) {
        if (!(x instanceof BigDecimal))
            return false;
        BigDecimal d = (BigDecimal) x;
        return x == this || (scale == d.scale && intVal.equals(d.intVal));
    }

    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    @Override
    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    // ---- strings ----

    @Override
    public String toString() {
        return layout(true);
    }

    public String toEngineeringString() {
        return layout(false);
    }

    private String layout(boolean sci) {
        String coeff = intVal.abs().toString();
        StringBuilder buf = new StringBuilder();
        if (signum() < 0)
            buf.append('-');
        if (scale == 0)
            return buf.append(coeff).toString();
        int coeffLen = coeff.length();
        long adjusted = -(long) scale + (coeffLen - 1);
        if (scale > 0 && adjusted >= -6) {
            int pad = scale - coeffLen;
            if (pad >= 0) {
                buf.append("0.");
                for (; pad > 0; pad--)
                    buf.append('0');
                buf.append(coeff);
            } else {
                buf.append(coeff, 0, -pad).append('.').append(coeff, -pad, coeffLen);
            }
            return buf.toString();
        }
        if (sci) {
            buf.append(coeff.charAt(0));
            if (coeffLen > 1)
                buf.append('.').append(coeff, 1, coeffLen);
        } else {
            int sig = (int) (adjusted % 3);
            if (sig < 0)
                sig += 3;
            adjusted -= sig;
            sig++;
            if (signum() == 0) {
                switch (sig) {
                case 1:
                    buf.append('0');
                    break;
                case 2:
                    buf.append("0.00");
                    adjusted += 3;
                    break;
                default:
                    buf.append("0.0");
                    adjusted += 3;
                    break;
                }
            } else if (sig >= coeffLen) {
                buf.append(coeff);
                for (int i = sig - coeffLen; i > 0; i--)
                    buf.append('0');
            } else {
                buf.append(coeff, 0, sig).append('.').append(coeff, sig, coeffLen);
            }
        }
        if (adjusted != 0) {
            buf.append('E');
            if (adjusted > 0)
                buf.append('+');
            buf.append(adjusted);
        }
        return buf.toString();
    }

    public String toPlainString() {
        if (scale == 0)
            return intVal.toString();
        if (scale < 0) {
            if (signum() == 0)
                return "0";
            StringBuilder sb = new StringBuilder(intVal.toString());
            for (int i = 0; i < -(long) scale; i++)
                sb.append('0');
            return sb.toString();
        }
        String coeff = intVal.abs().toString();
        StringBuilder buf = new StringBuilder();
        if (signum() < 0)
            buf.append('-');
        int pad = scale - coeff.length();
        if (pad >= 0) {
            buf.append("0.");
            for (; pad > 0; pad--)
                buf.append('0');
            buf.append(coeff);
        } else {
            buf.append(coeff, 0, -pad).append('.').append(coeff, -pad, coeff.length());
        }
        return buf.toString();
    }

    // ---- conversions ----

    public BigInteger toBigInteger() {
        return scale <= 0 ? intVal.multiply(tenPow(-(long) scale)) : roundToScale(0, RoundingMode.DOWN).intVal;
    }

    public BigInteger toBigIntegerExact() {
        return roundToScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    @Override
    public long longValue() {
        return signum() == 0 || (long) precision() - scale <= -1 ? 0 : toBigInteger().longValue();
    }

    @Override
    public int intValue() {
        return (int) longValue();
    }

    public long longValueExact() {
        if (signum() == 0)
            return 0;
        if ((long) precision() - scale > 19)
            throw new ArithmeticException("Overflow");
        BigInteger num = roundToScale(0, RoundingMode.UNNECESSARY).intVal;
        if (num.bitLength() > 63)
            throw new ArithmeticException("Overflow");
        return num.longValue();
    }

    public int intValueExact() {
        long num = longValueExact();
        if ((int) num != num)
            throw new ArithmeticException("Overflow");
        return (int) num;
    }

    public short shortValueExact() {
        long num = longValueExact();
        if ((short) num != num)
            throw new ArithmeticException("Overflow");
        return (short) num;
    }

    public byte byteValueExact() {
        long num = longValueExact();
        if ((byte) num != num)
            throw new ArithmeticException("Overflow");
        return (byte) num;
    }

    @Override
    public float floatValue() {
        return Float.parseFloat(toString());
    }

    @Override
    public double doubleValue() {
        return Double.parseDouble(toString());
    }
}
