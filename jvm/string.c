/*
 * string.c: Java strings from C and back, and the intern table.  A string
 * is `byte[] value` + `byte coder` (0 Latin-1, 1 UTF-16 little-endian) +
 * `int hash`, as in JDK 9+; strings whose chars all fit in Latin-1 are
 * always made Latin-1.
 */
#include "jstring.h"
#include "class.h"
#include "platform.h"

#include <stdlib.h>
#include <string.h>

#define VALUE(s) VM_FIELD(s, struct vm_array *, class_off_string_value)
#define CODER(s) VM_FIELD(s, int8_t, class_off_string_coder)

int32_t str_length(struct vm_object *s)
{
    struct vm_array *v = VALUE(s);
    return v ? v->length >> CODER(s) : 0;
}

uint16_t str_char_at(struct vm_object *s, int32_t i)
{
    const uint8_t *d = VM_ARRAY_DATA(VALUE(s));
    if (CODER(s) == 0)
        return d[i];
    return (uint16_t)(d[2 * i] | d[2 * i + 1] << 8);
}

bool str_equals(struct vm_object *a, struct vm_object *b)
{
    if (a == b)
        return true;
    int32_t n = str_length(a);
    if (n != str_length(b))
        return false;
    if (CODER(a) == CODER(b))
        return memcmp(VM_ARRAY_DATA(VALUE(a)), VM_ARRAY_DATA(VALUE(b)), (size_t)VALUE(a)->length) == 0;
    for (int32_t i = 0; i < n; i++)
        if (str_char_at(a, i) != str_char_at(b, i))
            return false;
    return true;
}

bool str_equals_ascii(struct vm_object *s, const char *c)
{
    int32_t n = str_length(s);
    if ((size_t)n != strlen(c))
        return false;
    for (int32_t i = 0; i < n; i++)
        if (str_char_at(s, i) != (uint8_t)c[i])
            return false;
    return true;
}

int32_t str_hash(struct vm_object *s)
{
    uint32_t h = 0;
    int32_t n = str_length(s);
    for (int32_t i = 0; i < n; i++)
        h = 31 * h + str_char_at(s, i);
    return (int32_t)h;
}

struct vm_object *str_from_utf16(struct vm_thread *t, const uint16_t *s, size_t n)
{
    if (n > 0x3fffffff) {
        vm_throw(t, "java/lang/OutOfMemoryError", "String too long");
        return NULL;
    }
    bool latin1 = true;
    for (size_t i = 0; i < n && latin1; i++)
        latin1 = s[i] < 256;
    struct vm_array *v = vm_new_array(t, VM_T_BYTE, (int32_t)(latin1 ? n : 2 * n));
    if (!v)
        return NULL;
    uint8_t *d = VM_ARRAY_DATA(v);
    for (size_t i = 0; i < n; i++) {
        if (latin1) {
            d[i] = (uint8_t)s[i];
        } else {
            d[2 * i] = (uint8_t)s[i];
            d[2 * i + 1] = (uint8_t)(s[i] >> 8);
        }
    }
    struct vm_object *str = vm_new_object(t, class_string);
    if (!str)
        return NULL;
    VALUE(str) = v;
    CODER(str) = latin1 ? 0 : 1;
    return str;
}

struct vm_object *str_from_latin1(struct vm_thread *t, const char *s, size_t n)
{
    struct vm_array *v = vm_new_array(t, VM_T_BYTE, (int32_t)n);
    if (!v)
        return NULL;
    memcpy(VM_ARRAY_DATA(v), s, n);
    struct vm_object *str = vm_new_object(t, class_string);
    if (!str)
        return NULL;
    VALUE(str) = v;
    return str;
}

/* UTF-8 (standard or modified: both decode here) to UTF-16; malformed
 * bytes become U+FFFD. */
