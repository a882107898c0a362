package java.lang;

/**
 * Double.toString and Float.toString with exactly JDK 17's digits, and the
 * Java syntax check in front of Double/Float parsing.
 *
 * JDK 17 prints with the classic Steele-White/dragon4 digit generation: it
 * scales the value to B/S (1 <= B/S < 10) with M half an ulp at the same
 * scale, emits quotient digits until the remainder is within M of either
 * end, then rounds the last digit.  Its quirks are kept on purpose since
 * programs print them: integers of up to 62 bits are printed from the long
 * value, E-form output always gets a second digit before the stopping test
 * applies, and the stopping test is strict in int/long arithmetic but not
 * in big-number arithmetic.  (JDK 19 switched to the shortest-digits
 * algorithm, which prints some values with one digit fewer than 17 does.)
 */
final class FloatingDecimal {
    private FloatingDecimal() {}

    private static final int EXP_SHIFT = 52;
    private static final long FRACT_HOB = 1L << EXP_SHIFT;
    private static final long EXP_ONE = 0x3ff0000000000000L;
    private static final long SIGNIF_BIT_MASK = 0x000FFFFFFFFFFFFFL;
    private static final int MAX_SMALL_BIN_EXP = 62;
    private static final int MIN_SMALL_BIN_EXP = -(63 / 3);

    private static final long[] LONG_5_POW = new long[27];
    private static final int[] N_5_BITS = new int[27];
    static {
        long p = 1;
        for (int i = 0; i < LONG_5_POW.length; i++) {
            LONG_5_POW[i] = p;
            N_5_BITS[i] = 64 - Long.numberOfLeadingZeros(p);
            p *= 5;
        }
        N_5_BITS[0] = 0;
    }

    /** The digits of one conversion. */
    private static final class Digits {
        final char[] digits = new char[20];
        int decExponent;
        int firstDigitIndex;
        int nDigits;
    }

    static String toJavaFormatString(double d) {
        long dBits = Double.doubleToRawLongBits(d);
        boolean isNegative = dBits < 0;
        long fractBits = dBits & SIGNIF_BIT_MASK;
        int binExp = (int) ((dBits >>> EXP_SHIFT) & 0x7ff);
        if (binExp == 0x7ff)
            return fractBits == 0 ? (isNegative ? "-Infinity" : "Infinity") : "NaN";
        int nSignificantBits;
        if (binExp == 0) {
            if (fractBits == 0)
                return isNegative ? "-0.0" : "0.0";
            int leadingZeros = Long.numberOfLeadingZeros(fractBits);
            int shift = leadingZeros - (63 - EXP_SHIFT);
            fractBits <<= shift;
            binExp = 1 - shift;
            nSignificantBits = 64 - leadingZeros;
        } else {
            fractBits |= FRACT_HOB;
            nSignificantBits = EXP_SHIFT + 1;
        }
        binExp -= 1023;
        Digits dg = new Digits();
        dtoa(dg, binExp, fractBits, nSignificantBits);
        return format(dg, isNegative);
    }

    static String toJavaFormatString(float f) {
        int fBits = Float.floatToRawIntBits(f);
        boolean isNegative = fBits < 0;
        int fractBits = fBits & 0x007FFFFF;
        int binExp = (fBits >>> 23) & 0xff;
        if (binExp == 0xff)
            return fractBits == 0 ? (isNegative ? "-Infinity" : "Infinity") : "NaN";
        int nSignificantBits;
        if (binExp == 0) {
            if (fractBits == 0)
                return isNegative ? "-0.0" : "0.0";
            int leadingZeros = Integer.numberOfLeadingZeros(fractBits);
            int shift = leadingZeros - (31 - 23);
            fractBits <<= shift;
            binExp = 1 - shift;
            nSignificantBits = 32 - leadingZeros;
        } else {
            fractBits |= 1 << 23;
            nSignificantBits = 24;
        }
        binExp -= 127;
        Digits dg = new Digits();
        dtoa(dg, binExp, ((long) fractBits) << (EXP_SHIFT - 23), nSignificantBits);
        return format(dg, isNegative);
    }

