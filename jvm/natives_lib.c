/*
 * natives_lib.c: natives of the class library outside the VM-coupled core:
 * Math/StrictMath on musl's libm (jvm/libm.mk), Float/Double bit views and the
 * decimal-to-binary conversion behind Double.parseDouble (the Java side
 * checks Java's syntax first), and the byte streams of FileInputStream and
 * FileOutputStream on the platform's standard streams.
 */
#include "vm.h"
#include "platform.h"
#include "thread.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NATIVE(name) static void name(struct vm_thread *t, vm_value *a, vm_value *r)

/* ---- Math and StrictMath --------------------------------------------------- */

/* musl's libm, linked into both builds under the prefix plm_ (jvm/libm.mk),
 * so the hosted JVM and a partition compute the same bits. */
long double plm_sinl(long double), plm_cosl(long double), plm_tanl(long double);
long double plm_log10l(long double);
double plm_exp(double), plm_log(double), plm_pow(double, double);
double plm_asin(double), plm_acos(double), plm_atan(double), plm_expm1(double);
double plm_remainder(double, double);

/* One native per function of doubles; long and double arguments take two
 * slots, so a second double argument is at a[2]. */
#define MATH1(name, expr) NATIVE(math_##name) { (void)t; double x = a[0].d; r->d = (expr); }

/* Math: what HotSpot's intrinsics give on x86_64.  They are not fdlibm
 * and not documented bit for bit, but nearly always correctly rounded, so
 * we round nearly correctly too: sin, cos, tan and log10 in x87 extended
 * precision rounded once to double, exp, log and pow from musl's
 * (< 0.52 ulp) double routines.  docs/classlib.md, "Math", has the
 * measured agreement. */
MATH1(sin, (double)plm_sinl(x))
MATH1(cos, (double)plm_cosl(x))
MATH1(tan, (double)plm_tanl(x))
MATH1(log10, (double)plm_log10l(x))
MATH1(exp, plm_exp(x))
MATH1(log, plm_log(x))

/* x^n for an integer n in [2, 64] whose exact value has at most 64
 * significant bits: computed exactly, scaled in x87 extended precision and
 * rounded once, so a result halfway between two doubles rounds to even.
 * musl's pow (< 0.52 ulp) rounds many such ties the other way; HotSpot
 * mostly does not, and pow(10, 23) is the kind programs print.  Returns 0
 * when it does not apply. */
static int math_pow_exact(double x, double y, double *out)
{
    if (!(y >= 2 && y <= 64) || y != (double)(int)y || x == 0 || !isfinite(x))
        return 0;
    int n = (int)y, e;
    uint64_t m = (uint64_t)ldexp(frexp(fabs(x), &e), 53);
    e -= 53;
    while (!(m & 1)) {
        m >>= 1;
        e++;
    }
    uint64_t p = 1;
    for (int i = 0; i < n; i++) {
        if (p > UINT64_MAX / m)
            return 0;
        p *= m;
    }
    long k = (long)e * n;
    if (k < -1074 || k > 1023)
        return 0;
    long double v = (long double)p * (long double)ldexp(1.0, (int)k);
    *out = (double)(x < 0 && (n & 1) ? -v : v);
    return 1;
}

/* Java's pow differs from C's in one case: pow(±1, ±inf) is NaN in Java
 * (C99 says 1), and pow(x, NaN) is NaN even for x == 1. */
NATIVE(math_pow)
{
    (void)t;
    double x = a[0].d, y = a[2].d;
    if (isnan(y) || (fabs(x) == 1.0 && isinf(y)))
        r->d = NAN;
    else if (!math_pow_exact(x, y, &r->d))
        r->d = plm_pow(x, y);
}

/* StrictMath (and Math, which delegates these as HotSpot does): fdlibm's
 * bits.  musl's asin, acos, atan and expm1 are fdlibm's algorithms,
 * checked bit-identical to OpenJDK's StrictMath; the other fdlibm
 * functions are Java (classlib/java/lang/FdLibm.java).  The rest are
 * exact operations, the same in every correct library. */
MATH1(asin, plm_asin(x))
MATH1(acos, plm_acos(x))
MATH1(atan, plm_atan(x))
MATH1(expm1, plm_expm1(x))
MATH1(sqrt, sqrt(x))
MATH1(ceil, ceil(x))
MATH1(floor, floor(x))
MATH1(rint, rint(x))
NATIVE(math_IEEEremainder) { (void)t; r->d = plm_remainder(a[0].d, a[2].d); }
NATIVE(math_fma) { (void)t; r->d = fma(a[0].d, a[2].d, a[4].d); }

/* ---- Float and Double bits --------------------------------------------------- */

NATIVE(double_to_raw) { (void)t; memcpy(&r->j, &a[0].d, 8); }
NATIVE(double_from_raw) { (void)t; memcpy(&r->d, &a[0].j, 8); }
NATIVE(float_to_raw) { (void)t; memcpy(&r->i, &a[0].f, 4); }
NATIVE(float_from_raw) { (void)t; memcpy(&r->f, &a[0].i, 4); }

/* The bytes of a NUL-terminated ASCII array, or NULL (with an exception
 * pending) if it is not one; the Java side builds these. */
