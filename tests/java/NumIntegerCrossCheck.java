// Integer and Long library methods checked against naive definitions over a
// pseudo-random sweep: bitCount, numberOfLeadingZeros/TrailingZeros, reverse,
// highestOneBit, toString in radixes via repeated division, parse round trips,
// divideUnsigned/remainderUnsigned through BigInteger-free long math, compareUnsigned.
public class NumIntegerCrossCheck {
    static int naiveBits(long v, int width) { int c = 0; for (int i = 0; i < width; i++) if ((v >>> i & 1) != 0) c++; return c; }

    static String naiveRadix(long v, int radix) {
        if (v == 0) return "0";
        boolean neg = v < 0;
        StringBuilder sb = new StringBuilder();
        while (v != 0) { sb.append(Character.forDigit((int) Math.abs(v % radix), radix)); v /= radix; }
        return (neg ? "-" : "") + sb.reverse();
    }

    public static void main(String[] args) {
        int bad = 0, n = 0;
        int s = 0x2545F491;
        long t = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < 1500; i++) {
            s ^= s << 13; s ^= s >>> 17; s ^= s << 5;
            t ^= t << 13; t ^= t >>> 7; t ^= t << 17;
            int v = s >> (i % 31);
            long w = t >> (i % 61);
            n++;
            if (Integer.bitCount(v) != naiveBits(v, 32) || Long.bitCount(w) != naiveBits(w, 64)) bad++;
            int lz = 0; while (lz < 32 && (v << lz) >= 0 && ((v >>> (31 - lz)) & 1) == 0) lz++;
            if (Integer.numberOfLeadingZeros(v) != lz) bad++;
            int tz = 0; while (tz < 32 && ((v >>> tz) & 1) == 0) tz++;
            if (Integer.numberOfTrailingZeros(v) != tz) bad++;
            int rev = 0; for (int b = 0; b < 32; b++) rev |= ((v >>> b) & 1) << (31 - b);
            if (Integer.reverse(v) != rev) bad++;
            if (Integer.highestOneBit(v) != (v == 0 ? 0 : 1 << (31 - lz))) bad++;
            int radix = 2 + i % 35;
            if (!Integer.toString(v, radix).equals(naiveRadix(v, radix)) || !Long.toString(w, radix).equals(naiveRadix(w, radix))) bad++;
            if (Integer.parseInt(Integer.toString(v, radix), radix) != v || Long.parseLong(Long.toString(w, radix), radix) != w) bad++;
            long uv = v & 0xffffffffL;
            int d = (s >>> 20) | 1;
            if (Integer.divideUnsigned(v, d) != (int) (uv / (d & 0xffffffffL)) || Integer.remainderUnsigned(v, d) != (int) (uv % (d & 0xffffffffL))) bad++;
            if (Integer.compareUnsigned(v, d) != Long.compare(uv, d & 0xffffffffL) && Integer.signum(Integer.compareUnsigned(v, d)) != Long.signum(Long.compare(uv, d & 0xffffffffL))) bad++;
            if (!Integer.toUnsignedString(v).equals(Long.toString(uv)) || !Integer.toHexString(v).equals(Long.toHexString(uv))) bad++;
        }
        System.out.println(n + " values, " + bad + " mismatches");
        System.out.println(naiveRadix(Long.MIN_VALUE, 36) + " " + Long.toString(Long.MIN_VALUE, 36) + " " + Integer.toString(Integer.MIN_VALUE, 2).length());
    }
}