    /** floor(log10(d)), estimated from the binary exponent as the JDK does. */
    private static int estimateDecExp(long fractBits, int binExp) {
        double d2 = Double.longBitsToDouble(EXP_ONE | (fractBits & SIGNIF_BIT_MASK));
        double d = (d2 - 1.5D) * 0.289529654D + 0.176091259 + (double) binExp * 0.301029995663981;
        return (int) Math.floor(d);
    }

    private static int insignificantDigitsForPow2(int p2) {
        if (p2 > 1 && p2 < 64)
            return (int) (p2 * 0.30102999566398114);
        return 0;
    }

    private static void dtoa(Digits dg, int binExp, long fractBits, int nSignificantBits) {
        char[] digits = dg.digits;
        final int tailZeros = Long.numberOfTrailingZeros(fractBits);
        final int nFractBits = EXP_SHIFT + 1 - tailZeros;
        int nTinyBits = Math.max(0, nFractBits - binExp - 1);
        if (binExp <= MAX_SMALL_BIN_EXP && binExp >= MIN_SMALL_BIN_EXP
                && nTinyBits < LONG_5_POW.length && (nFractBits + N_5_BITS[nTinyBits]) < 64
                && nTinyBits == 0) {
            // An integer that fits in a long: print its digits.
            int insignificant = binExp > nSignificantBits
                    ? insignificantDigitsForPow2(binExp - nSignificantBits - 1) : 0;
            if (binExp >= EXP_SHIFT)
                fractBits <<= (binExp - EXP_SHIFT);
            else
                fractBits >>>= (EXP_SHIFT - binExp);
            developLongDigits(dg, 0, fractBits, insignificant);
            return;
        }
        int decExp = estimateDecExp(fractBits, binExp);
        int B5 = Math.max(0, -decExp);
        int B2 = B5 + nTinyBits + binExp;
        int S5 = Math.max(0, decExp);
        int S2 = S5 + nTinyBits;
        int M5 = B5;
        int M2 = B2 - nSignificantBits;

        fractBits >>>= tailZeros;
        B2 -= nFractBits - 1;
        int common2factor = Math.min(B2, S2);
        B2 -= common2factor;
        S2 -= common2factor;
        M2 -= common2factor;
        // At an exact power of two the next smaller value is half as far.
        if (nFractBits == 1)
            M2 -= 1;
        if (M2 < 0) {
            B2 -= M2;
            S2 -= M2;
            M2 = 0;
        }

        int ndigit = 0;
        boolean low, high;
        long lowDigitDifference;
        int q;
        int Bbits = nFractBits + B2 + ((B5 < N_5_BITS.length) ? N_5_BITS[B5] : (B5 * 3));
        int tenSbits = S2 + 1 + (((S5 + 1) < N_5_BITS.length) ? N_5_BITS[(S5 + 1)] : ((S5 + 1) * 3));
        if (Bbits < 32 && tenSbits < 32) {
            // Every quantity fits in an int; m may overflow later, which stops the loop.
            int b = ((int) fractBits * (int) LONG_5_POW[B5]) << B2;
            int s = (int) LONG_5_POW[S5] << S2;
            int m = (int) LONG_5_POW[M5] << M2;
            int tens = s * 10;
            q = b / s;
            b = 10 * (b % s);
            m *= 10;
            low = (b < m);
            high = (b + m > tens);
            if ((q == 0) && !high)
                decExp--;
            else
                digits[ndigit++] = (char) ('0' + q);
            if (decExp < -3 || decExp >= 8)
                high = low = false;
            while (!low && !high) {
                q = b / s;
                b = 10 * (b % s);
                m *= 10;
                if (m > 0) {
                    low = (b < m);
                    high = (b + m > tens);
                } else {
                    low = true;
                    high = true;
                }
                digits[ndigit++] = (char) ('0' + q);
            }
            lowDigitDifference = (b << 1) - tens;
        } else if (Bbits < 64 && tenSbits < 64) {
            long b = (fractBits * LONG_5_POW[B5]) << B2;
            long s = LONG_5_POW[S5] << S2;
            long m = LONG_5_POW[M5] << M2;
            long tens = s * 10L;
            q = (int) (b / s);
            b = 10 * (b % s);
            m *= 10;
            low = (b < m);
            high = (b + m > tens);
            if ((q == 0) && !high)
                decExp--;
            else
                digits[ndigit++] = (char) ('0' + q);
            if (decExp < -3 || decExp >= 8)
                high = low = false;
            while (!low && !high) {
                q = (int) (b / s);
                b = 10 * (b % s);
                m *= 10;
                if (m > 0L) {
                    low = (b < m);
                    high = (b + m > tens);
                } else {
                    low = true;
                    high = true;
                }
                digits[ndigit++] = (char) ('0' + q);
            }
            lowDigitDifference = (b << 1) - tens;
        } else {
            Big Sval = Big.pow52(S5, S2);
            Big Bval = Big.pow52(B5, B2).mulLong(fractBits);
            Big Mval = Big.pow52(M5 + 1, M2 + 1);
            Big tenSval = Big.pow52(S5 + 1, S2 + 1);
            q = Bval.quoRemIteration(Sval);
            low = Bval.cmp(Mval) < 0;
            high = Big.addCmp(Bval, Mval, tenSval) >= 0;
            if ((q == 0) && !high)
                decExp--;
            else
                digits[ndigit++] = (char) ('0' + q);
            if (decExp < -3 || decExp >= 8)
                high = low = false;
            while (!low && !high) {
                q = Bval.quoRemIteration(Sval);
                Mval = Mval.mulLong(10);
                low = Bval.cmp(Mval) < 0;
                high = Big.addCmp(Bval, Mval, tenSval) >= 0;
                digits[ndigit++] = (char) ('0' + q);
            }
            if (high && low)
                lowDigitDifference = Bval.mulLong(2).cmp(tenSval);
            else
                lowDigitDifference = 0L;
        }
        dg.decExponent = decExp + 1;
        dg.firstDigitIndex = 0;
        dg.nDigits = ndigit;
        if (high) {
            if (low) {
                if (lowDigitDifference == 0L) {
                    if ((digits[dg.firstDigitIndex + dg.nDigits - 1] & 1) != 0)
                        roundup(dg);
                } else if (lowDigitDifference > 0) {
                    roundup(dg);
                }
            } else {
                roundup(dg);
            }
        }
    }