static uint16_t *decode(const char *s, size_t len, size_t *out_n)
{
    uint16_t *u = malloc((len + 1) * sizeof *u);
    if (!u)
        return NULL;
    size_t n = 0;
    const uint8_t *p = (const uint8_t *)s, *e = p + len;
    while (p < e) {
        uint32_t c = *p;
        if (c < 0x80) {
            p++;
        } else if ((c & 0xe0) == 0xc0 && p + 1 < e && (p[1] & 0xc0) == 0x80) {
            c = (c & 0x1f) << 6 | (p[1] & 0x3f);
            p += 2;
        } else if ((c & 0xf0) == 0xe0 && p + 2 < e && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
            c = (c & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f);
            p += 3;
        } else if ((c & 0xf8) == 0xf0 && p + 3 < e && (p[1] & 0xc0) == 0x80 &&
                   (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80) {
            c = (c & 0x07) << 18 | (uint32_t)(p[1] & 0x3f) << 12 | (uint32_t)(p[2] & 0x3f) << 6 | (p[3] & 0x3f);
            p += 4;
            if (c >= 0x10000 && c <= 0x10ffff) {
                c -= 0x10000;
                u[n++] = (uint16_t)(0xd800 + (c >> 10));
                u[n++] = (uint16_t)(0xdc00 + (c & 0x3ff));
                continue;
            }
            c = 0xfffd;
        } else {
            c = 0xfffd;
            p++;
        }
        u[n++] = (uint16_t)c;
    }
    *out_n = n;
    return u;
}

static bool is_ascii(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] & 0x80)
            return false;
    return true;
}

struct vm_object *str_from_mutf8(struct vm_thread *t, const char *s, size_t len)
{
    if (is_ascii(s, len))
        return str_from_latin1(t, s, len);
    size_t n;
    uint16_t *u = decode(s, len, &n);
    if (!u) {
        vm_throw(t, "java/lang/OutOfMemoryError", NULL);
        return NULL;
    }
    struct vm_object *r = str_from_utf16(t, u, n);
    free(u);
    return r;
}

struct vm_object *vm_string_from_utf8(struct vm_thread *t, const char *s, size_t len)
{
    return str_from_mutf8(t, s, len);
}

/* Encodes to UTF-8; n bytes at most are written plus the NUL.  Returns
 * the bytes needed (without NUL). */
static size_t encode(struct vm_object *s, char *out, size_t cap)
{
    size_t n = 0;
    int32_t len = str_length(s);
#define PUT(b) do { if (n < cap) out[n] = (char)(b); n++; } while (0)
    for (int32_t i = 0; i < len; i++) {
        uint32_t c = str_char_at(s, i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < len) {
            uint32_t d = str_char_at(s, i + 1);
            if (d >= 0xdc00 && d < 0xe000) {
                c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                i++;
            }
        }
        if (c >= 0xd800 && c < 0xe000)
            c = '?';
        if (c < 0x80) {
            PUT(c);
        } else if (c < 0x800) {
            PUT(0xc0 | c >> 6); PUT(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            PUT(0xe0 | c >> 12); PUT(0x80 | ((c >> 6) & 0x3f)); PUT(0x80 | (c & 0x3f));
        } else {
            PUT(0xf0 | c >> 18); PUT(0x80 | ((c >> 12) & 0x3f));
            PUT(0x80 | ((c >> 6) & 0x3f)); PUT(0x80 | (c & 0x3f));
        }
    }
#undef PUT
    return n;
}

char *vm_string_to_utf8(struct vm_object *s)
{
    size_t n = encode(s, NULL, 0);
    char *b = malloc(n + 1);
    if (!b)
        return NULL;
    encode(s, b, n);
    b[n] = 0;
    return b;
}

char *str_to_buf(struct vm_object *s, char *buf, size_t size)
{
    if (!size)
        return buf;
    size_t n = encode(s, buf, size - 1);
    buf[n < size - 1 ? n : size - 1] = 0;
    return buf;
}

/* ---- interning --------------------------------------------------------- */

static struct vm_object **itab;
static size_t icap, icount;

static void intern_insert(struct vm_object *s)
{
    size_t j = (uint32_t)str_hash(s) & (icap - 1);
    while (itab[j])
        j = (j + 1) & (icap - 1);
    itab[j] = s;
}

struct vm_object *vm_string_intern(struct vm_thread *t, struct vm_object *s)
{
    (void)t;
    if (icount * 2 >= icap) {
        size_t oc = icap;
        struct vm_object **old = itab;
        icap = icap ? icap * 2 : 1024;
        itab = calloc(icap, sizeof *itab);
        if (!itab)
            plat_abort("out of memory (C heap)");
        for (size_t i = 0; i < oc; i++)
            if (old[i])
                intern_insert(old[i]);
        free(old);
    }
    size_t j = (uint32_t)str_hash(s) & (icap - 1);
    while (itab[j]) {
        if (str_equals(itab[j], s))
            return itab[j];
        j = (j + 1) & (icap - 1);
    }
    itab[j] = s;
    icount++;
    return s;
}

void str_roots_foreach(vm_root_fn fn, void *ctx)
{
    for (size_t i = 0; i < icap; i++)
        if (itab[i])
            fn(&itab[i], ctx);
}