static const char *ascii_arg(struct vm_thread *t, struct vm_object *o)
{
    struct vm_array *arr = (struct vm_array *)o;
    if (!arr) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return NULL;
    }
    const char *s = VM_ARRAY_DATA(arr);
    if (arr->length < 1 || s[arr->length - 1] != '\0') {
        vm_throw(t, "java/lang/NumberFormatException", "malformed number");
        return NULL;
    }
    return s;
}

/* strtod and strtof round correctly (glibc and musl both do). */
NATIVE(double_parse)
{
    const char *s = ascii_arg(t, a[0].l);
    if (s)
        r->d = strtod(s, NULL);
}

NATIVE(float_parse)
{
    const char *s = ascii_arg(t, a[0].l);
    if (s)
        r->f = strtof(s, NULL);
}

/* ---- byte streams -------------------------------------------------------------- */

/* The array range, or NULL with an exception pending. */
static uint8_t *byte_range(struct vm_thread *t, struct vm_object *o, int32_t off, int32_t len)
{
    struct vm_array *arr = (struct vm_array *)o;
    if (!arr) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return NULL;
    }
    if (off < 0 || len < 0 || off > arr->length - len) {
        vm_throw(t, "java/lang/IndexOutOfBoundsException", "Range [%d, %d + %d) out of bounds for length %d",
                 off, off, len, arr->length);
        return NULL;
    }
    return (uint8_t *)VM_ARRAY_DATA(arr) + off;
}

/* FileOutputStream.writeBytes0(int fd, byte[] b, int off, int len) */
NATIVE(fos_write)
{
    (void)r;
    int32_t fd = a[0].i, off = a[2].i, len = a[3].i;
    uint8_t *p = byte_range(t, a[1].l, off, len);
    if (!p)
        return;
    while (len > 0) {
        int64_t n = plat_write(fd, p, (size_t)len);
        if (n <= 0) {
            vm_throw(t, "java/io/IOException", fd == 1 || fd == 2 ? "Stream closed" : "Bad file descriptor");
            return;
        }
        p += n;
        len -= (int32_t)n;
    }
}

/* FileOutputStream.flush0(int fd) */
NATIVE(fos_flush)
{
    (void)t; (void)r;
    plat_flush(a[0].i);
}

/* FileInputStream.readBytes0(int fd, byte[] b, int off, int len): -1 at end. */
NATIVE(fis_read)
{
    int32_t fd = a[0].i, off = a[2].i, len = a[3].i;
    uint8_t *p = byte_range(t, a[1].l, off, len);
    if (!p)
        return;
    if (len == 0) {
        r->i = 0;
        return;
    }
    /* Whatever was written so far should be visible before we block. */
    plat_flush(1);
    plat_flush(2);
    /* Nothing there yet: park this thread, not the VM (docs/threads.md).
     * The array stays put (the heap does not move objects) and reachable
     * from our arguments. */
    int64_t n;
    while ((n = plat_read_nonblock(fd, p, (size_t)len)) == PLAT_AGAIN)
        thread_wait_input(t);
    if (n < 0) {
        vm_throw(t, "java/io/IOException", "Read error");
        return;
    }
    r->i = n == 0 ? -1 : (int32_t)n;
}

/* ---- the table ------------------------------------------------------------------- */

#define EXACT_ENTRIES(cls) \
    { cls, "sqrt", "(D)D", math_sqrt }, { cls, "ceil", "(D)D", math_ceil }, \
    { cls, "floor", "(D)D", math_floor }, { cls, "rint", "(D)D", math_rint }, \
    { cls, "fma0", "(DDD)D", math_fma }

const struct vm_native vm_natives_lib[] = {
    EXACT_ENTRIES("java/lang/Math"),
    { "java/lang/Math", "sin", "(D)D", math_sin }, { "java/lang/Math", "cos", "(D)D", math_cos },
    { "java/lang/Math", "tan", "(D)D", math_tan }, { "java/lang/Math", "exp", "(D)D", math_exp },
    { "java/lang/Math", "log", "(D)D", math_log }, { "java/lang/Math", "log10", "(D)D", math_log10 },
    { "java/lang/Math", "pow", "(DD)D", math_pow },
    EXACT_ENTRIES("java/lang/StrictMath"),
    { "java/lang/StrictMath", "asin", "(D)D", math_asin }, { "java/lang/StrictMath", "acos", "(D)D", math_acos },
    { "java/lang/StrictMath", "atan", "(D)D", math_atan }, { "java/lang/StrictMath", "expm1", "(D)D", math_expm1 },
    { "java/lang/StrictMath", "IEEEremainder", "(DD)D", math_IEEEremainder },
    { "java/lang/Double", "doubleToRawLongBits", "(D)J", double_to_raw },
    { "java/lang/Double", "longBitsToDouble", "(J)D", double_from_raw },
    { "java/lang/Double", "parseAscii", "([B)D", double_parse },
    { "java/lang/Float", "floatToRawIntBits", "(F)I", float_to_raw },
    { "java/lang/Float", "intBitsToFloat", "(I)F", float_from_raw },
    { "java/lang/Float", "parseAscii", "([B)F", float_parse },
    { "java/io/FileOutputStream", "writeBytes0", "(I[BII)V", fos_write },
    { "java/io/FileOutputStream", "flush0", "(I)V", fos_flush },
    { "java/io/FileInputStream", "readBytes0", "(I[BII)I", fis_read },
    { NULL, NULL, NULL, NULL }
};