    private static void developLongDigits(Digits dg, int decExponent, long lvalue, int insignificantDigits) {
        if (insignificantDigits != 0) {
            long pow10 = LONG_5_POW[insignificantDigits] << insignificantDigits;
            long residue = lvalue % pow10;
            lvalue /= pow10;
            decExponent += insignificantDigits;
            if (residue >= (pow10 >> 1))
                lvalue++;
        }
        char[] digits = dg.digits;
        int digitno = digits.length - 1;
        long c = lvalue % 10;
        lvalue /= 10;
        while (c == 0) {
            decExponent++;
            c = lvalue % 10;
            lvalue /= 10;
        }
        while (lvalue != 0) {
            digits[digitno--] = (char) (c + '0');
            decExponent++;
            c = lvalue % 10;
            lvalue /= 10;
        }
        digits[digitno] = (char) (c + '0');
        dg.decExponent = decExponent + 1;
        dg.firstDigitIndex = digitno;
        dg.nDigits = digits.length - digitno;
    }

    private static void roundup(Digits dg) {
        char[] digits = dg.digits;
        int i = dg.firstDigitIndex + dg.nDigits - 1;
        int q = digits[i];
        if (q == '9') {
            while (q == '9' && i > dg.firstDigitIndex) {
                digits[i] = '0';
                q = digits[--i];
            }
            if (q == '9') {
                dg.decExponent += 1;
                digits[dg.firstDigitIndex] = '1';
                return;
            }
        }
        digits[i] = (char) (q + 1);
    }

