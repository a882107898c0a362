package java.lang;

/**
 * The fdlibm 5.3 algorithms behind StrictMath, in Java, for the functions
 * where no library we link computes fdlibm's exact bits (musl's libm is
 * fdlibm-derived but rewrote these).  Java specifies StrictMath as fdlibm's
 * results, so every operation below is done in the order fdlibm does it:
 * a reordered sum or a fused multiply-add changes the last bit.  asin, acos,
 * atan and expm1 are musl's (bit-identical to fdlibm) and reached through
 * StrictMath's natives.  Checked bit for bit against OpenJDK's StrictMath
 * (tests/java/MathFdlibm*.java; docs/classlib.md, "Math").
 */
final class FdLibm {
    private FdLibm() {}

    // ---- words of a double, as fdlibm's __HI and __LO -------------------------

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double fromWords(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xFFFFFFFFL));
    }

    private static double withHi(double x, int hi) {
        return fromWords(hi, lo(x));
    }

    private static double withLo(double x, int lo) {
        return fromWords(hi(x), lo);
    }

    private static final double TWO24 = 0x1.0p24, TWON24 = 0x1.0p-24, TWO54 = 0x1.0p54;
    private static final double HUGE = 1.0e300, TINY = 1.0e-300;

    // ---- sin, cos, tan: reduction by pi/2, then kernels on [-pi/4, pi/4] -------

    public static double sin(double x) {
        return trig(x, SIN);
    }

    public static double cos(double x) {
        return trig(x, COS);
    }

    public static double tan(double x) {
        return trig(x, TAN);
    }

    private static final int SIN = 0, COS = 1, TAN = 2;

    /* The function fn of x - n*pi/2 = y0 + y1, from the kernels on
     * [-pi/4, pi/4]. */
    private static double trigKernel(int fn, int n, double y0, double y1) {
        if (fn == TAN)
            return kernelTan(y0, y1, 1 - ((n & 1) << 1));
        if (fn == COS)
            n++;    // cos(x) = sin(x + pi/2)
        switch (n & 3) {
        case 0: return kernelSin(y0, y1, 1);
        case 1: return kernelCos(y0, y1);
        case 2: return -kernelSin(y0, y1, 1);
        default: return -kernelCos(y0, y1);
        }
    }

    private static final double
        S1 = -0x1.5555555555549p-3, S2 = 0x1.111111110f8a6p-7, S3 = -0x1.a01a019c161d5p-13,
        S4 = 0x1.71de357b1fe7dp-19, S5 = -0x1.ae5e68a2b9cebp-26, S6 = 0x1.5d93a5acfd57cp-33;

    /* sin(x + y) for |x| <= pi/4, y the tail of x (iy == 0: y is zero). */
    private static double kernelSin(double x, double y, int iy) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0)
            return x;
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (iy == 0)
            return x + v * (S1 + z * r);
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    private static final double
        C1 = 0x1.555555555554cp-5, C2 = -0x1.6c16c16c15177p-10, C3 = 0x1.a01a019cb159p-16,
        C4 = -0x1.27e4f809c52adp-22, C5 = 0x1.1ee9ebdb4b1c4p-29, C6 = -0x1.8fae9be8838d4p-37;

    /* cos(x + y) for |x| <= pi/4. */
    private static double kernelCos(double x, double y) {
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000 && (int) x == 0)
            return 1.0;
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3fd33333)
            return 1.0 - (0.5 * z - (z * r - x * y));
        // 1 - qx and z/2 - qx are exact: the big subtraction loses nothing.
        double qx = ix > 0x3fe90000 ? 0.28125 : fromWords(ix - 0x00200000, 0);
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static final double[] T = {
        0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
        0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9, 0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
        0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
        0x1.b2a7074bf7ad4p-16,
    };
    private static final double PIO4 = 0x1.921fb54442d18p-1, PIO4LO = 0x1.1a62633145c07p-55;

    /* tan(x + y) if k == 1, -1/tan(x + y) if k == -1, for |x| <= pi/4. */
    private static double kernelTan(double x, double y, int k) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3e300000 && (int) x == 0) {
            if (((ix | lo(x)) | (k + 1)) == 0)
                return 1.0 / Math.abs(x);
            if (k == 1)
                return x;
            return minusInverse(x + y, x, y);
        }
        boolean big = ix >= 0x3FE59428;
        if (big) {
            // tan(pi/4 - y') from the smaller argument pi/4 - x.
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (big) {
            v = k;
            return (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (k == 1)
            return w;
        return minusInverse(w, x, r);
    }

    /* -1/w for w = x + r, to nearly full precision: the division is done on
     * w's high half and corrected. */
    private static double minusInverse(double w, double x, double r) {
        double z = withLo(w, 0);
        double v = r - (z - x);
        double a = -1.0 / w;
        double t = withLo(a, 0);
        double s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    private static final double
        INVPIO2 = 0x1.45f306dc9c883p-1,
        PIO2_1 = 0x1.921fb544p0, PIO2_1T = 0x1.0b4611a626331p-34,
        PIO2_2 = 0x1.0b4611a6p-34, PIO2_2T = 0x1.3198a2e037073p-69,
        PIO2_3 = 0x1.3198a2ep-69, PIO2_3T = 0x1.b839a252049c1p-104;

    /* High words of n*pi/2 for n = 1..32: a medium x this close to one may
     * cancel, so it takes the careful path. */
    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    /* fn(x) after reducing x by pi/2 (fdlibm's __ieee754_rem_pio2).  The
     * common ranges keep y0 + y1 in locals: no allocation but for huge x. */
    private static double trig(double x, int fn) {
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            if (fn == SIN)
                return kernelSin(x, 0.0, 0);
            if (fn == COS)
                return kernelCos(x, 0.0);
            return kernelTan(x, 0.0, 1);
        }
        double y0, y1;
        if (ix < 0x4002d97c) {
            // |x| < 3pi/4: n is +-1; 33+53 bits of pi/2 do, 33+33+53 near pi/2.
            if (hx > 0) {
                double z = x - PIO2_1;
                if (ix != 0x3ff921fb) {
                    y0 = z - PIO2_1T;
                    y1 = (z - y0) - PIO2_1T;
                } else {
                    z -= PIO2_2;
                    y0 = z - PIO2_2T;
                    y1 = (z - y0) - PIO2_2T;
                }
                return trigKernel(fn, 1, y0, y1);
            }
            double z = x + PIO2_1;
            if (ix != 0x3ff921fb) {
                y0 = z + PIO2_1T;
                y1 = (z - y0) + PIO2_1T;
            } else {
                z += PIO2_2;
                y0 = z + PIO2_2T;
                y1 = (z - y0) + PIO2_2T;
            }
            return trigKernel(fn, -1, y0, y1);
        }
        if (ix <= 0x413921fb) {
            // |x| <= 2^19 pi/2: pi/2 in three 33-bit pieces, as many as needed.
            double t = Math.abs(x);
            int n = (int) (t * INVPIO2 + 0.5);
            double dn = n;
            double r = t - dn * PIO2_1;
            double w = dn * PIO2_1T;
            if (n < 32 && ix != NPIO2_HW[n - 1]) {
                y0 = r - w;
            } else {
                int j = ix >> 20;
                y0 = r - w;
                int i = j - ((hi(y0) >> 20) & 0x7ff);
                if (i > 16) {
                    t = r;
                    w = dn * PIO2_2;
                    r = t - w;
                    w = dn * PIO2_2T - ((t - r) - w);
                    y0 = r - w;
                    i = j - ((hi(y0) >> 20) & 0x7ff);
                    if (i > 49) {
                        t = r;
                        w = dn * PIO2_3;
                        r = t - w;
                        w = dn * PIO2_3T - ((t - r) - w);
                        y0 = r - w;
                    }
                }
            }
            y1 = (r - y0) - w;
            if (hx < 0)
                return trigKernel(fn, -n, -y0, -y1);
            return trigKernel(fn, n, y0, y1);
        }
        if (ix >= 0x7ff00000)
            return x - x;
        // Large |x|: three 24-bit pieces of x scaled to [2^23, 2^24), then
        // the multi-precision product with 2/pi.
        int e0 = (ix >> 20) - 1046;
        double z = fromWords(ix - (e0 << 20), lo(x));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (double) (int) z;
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0)
            nx--;
        double[] y = new double[2];
        int n = kernelRemPio2(tx, y, e0, nx);
        if (hx < 0)
            return trigKernel(fn, -n, -y[0], -y[1]);
        return trigKernel(fn, n, y[0], y[1]);
    }

    /* 2/pi in 24-bit chunks: TWO_OVER_PI[i] * 2^(-24(i+1)). */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /* pi/2 in 24-bit chunks. */
    private static final double[] PIO2 = {
        0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72,
        0x1.01b838p-96, 0x1.a25204p-120, 0x1.382228p-145, 0x1.9f31dp-169,
    };

    /* fdlibm's __kernel_rem_pio2 at its "extended" precision (jk = 4), the
     * one fdlibm's rem_pio2 asks for: x (nx 24-bit pieces, exponent e0)
     * times 2/pi, mod 8; the fraction into y[0] + y[1]. */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        final int jk = 4, jp = jk;
        int[] iq = new int[20];
        double[] f = new double[20], fq = new double[20], q = new double[20];
        int jx = nx - 1;
        int jv = (e0 - 3) / 24;
        if (jv < 0)
            jv = 0;
        int q0 = e0 - 24 * (jv + 1);

        int j = jv - jx, m = jx + jk;
        for (int i = 0; i <= m; i++, j++)
            f[i] = j < 0 ? 0.0 : (double) TWO_OVER_PI[j];
        for (int i = 0; i <= jk; i++) {
            double fw = 0.0;
            for (j = 0; j <= jx; j++)
                fw += x[j] * f[jx + i - j];
            q[i] = fw;
        }

        int jz = jk;
        int n, ih;
        double z;
        for (;;) {
            // Distill q[] into 24-bit integers iq[], most significant last.
            int i;
            z = q[jz];
            for (i = 0, j = jz; j > 0; i++, j--) {
                double fw = (double) (int) (TWON24 * z);
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }
            z = Math.scalb(z, q0);
            z -= 8.0 * Math.floor(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) {
                i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            if (ih > 0) {
                // The fraction is >= 1/2: take 1 - fraction, one more n.
                n += 1;
                int carry = 0;
                for (i = 0; i < jz; i++) {
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 == 1)
                    iq[jz - 1] &= 0x7fffff;
                else if (q0 == 2)
                    iq[jz - 1] &= 0x3fffff;
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0)
                        z -= Math.scalb(1.0, q0);
                }
            }
            if (z != 0.0)
                break;
            j = 0;
            for (i = jz - 1; i >= jk; i--)
                j |= iq[i];
            if (j != 0)
                break;
            // Everything cancelled: bring in more bits of 2/pi and redo.
            int k;
            for (k = 1; iq[jk - k] == 0; k++)
                ;
            for (i = jz + 1; i <= jz + k; i++) {
                f[jx + i] = (double) TWO_OVER_PI[jv + i];
                double fw = 0.0;
                for (j = 0; j <= jx; j++)
                    fw += x[j] * f[jx + i - j];
                q[i] = fw;
            }
            jz += k;
        }

        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {
            z = Math.scalb(z, -q0);
            if (z >= TWO24) {
                double fw = (double) (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }

        double fw = Math.scalb(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * (double) iq[i];
            fw *= TWON24;
        }
        for (int i = jz; i >= 0; i--) {
            fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++)
                fw += PIO2[k] * q[i + k];
            fq[jz - i] = fw;
        }
        fw = 0.0;
        for (int i = jz; i >= 0; i--)
            fw += fq[i];
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++)
            fw += fq[i];
        y[1] = ih == 0 ? fw : -fw;
        return n & 7;
    }

    // ---- exp -----------------------------------------------------------------

    private static final double
        O_THRESHOLD = 0x1.62e42fefa39efp9, U_THRESHOLD = -0x1.74910d52d3051p9,
        LN2_HI = 0x1.62e42feep-1, LN2_LO = 0x1.a39ef35793c76p-33,
        INVLN2 = 0x1.71547652b82fep0, TWOM1000 = 0x1.0p-1000,
        P1 = 0x1.555555555553ep-3, P2 = -0x1.6c16c16bebd93p-9, P3 = 0x1.1566aaf25de2cp-14,
        P4 = -0x1.bbd41c5d26bf1p-20, P5 = 0x1.6376972bea4d0p-25;

    public static double exp(double x) {
        int hx = hi(x);
        int xsb = (hx >> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= 0x40862E42) {
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0)
                    return x + x;
                return xsb == 0 ? x : 0.0;
            }
            if (x > O_THRESHOLD)
                return HUGE * HUGE;
            if (x < U_THRESHOLD)
                return TWOM1000 * TWOM1000;
        }
        // x = k ln2 + r, |r| <= ln2/2, r as hi - lo.
        double hi = 0, lo = 0;
        int k = 0;
        if (hx > 0x3fd62e42) {
            if (hx < 0x3FF0A2B2) {
                hi = xsb == 0 ? x - LN2_HI : x + LN2_HI;
                lo = xsb == 0 ? LN2_LO : -LN2_LO;
                k = 1 - xsb - xsb;
            } else {
                k = (int) (INVLN2 * x + (xsb == 0 ? 0.5 : -0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) {
            if (HUGE + x > 1.0)
                return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0)
            return 1.0 - ((x * c) / (c - 2.0) - x);
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021)
            return withHi(y, hi(y) + (k << 20));
        return withHi(y, hi(y) + ((k + 1000) << 20)) * TWOM1000;
    }

    // ---- log, log10, log1p ---------------------------------------------------

    private static final double
        LG1 = 0x1.5555555555593p-1, LG2 = 0x1.999999997fa04p-2, LG3 = 0x1.2492494229359p-2,
        LG4 = 0x1.c71c51d8e78afp-3, LG5 = 0x1.7466496cb03dep-3, LG6 = 0x1.39a09d078c69fp-3,
        LG7 = 0x1.2f112df3e5244p-3;

    public static double log(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0)
                return Double.NEGATIVE_INFINITY;
            if (hx < 0)
                return Double.NaN;
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000)
            return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        // x = 2^k (1 + f) with sqrt(2)/2 < 1 + f < sqrt(2).
        int i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {
            if (f == 0.0) {
                if (k == 0)
                    return 0.0;
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0)
                return f - r;
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0)
                return f - (hfsq - s * (hfsq + r));
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0)
            return f - s * (f - r);
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    private static final double
        IVLN10 = 0x1.bcb7b1526e50ep-2, LOG10_2HI = 0x1.34413509f6p-2, LOG10_2LO = 0x1.9fef311f12b36p-42;

    public static double log10(double x) {
        int hx = hi(x);
        int lx = lo(x);
        int k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0)
                return Double.NEGATIVE_INFINITY;
            if (hx < 0)
                return Double.NaN;
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000)
            return x + x;
        k += (hx >> 20) - 1023;
        int i = k >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = withHi(x, hx);
        double z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    public static double log1p(double x) {
        int hx = hi(x);
        int ax = hx & 0x7fffffff;
        int k = 1, hu = 0;
        double f = 0, c = 0;
        if (hx < 0x3FDA827A) {
            if (ax >= 0x3ff00000) {
                if (x == -1.0)
                    return Double.NEGATIVE_INFINITY;
                return Double.NaN;
            }
            if (ax < 0x3e200000) {
                if (TWO54 + x > 0.0 && ax < 0x3c900000)
                    return x;
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000)
            return x + x;
        if (k != 0) {
            double u;
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (hu == 0) {
            if (f == 0.0) {
                if (k == 0)
                    return 0.0;
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0)
                return f - r;
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))));
        if (k == 0)
            return f - (hfsq - s * (hfsq + r));
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    // ---- sinh, cosh, tanh on expm1 and exp -------------------------------------

    private static final double SHUGE = 1.0e307;

    public static double sinh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000)
            return x + x;
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x40360000) {
            if (ix < 0x3e300000 && SHUGE + x > 1.0)
                return x;
            double t = StrictMath.expm1(Math.abs(x));
            if (ix < 0x3ff00000)
                return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42)
            return h * exp(Math.abs(x));
        if (overflowsAt(ix, lo(x)))
            return x * SHUGE;
        double w = exp(0.5 * Math.abs(x));
        double t = h * w;
        return t * w;
    }

    /* |x| (high word ix, low word lx) past the last x whose sinh or cosh
     * is finite, about 710.4758600739439. */
    private static boolean overflowsAt(int ix, int lx) {
        return !(ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0));
    }

    public static double cosh(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000)
            return x * x;
        if (ix < 0x3fd62e43) {
            double t = StrictMath.expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c800000)
                return w;
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) {
            double t = exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42)
            return 0.5 * exp(Math.abs(x));
        if (overflowsAt(ix, lo(x)))
            return HUGE * HUGE;
        double w = exp(0.5 * Math.abs(x));
        double t = 0.5 * w;
        return t * w;
    }

    public static double tanh(double x) {
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000)
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        double z;
        if (ix < 0x40360000) {
            if (ix < 0x3c800000)
                return x * (1.0 + x);
            if (ix >= 0x3ff00000) {
                double t = StrictMath.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = StrictMath.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    // ---- atan2 on atan --------------------------------------------------------

    private static final double
        PI_O_4 = 0x1.921fb54442d18p-1, PI_O_2 = 0x1.921fb54442d18p0,
        PI = 0x1.921fb54442d18p1, PI_LO = 0x1.1a62633145c07p-53;

    public static double atan2(double y, double x) {
        int hx = hi(x), ix = hx & 0x7fffffff, lx = lo(x);
        int hy = hi(y), iy = hy & 0x7fffffff, ly = lo(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff00000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff00000)
            return x + y;
        if (((hx - 0x3ff00000) | lx) == 0)
            return StrictMath.atan(y);
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);   // 2*sign(x) + sign(y)
        if ((iy | ly) == 0) {
            switch (m) {
            case 0:
            case 1: return y;
            case 2: return PI + TINY;
            default: return -PI - TINY;
            }
        }
        if ((ix | lx) == 0)
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        if (ix == 0x7ff00000) {
            if (iy == 0x7ff00000) {
                switch (m) {
                case 0: return PI_O_4 + TINY;
                case 1: return -PI_O_4 - TINY;
                case 2: return 3.0 * PI_O_4 + TINY;
                default: return -3.0 * PI_O_4 - TINY;
                }
            }
            switch (m) {
            case 0: return 0.0;
            case 1: return -0.0;
            case 2: return PI + TINY;
            default: return -PI - TINY;
            }
        }
        if (iy == 0x7ff00000)
            return hy < 0 ? -PI_O_2 - TINY : PI_O_2 + TINY;
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60)
            z = PI_O_2 + 0.5 * PI_LO;
        else if (hx < 0 && k < -60)
            z = 0.0;
        else
            z = StrictMath.atan(Math.abs(y / x));
        switch (m) {
        case 0: return z;
        case 1: return -z;
        case 2: return PI - (z - PI_LO);
        default: return (z - PI_LO) - PI;
        }
    }

    // ---- hypot -----------------------------------------------------------------

    public static double hypot(double x, double y) {
        int ha = hi(x) & 0x7fffffff;
        int hb = hi(y) & 0x7fffffff;
        double a, b;
        if (hb > ha) {
            a = y;
            b = x;
            int j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = withHi(a, ha);
        b = withHi(b, hb);
        if ((ha - hb) > 0x3c00000)
            return a + b;
        int k = 0;
        if (ha > 0x5f300000) {
            if (ha >= 0x7ff00000) {
                double w = a + b;
                if (((ha & 0xfffff) | lo(a)) == 0)
                    w = a;
                if (((hb ^ 0x7ff00000) | lo(b)) == 0)
                    w = b;
                return w;
            }
            ha -= 0x25800000;
            hb -= 0x25800000;
            k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20b00000) {
            if (hb <= 0x000fffff) {
                if ((hb | lo(b)) == 0)
                    return a;
                double t1 = 0x1.0p1022;
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        // x*x + y*y with the big products split so that they are exact.
        double w = a - b;
        if (w > b) {
            double t1 = fromWords(ha, 0);
            double t2 = a - t1;
            w = StrictMath.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            double y1 = fromWords(hb, 0);
            double y2 = b - y1;
            double t1 = fromWords(ha + 0x00100000, 0);
            double t2 = a - t1;
            w = StrictMath.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0)
            return fromWords(0x3ff00000 + (k << 20), 0) * w;
        return w;
    }

    // ---- cbrt ------------------------------------------------------------------

    private static final int B1 = 715094163, B2 = 696219795;
    private static final double
        CB_C = 0x1.15f15f15f15f1p-1, CB_D = -0x1.691de2532c834p-1, CB_E = 0x1.6a0ea0ea0ea0fp0,
        CB_F = 0x1.9b6db6db6db6ep0, CB_G = 0x1.6db6db6db6db7p-2;

    public static double cbrt(double x) {
        int hx = hi(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000)
            return x + x;
        if ((hx | lo(x)) == 0)
            return x;
        x = withHi(x, hx);
        // A first guess to 5 bits from the exponent divided by 3.
        double t;
        if (hx < 0x00100000) {
            t = TWO54 * x;
            t = withHi(t, hi(t) / 3 + B2);
        } else {
            t = fromWords(hx / 3 + B1, 0);
        }
        // To 23 bits by a rational approximation.
        double r = t * t / x;
        double s = CB_C + r * t;
        t *= CB_G + CB_F / (s + CB_E + CB_D / s);
        // Chopped to 20 bits and rounded up; one Newton step to 53 bits.
        t = fromWords(hi(t) + 1, 0);
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return withHi(t, hi(t) | sign);
    }

    // ---- pow -------------------------------------------------------------------

    private static final double
        DP_H1 = 0x1.2b8034p-1, DP_L1 = 0x1.cfdeb43cfd006p-27,
        TWO53 = 0x1.0p53,
        L1 = 0x1.3333333333303p-1, L2 = 0x1.b6db6db6fabffp-2, L3 = 0x1.55555518f264dp-2,
        L4 = 0x1.17460a91d4101p-2, L5 = 0x1.d864a93c9db65p-3, L6 = 0x1.a7e284a454eefp-3,
        LG2_FULL = 0x1.62e42fefa39efp-1, LG2_H = 0x1.62e43p-1, LG2_L = -0x1.05c610ca86c39p-29,
        OVT = 8.0085662595372944372e-17,
        CP = 0x1.ec709dc3a03fdp-1, CP_H = 0x1.ec709ep-1, CP_L = -0x1.e2fe0145b01f5p-28,
        IVLN2 = 0x1.71547652b82fep0, IVLN2_H = 0x1.715476p0, IVLN2_L = 0x1.4ae0bf85ddf44p-26;

    public static double pow(double x, double y) {
        int hx = hi(x), lx = lo(x);
        int hy = hi(y), ly = lo(y);
        int ix = hx & 0x7fffffff, iy = hy & 0x7fffffff;

        if ((iy | ly) == 0)
            return 1.0;
        if (ix > 0x7ff00000 || (ix == 0x7ff00000 && lx != 0) || iy > 0x7ff00000 || (iy == 0x7ff00000 && ly != 0))
            return x + y;

        // yisint: 0 if y is not an integer, 1 if odd, 2 if even (only for x < 0).
        int yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                int k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    int j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly)
                        yisint = 2 - (j & 1);
                } else if (ly == 0) {
                    int j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy)
                        yisint = 2 - (j & 1);
                }
            }
        }

        if (ly == 0) {
            if (iy == 0x7ff00000) {
                if (((ix - 0x3ff00000) | lx) == 0)
                    return y - y;
                if (ix >= 0x3ff00000)
                    return hy >= 0 ? y : 0.0;
                return hy < 0 ? -y : 0.0;
            }
            if (iy == 0x3ff00000)
                return hy < 0 ? 1.0 / x : x;
            if (hy == 0x40000000)
                return x * x;
            if (hy == 0x3fe00000 && hx >= 0)
                return StrictMath.sqrt(x);
        }

        double ax = Math.abs(x);
        if (lx == 0 && (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000)) {
            double z = ax;
            if (hy < 0)
                z = 1.0 / z;
            if (hx < 0) {
                if (((ix - 0x3ff00000) | yisint) == 0)
                    z = (z - z) / (z - z);
                else if (yisint == 1)
                    z = -z;
            }
            return z;
        }

        int n = (hx >> 31) + 1;
        if ((n | yisint) == 0)
            return (x - x) / (x - x);
        double s = 1.0;
        if ((n | (yisint - 1)) == 0)
            s = -1.0;

        // log2(ax) as t1 + t2, t1 with its low word zero.
        double t1, t2;
        if (iy > 0x41e00000) {
            if (iy > 0x43f00000) {
                if (ix <= 0x3fefffff)
                    return hy < 0 ? HUGE * HUGE : TINY * TINY;
                if (ix >= 0x3ff00000)
                    return hy > 0 ? HUGE * HUGE : TINY * TINY;
            }
            if (ix < 0x3fefffff)
                return hy < 0 ? s * HUGE * HUGE : s * TINY * TINY;
            if (ix > 0x3ff00000)
                return hy > 0 ? s * HUGE * HUGE : s * TINY * TINY;
            // |1 - x| <= 2^-20: a short series for log(x).
            double t = ax - 1.0;
            double w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            double u = IVLN2_H * t;
            double v = t * IVLN2_L - w * IVLN2;
            t1 = withLo(u + v, 0);
            t2 = v - (t1 - u);
        } else {
            n = 0;
            if (ix < 0x00100000) {
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += (ix >> 20) - 0x3ff;
            int j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            int k;
            if (j <= 0x3988E) {
                k = 0;
            } else if (j < 0xBB67A) {
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);
            double bp = k == 0 ? 1.0 : 1.5;
            double dpH = k == 0 ? 0.0 : DP_H1, dpL = k == 0 ? 0.0 : DP_L1;

            // ss = s_h + s_l = (ax - bp) / (ax + bp)
            double u = ax - bp;
            double v = 1.0 / (ax + bp);
            double ss = u * v;
            double sH = withLo(ss, 0);
            double tH = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            double tL = ax - (tH - bp);
            double sL = v * ((u - sH * tH) - sH * tL);
            double s2 = ss * ss;
            double r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = withLo(3.0 + s2 + r, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            double pH = withLo(u + v, 0);
            double pL = v - (pH - u);
            double zH = CP_H * pH;
            double zL = CP_L * pH + pL * CP + dpL;
            double t = n;
            t1 = withLo(((zH + zL) + dpH) + t, 0);
            t2 = zL - (((t1 - t) - dpH) - zH);
        }

        // y * log2(x) as p_h + p_l.
        double y1 = withLo(y, 0);
        double pL = (y - y1) * t1 + y * t2;
        double pH = y1 * t1;
        double z = pL + pH;
        int j = hi(z);
        int i = lo(z);
        if (j >= 0x40900000) {
            if (((j - 0x40900000) | i) != 0)
                return s * HUGE * HUGE;
            if (pL + OVT > z - pH)
                return s * HUGE * HUGE;
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {
            if (((j - 0xc090cc00) | i) != 0)
                return s * TINY * TINY;
            if (pL <= z - pH)
                return s * TINY * TINY;
        }

        // 2^(p_h + p_l) = 2^n 2^r, |r| <= 1/2.
        i = j & 0x7fffffff;
        int k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            double t = fromWords(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0)
                n = -n;
            pH -= t;
        }
        double t = withLo(pL + pH, 0);
        double u = t * LG2_H;
        double v = (pL - (t - pH)) * LG2_FULL + t * LG2_L;
        z = u + v;
        double w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        double r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += n << 20;
        if ((j >> 20) <= 0)
            z = Math.scalb(z, n);
        else
            z = withHi(z, hi(z) + (n << 20));
        return s * z;
    }
}
