/*
 * natives_lib.c: natives of the class library outside the VM-coupled core:
 * Math/StrictMath on the C library's libm, Float/Double bit views and the
 * decimal-to-binary conversion behind Double.parseDouble (the Java side
 * checks Java's syntax first), and the byte streams of FileInputStream and
 * FileOutputStream on the platform's standard streams.
 */
#include "vm.h"
#include "platform.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NATIVE(name) static void name(struct vm_thread *t, vm_value *a, vm_value *r)

/* ---- Math and StrictMath --------------------------------------------------- */

/* One native per libm function of one double; long and double arguments
 * take two slots, so a second double argument is at a[2]. */
#define MATH1(fn) NATIVE(math_##fn) { (void)t; r->d = fn(a[0].d); }
#define MATH2(name, fn) NATIVE(math_##name) { (void)t; r->d = fn(a[0].d, a[2].d); }

MATH1(sin) MATH1(cos) MATH1(tan) MATH1(asin) MATH1(acos) MATH1(atan)
MATH1(exp) MATH1(log) MATH1(log10) MATH1(sqrt) MATH1(cbrt) MATH1(sinh)
MATH1(cosh) MATH1(tanh) MATH1(expm1) MATH1(log1p) MATH1(ceil) MATH1(floor)
MATH1(rint)
MATH2(atan2, atan2) MATH2(hypot, hypot) MATH2(IEEEremainder, remainder)

/* Java's pow differs from C's in one case: pow(±1, ±inf) is NaN in Java
 * (C99 says 1), and pow(x, NaN) is NaN even for x == 1. */
NATIVE(math_pow)
{
    (void)t;
    double x = a[0].d, y = a[2].d;
    if (isnan(y) || (fabs(x) == 1.0 && isinf(y)))
        r->d = NAN;
    else
        r->d = pow(x, y);
}

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
    int64_t n = plat_read(fd, p, (size_t)len);
    if (n < 0) {
        vm_throw(t, "java/io/IOException", "Read error");
        return;
    }
    r->i = n == 0 ? -1 : (int32_t)n;
}

/* ---- the table ------------------------------------------------------------------- */

#define MATH_ENTRIES(cls) \
    { cls, "sin", "(D)D", math_sin }, { cls, "cos", "(D)D", math_cos }, \
    { cls, "tan", "(D)D", math_tan }, { cls, "asin", "(D)D", math_asin }, \
    { cls, "acos", "(D)D", math_acos }, { cls, "atan", "(D)D", math_atan }, \
    { cls, "exp", "(D)D", math_exp }, { cls, "log", "(D)D", math_log }, \
    { cls, "log10", "(D)D", math_log10 }, { cls, "sqrt", "(D)D", math_sqrt }, \
    { cls, "cbrt", "(D)D", math_cbrt }, { cls, "sinh", "(D)D", math_sinh }, \
    { cls, "cosh", "(D)D", math_cosh }, { cls, "tanh", "(D)D", math_tanh }, \
    { cls, "expm1", "(D)D", math_expm1 }, { cls, "log1p", "(D)D", math_log1p }, \
    { cls, "ceil", "(D)D", math_ceil }, { cls, "floor", "(D)D", math_floor }, \
    { cls, "rint", "(D)D", math_rint }, { cls, "atan2", "(DD)D", math_atan2 }, \
    { cls, "pow", "(DD)D", math_pow }, { cls, "hypot", "(DD)D", math_hypot }, \
    { cls, "IEEEremainder", "(DD)D", math_IEEEremainder }, \
    { cls, "fma0", "(DDD)D", math_fma }

const struct vm_native vm_natives_lib[] = {
    MATH_ENTRIES("java/lang/Math"),
    MATH_ENTRIES("java/lang/StrictMath"),
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