    private static String format(Digits dg, boolean isNegative) {
        char[] digits = dg.digits;
        int nDigits = dg.nDigits, first = dg.firstDigitIndex, decExponent = dg.decExponent;
        StringBuilder sb = new StringBuilder(26);
        if (isNegative)
            sb.append('-');
        if (decExponent > 0 && decExponent < 8) {
            int charLength = Math.min(nDigits, decExponent);
            sb.append(digits, first, charLength);
            if (charLength < decExponent) {
                for (int k = charLength; k < decExponent; k++)
                    sb.append('0');
                sb.append(".0");
            } else {
                sb.append('.');
                if (charLength < nDigits)
                    sb.append(digits, first + charLength, nDigits - charLength);
                else
                    sb.append('0');
            }
        } else if (decExponent <= 0 && decExponent > -3) {
            sb.append("0.");
            for (int k = decExponent; k < 0; k++)
                sb.append('0');
            sb.append(digits, first, nDigits);
        } else {
            sb.append(digits[first]).append('.');
            if (nDigits > 1)
                sb.append(digits, first + 1, nDigits - 1);
            else
                sb.append('0');
            sb.append('E');
            int e;
            if (decExponent <= 0) {
                sb.append('-');
                e = -decExponent + 1;
            } else {
                e = decExponent - 1;
            }
            sb.append(e);
        }
        return sb.toString();
    }

    /** Just enough unsigned big-number arithmetic for dtoa: little-endian 32-bit words. */
    private static final class Big {
        int[] w;
        int n;

        Big(int[] w, int n) {
            this.w = w;
            this.n = n;
        }

        static Big pow52(int p5, int p2) {
            Big r = new Big(new int[] { 1 }, 1);
            while (p5 >= 13) {
                r = r.mulLong(1220703125L); // 5^13
                p5 -= 13;
            }
            if (p5 > 0)
                r = r.mulLong(LONG_5_POW[p5]);
            return r.shiftLeft(p2);
        }

        /** this * v, for 0 <= v < 2^32. */
        Big mulLong(long v) {
            if (v >>> 32 != 0)
                return mulLong(v >>> 32).shiftLeft(32).add(mulLong(v & 0xffffffffL));
            int[] r = new int[n + 1];
            long carry = 0;
            for (int i = 0; i < n; i++) {
                long p = (w[i] & 0xffffffffL) * v + carry;
                r[i] = (int) p;
                carry = p >>> 32;
            }
            r[n] = (int) carry;
            return new Big(r, n + 1).trim();
        }

        Big shiftLeft(int s) {
            if (s == 0)
                return this;
            int words = s >>> 5, bits = s & 31;
            int[] r = new int[n + words + 1];
            for (int i = 0; i < n; i++) {
                long v = (w[i] & 0xffffffffL) << bits;
                r[i + words] |= (int) v;
                r[i + words + 1] |= (int) (v >>> 32);
            }
            return new Big(r, r.length).trim();
        }

        Big add(Big o) {
            int len = Math.max(n, o.n) + 1;
            int[] r = new int[len];
            long carry = 0;
            for (int i = 0; i < len; i++) {
                long s = carry;
                if (i < n)
                    s += w[i] & 0xffffffffL;
                if (i < o.n)
                    s += o.w[i] & 0xffffffffL;
                r[i] = (int) s;
                carry = s >>> 32;
            }
            return new Big(r, len).trim();
        }

        /** this -= o, requires this >= o. */
        void subInPlace(Big o) {
            long borrow = 0;
            for (int i = 0; i < n; i++) {
                long d = (w[i] & 0xffffffffL) - (i < o.n ? (o.w[i] & 0xffffffffL) : 0) - borrow;
                w[i] = (int) d;
                borrow = (d < 0) ? 1 : 0;
            }
            trim();
        }

        Big trim() {
            while (n > 0 && w[n - 1] == 0)
                n--;
            return this;
        }

        int cmp(Big o) {
            if (n != o.n)
                return n > o.n ? 1 : -1;
            for (int i = n - 1; i >= 0; i--) {
                if (w[i] != o.w[i])
                    return (w[i] & 0xffffffffL) > (o.w[i] & 0xffffffffL) ? 1 : -1;
            }
            return 0;
        }

        static int addCmp(Big a, Big b, Big c) {
            return a.add(b).cmp(c);
        }

        /** q = this / s (a digit); this = 10 * (this % s). */
        int quoRemIteration(Big s) {
            int q = 0;
            while (cmp(s) >= 0) {
                subInPlace(s);
                q++;
            }
            Big t = mulLong(10);
            w = t.w;
            n = t.n;
            return q;
        }
    }

    // ---- parsing: Java's syntax, then the C library's correctly rounded conversion ----

    /**
     * Checks in (already trimmed) against Java's floating-point literal
     * syntax and returns the ASCII form the native converter reads, or
     * null if in is not a number.  The type suffix is dropped.
     */
    static byte[] toParseableAscii(String in) {
        int len = in.length();
        int i = 0;
        if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-'))
            i++;
        if (in.startsWith("NaN", i))
            return i + 3 == len ? ascii(in) : null;
        if (in.startsWith("Infinity", i))
            return i + 8 == len ? ascii(in) : null;
        if (i + 1 < len && in.charAt(i) == '0' && (in.charAt(i + 1) == 'x' || in.charAt(i + 1) == 'X'))
            return hex(in, i + 2);
        int start = i;
        int nDigits = 0;
        boolean point = false;
        for (; i < len; i++) {
            char c = in.charAt(i);
            if (c >= '0' && c <= '9') {
                nDigits++;
            } else if (c == '.') {
                if (point)
                    throw new NumberFormatException("multiple points");
                point = true;
            } else {
                break;
            }
        }
        if (nDigits == 0)
            return null;
        if (i < len && (in.charAt(i) == 'e' || in.charAt(i) == 'E')) {
            i++;
            if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-'))
                i++;
            int expStart = i;
            while (i < len && in.charAt(i) >= '0' && in.charAt(i) <= '9')
                i++;
            if (i == expStart)
                return null;
        }
        int end = i;
        if (i < len && "fFdD".indexOf(in.charAt(i)) >= 0)
            i++;
        if (i != len)
            return null;
        return ascii(in.substring(0, end));
    }

    private static byte[] hex(String in, int i) {
        int len = in.length();
        int nDigits = 0;
        boolean point = false;
        for (; i < len; i++) {
            char c = in.charAt(i);
            if (Character.digit(c, 16) >= 0 && c < 128) {
                nDigits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (nDigits == 0 || i >= len || (in.charAt(i) != 'p' && in.charAt(i) != 'P'))
            return null;
        i++;
        if (i < len && (in.charAt(i) == '+' || in.charAt(i) == '-'))
            i++;
        int expStart = i;
        while (i < len && in.charAt(i) >= '0' && in.charAt(i) <= '9')
            i++;
        if (i == expStart)
            return null;
        int end = i;
        if (i < len && "fFdD".indexOf(in.charAt(i)) >= 0)
            i++;
        if (i != len)
            return null;
        return ascii(in.substring(0, end));
    }

    private static byte[] ascii(String s) {
        byte[] b = new byte[s.length() + 1]; // NUL-terminated for the C side
        for (int i = 0; i < s.length(); i++)
            b[i] = (byte) s.charAt(i);
        return b;
    }

    static double parseDouble(String s) {
        String in = s.trim();
        if (in.isEmpty())
            throw new NumberFormatException("empty String");
        byte[] a = toParseableAscii(in);
        if (a == null)
            throw new NumberFormatException("For input string: \"" + in + "\"");
        return Double.parseAscii(a);
    }

    static float parseFloat(String s) {
        String in = s.trim();
        if (in.isEmpty())
            throw new NumberFormatException("empty String");
        byte[] a = toParseableAscii(in);
        if (a == null)
            throw new NumberFormatException("For input string: \"" + in + "\"");
        return Float.parseAscii(a);
    }
}
