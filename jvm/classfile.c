/*
 * classfile.c: the class-file parser.  Reads a class file into a struct
 * cf_class, checking everything it reads against the file's end and the
 * format rules of JVMS chapter 4 (constant-pool tags and indexes, modified
 * UTF-8, names and descriptors, attribute lengths, code limits, exception
 * table bounds).  Instructions are left to the verifier (verify.c), as in
 * HotSpot: an application class's bad code is a VerifyError when it is
 * linked, never run.  Malformed input is a status and a reason, never a
 * crash.
 */
#include "classfile.h"

#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena: every allocation of one class, freed together ------------- */

struct arena_blk { struct arena_blk *next; size_t used, cap; char data[]; };

struct parser {
    const uint8_t *p, *end, *start;
    struct cf_class *c;
    struct arena_blk *arena;
    jmp_buf fail;
    enum cf_status status;
    char *err;
    size_t errlen;
};

static _Noreturn void failf(struct parser *ps, enum cf_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (ps->err && ps->errlen)
        vsnprintf(ps->err, ps->errlen, fmt, ap);
    va_end(ap);
    ps->status = st;
    longjmp(ps->fail, 1);
}

#define BAD(...) failf(ps, CF_FORMAT, __VA_ARGS__)

static void *alloc(struct parser *ps, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    struct arena_blk *b = ps->arena;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        b = malloc(sizeof *b + cap);
        if (!b)
            failf(ps, CF_NOMEM, "out of memory");
        b->next = ps->arena;
        b->used = 0;
        b->cap = cap;
        ps->arena = b;
    }
    void *r = b->data + b->used;
    b->used += n;
    memset(r, 0, n);
    return r;
}

static void arena_free(struct arena_blk *b)
{
    while (b) {
        struct arena_blk *n = b->next;
        free(b);
        b = n;
    }
}

/* ---- reading ----------------------------------------------------------- */

static void need(struct parser *ps, size_t n)
{
    if ((size_t)(ps->end - ps->p) < n)
        BAD("Truncated class file");
}

static uint8_t u1(struct parser *ps) { need(ps, 1); return *ps->p++; }
static uint16_t u2(struct parser *ps)
{
    need(ps, 2);
    uint16_t v = (uint16_t)(ps->p[0] << 8 | ps->p[1]);
    ps->p += 2;
    return v;
}
static uint32_t u4(struct parser *ps)
{
    need(ps, 4);
    uint32_t v = (uint32_t)ps->p[0] << 24 | (uint32_t)ps->p[1] << 16 |
                 (uint32_t)ps->p[2] << 8 | ps->p[3];
    ps->p += 4;
    return v;
}

/* A copy of the next n bytes (attribute bodies kept for reflection). */
static const uint8_t *copy_bytes(struct parser *ps, uint32_t n)
{
    need(ps, n);
    uint8_t *r = alloc(ps, n ? n : 1);
    memcpy(r, ps->p, n);
    return r;
}

/* ---- names and descriptors -------------------------------------------- */

static int valid_mutf8(const uint8_t *s, uint32_t n)
{
    for (uint32_t i = 0; i < n;) {
        uint8_t b = s[i];
        if (b == 0 || b >= 0xf0)
            return 0;
        if (b < 0x80) {
            i++;
        } else if ((b & 0xe0) == 0xc0) {
            if (i + 1 >= n || (s[i + 1] & 0xc0) != 0x80)
                return 0;
            i += 2;
        } else if ((b & 0xf0) == 0xe0) {
            if (i + 2 >= n || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80)
                return 0;
            i += 3;
        } else {
            return 0;
        }
    }
    return 1;
}

const char *cf_field_type_end(const char *d)
{
    int dims = 0;
    while (*d == '[') {
        if (++dims > 255)
            return NULL;
        d++;
    }
    switch (*d) {
    case 'B': case 'C': case 'D': case 'F': case 'I': case 'J': case 'S': case 'Z':
        return d + 1;
    case 'L': {
        const char *s = ++d;
        while (*d && *d != ';') {
            if (*d == '.' || *d == '[')
                return NULL;
            if (*d == '/' && (d == s || d[1] == '/' || d[1] == ';'))
                return NULL;
            d++;
        }
        if (*d != ';' || d == s)
            return NULL;
        return d + 1;
    }
    default:
        return NULL;
    }
}

int cf_valid_method_desc(const char *d)
{
    if (*d++ != '(')
        return 0;
    int slots = 0;
    while (*d != ')') {
        const char *e = cf_field_type_end(d);
        if (!e)
            return 0;
        slots += (*d == 'J' || *d == 'D') ? 2 : 1;
        d = e;
    }
    d++;
    if (slots > 255)
        return 0;
    if (*d == 'V')
        return d[1] == 0;
    const char *e = cf_field_type_end(d);
    return e && *e == 0;
}

int cf_arg_slots(const char *d)
{
    int n = 0;
    d++;
    while (*d != ')') {
        n += (*d == 'J' || *d == 'D') ? 2 : 1;
        d = cf_field_type_end(d);
    }
    return n;
}

/* Unqualified names (fields, methods): no . ; [ /, and for methods no < >
 * except <init>/<clinit>. */
static int valid_member_name(const char *s, int method)
{
    if (!*s)
        return 0;
    if (method && s[0] == '<')
        return strcmp(s, "<init>") == 0 || strcmp(s, "<clinit>") == 0;
    for (; *s; s++) {
        if (*s == '.' || *s == ';' || *s == '[' || *s == '/')
            return 0;
        if (method && (*s == '<' || *s == '>'))
            return 0;
    }
    return 1;
}

/* A class name in internal form, or an array descriptor. */
static int valid_class_name(const char *s)
{
    if (s[0] == '[') {
        const char *e = cf_field_type_end(s);
        return e && *e == 0;
    }
    if (!*s || *s == '/')
        return 0;
    for (; *s; s++) {
        if (*s == '.' || *s == ';' || *s == '[')
            return 0;
        if (*s == '/' && (s[1] == '/' || s[1] == 0))
            return 0;
    }
    return 1;
}

/* ---- constant pool ----------------------------------------------------- */

static const struct cf_const *cp_at(struct parser *ps, uint16_t i, int tag, const char *what)
{
    const struct cf_class *c = ps->c;
    if (i == 0 || i >= c->ncp || c->cp[i].tag == 0)
        BAD("Invalid constant pool index %u in class file %s", i, c->name ? c->name : "?");
    if (tag && c->cp[i].tag != tag)
        BAD("Invalid constant pool index %u (%s expected) in class file %s", i, what,
            c->name ? c->name : "?");
    return &c->cp[i];
}

static const char *utf8_at(struct parser *ps, uint16_t i)
{
    return cp_at(ps, i, CF_UTF8, "Utf8")->v.s;
}

const char *cf_utf8(const struct cf_class *c, uint16_t i)
{
    return i && i < c->ncp && c->cp[i].tag == CF_UTF8 ? c->cp[i].v.s : NULL;
}

const char *cf_class_name(const struct cf_class *c, uint16_t i)
{
    return i && i < c->ncp && c->cp[i].tag == CF_CLASS ? cf_utf8(c, c->cp[i].a) : NULL;
}

static void parse_cp(struct parser *ps)
{
    struct cf_class *c = ps->c;
    c->ncp = u2(ps);
    if (c->ncp == 0)
        BAD("Illegal constant pool size 0");
    c->cp = alloc(ps, sizeof *c->cp * c->ncp);
    for (uint32_t i = 1; i < c->ncp; i++) {
        struct cf_const *e = &c->cp[i];
        e->tag = u1(ps);
        switch (e->tag) {
        case CF_UTF8: {
            uint16_t n = u2(ps);
            need(ps, n);
            if (!valid_mutf8(ps->p, n))
                BAD("Illegal UTF8 string in constant pool");
            char *s = alloc(ps, (size_t)n + 1);
            memcpy(s, ps->p, n);
            s[n] = 0;
            e->v.s = s;
            e->len = n;
            ps->p += n;
            break;
        }
        case CF_INTEGER: e->v.i = (int32_t)u4(ps); break;
        case CF_FLOAT: { uint32_t b = u4(ps); memcpy(&e->v.f, &b, 4); break; }
        case CF_LONG: case CF_DOUBLE: {
            uint64_t hi = u4(ps), lo = u4(ps);
            uint64_t b = hi << 32 | lo;
            if (e->tag == CF_LONG) e->v.j = (int64_t)b; else memcpy(&e->v.d, &b, 8);
            if (++i >= c->ncp)
                BAD("Invalid constant pool entry: 8-byte constant at the end");
            break;   /* the next slot stays tag 0 (unusable) */
        }
        case CF_CLASS: case CF_STRING: case CF_METHODTYPE: case CF_MODULE: case CF_PACKAGE:
            e->a = u2(ps);
            break;
        case CF_FIELDREF: case CF_METHODREF: case CF_IMETHODREF: case CF_NAMEANDTYPE:
        case CF_DYNAMIC: case CF_INVOKEDYNAMIC:
            e->a = u2(ps);
            e->b = u2(ps);
            break;
        case CF_METHODHANDLE:
            e->a = u1(ps);
            e->b = u2(ps);
            break;
        default:
            BAD("Unknown constant tag %u in class file", e->tag);
        }
    }
}

/* Second pass: every reference points at the right kind of entry. */
static void check_cp(struct parser *ps)
{
    struct cf_class *c = ps->c;
    for (uint32_t i = 1; i < c->ncp; i++) {
        struct cf_const *e = &c->cp[i];
        switch (e->tag) {
        case CF_CLASS:
            if (!valid_class_name(utf8_at(ps, e->a)))
                BAD("Illegal class name \"%s\" in class file %s", utf8_at(ps, e->a), c->name);
            break;
        case CF_STRING: case CF_MODULE: case CF_PACKAGE:
            utf8_at(ps, e->a);
            break;
        case CF_METHODTYPE:
            if (!cf_valid_method_desc(utf8_at(ps, e->a)))
                BAD("Method type has illegal descriptor in class file %s", c->name);
            break;
        case CF_NAMEANDTYPE:
            utf8_at(ps, e->a);
            utf8_at(ps, e->b);
            break;
        case CF_FIELDREF: case CF_METHODREF: case CF_IMETHODREF: {
            cp_at(ps, e->a, CF_CLASS, "Class");
            const struct cf_const *nt = cp_at(ps, e->b, CF_NAMEANDTYPE, "NameAndType");
            const char *name = utf8_at(ps, nt->a), *desc = utf8_at(ps, nt->b);
            if (e->tag == CF_FIELDREF) {
                const char *end = cf_field_type_end(desc);
                if (!valid_member_name(name, 0) || !end || *end)
                    BAD("Illegal field name or signature \"%s\" \"%s\" in class file %s", name, desc, c->name);
            } else {
                if (!valid_member_name(name, 1) || !cf_valid_method_desc(desc) ||
                    strcmp(name, "<clinit>") == 0 ||
                    (strcmp(name, "<init>") == 0 && desc[strlen(desc) - 1] != 'V'))
                    BAD("Illegal method name or signature \"%s\" \"%s\" in class file %s", name, desc, c->name);
            }
            break;
        }
        case CF_METHODHANDLE: {
            if (e->a < 1 || e->a > 9)
                BAD("Bad method handle kind at constant pool index %u in class file %s", i, c->name);
            const struct cf_const *r = cp_at(ps, e->b, 0, "");
            int ok = e->a <= 4 ? r->tag == CF_FIELDREF
                   : e->a == 9 ? r->tag == CF_IMETHODREF
                   : e->a == 5 || e->a == 8 ? r->tag == CF_METHODREF
                   : (r->tag == CF_METHODREF || r->tag == CF_IMETHODREF);
            if (!ok)
                BAD("Bad method handle reference at constant pool index %u in class file %s", i, c->name);
            break;
        }
        case CF_DYNAMIC: case CF_INVOKEDYNAMIC: {
            const struct cf_const *nt = cp_at(ps, e->b, CF_NAMEANDTYPE, "NameAndType");
            const char *desc = utf8_at(ps, nt->b);
            if (e->tag == CF_INVOKEDYNAMIC ? !cf_valid_method_desc(desc)
                                           : !cf_field_type_end(desc) || *cf_field_type_end(desc))
                BAD("Illegal dynamic constant signature in class file %s", c->name);
            break;
        }
        default:
            break;
        }
    }
}

/* ---- code -------------------------------------------------------------- */

/* What the format itself requires of code.  Instructions (opcodes,
 * operands, branch targets, handlers on instruction starts) are the
 * verifier's: HotSpot reports them as VerifyErrors when it links an
 * application class, and the class library is trusted. */
static void check_code(struct parser *ps, struct cf_code *k)
{
    struct cf_class *c = ps->c;
    for (uint16_t i = 0; i < k->nhandlers; i++) {
        struct cf_handler *h = &k->handlers[i];
        if (h->start >= h->end || h->end > k->len)
            BAD("Illegal exception table range in class file %s", c->name);
        if (h->handler >= k->len)
            BAD("Illegal exception table handler in class file %s", c->name);
        if (h->catch_type)
            cp_at(ps, h->catch_type, CF_CLASS, "Class");
    }
    for (uint32_t i = 0; i < k->nlines; i++)
        if (k->lines[i].pc >= k->len)
            BAD("Invalid pc in LineNumberTable in class file %s", c->name);
}

static struct cf_code *parse_code(struct parser *ps, const struct cf_member *m, uint32_t alen)
{
    const uint8_t *aend = ps->p + alen;
    struct cf_code *k = alloc(ps, sizeof *k);
    k->max_stack = u2(ps);
    k->max_locals = u2(ps);
    k->len = u4(ps);
    if (k->len == 0 || k->len >= 65536)
        BAD("Invalid method Code length %u in class file %s", k->len, ps->c->name);
    need(ps, k->len);
    k->code = ps->p;
    ps->p += k->len;
    k->nhandlers = u2(ps);
    k->handlers = alloc(ps, sizeof *k->handlers * (k->nhandlers + 1u));
    for (uint16_t i = 0; i < k->nhandlers; i++) {
        k->handlers[i].start = u2(ps);
        k->handlers[i].end = u2(ps);
        k->handlers[i].handler = u2(ps);
        k->handlers[i].catch_type = u2(ps);
    }
    uint16_t nattr = u2(ps);
    for (uint16_t i = 0; i < nattr; i++) {
        const char *an = utf8_at(ps, u2(ps));
        uint32_t al = u4(ps);
        need(ps, al);
        if (ps->p + al > aend)
            BAD("Code attribute overflows in class file %s", ps->c->name);
        const uint8_t *next = ps->p + al;
        if (strcmp(an, "LineNumberTable") == 0) {
            uint16_t n = u2(ps);
            if ((uint32_t)n * 4 + 2 != al)
                BAD("Invalid LineNumberTable length in class file %s", ps->c->name);
            struct cf_line *l = alloc(ps, sizeof *l * ((size_t)k->nlines + n + 1));
            if (k->nlines)
                memcpy(l, k->lines, sizeof *l * k->nlines);
            for (uint16_t j = 0; j < n; j++) {
                l[k->nlines + j].pc = u2(ps);
                l[k->nlines + j].line = u2(ps);
            }
            k->lines = l;
            k->nlines += n;
        } else if (strcmp(an, "StackMapTable") == 0) {
            if (k->stackmap)
                BAD("Multiple StackMapTable attributes in method %s in class file %s", m->name, ps->c->name);
            k->stackmap = ps->p;     /* read by the verifier */
            k->stackmap_len = al;
        }
        /* LocalVariableTable...: skipped, bounded above. */
        ps->p = next;
    }
    if (ps->p != aend)
        BAD("Code attribute length mismatch in class file %s", ps->c->name);
    if (m->desc && (uint32_t)cf_arg_slots(m->desc) + !(m->access & ACC_STATIC) > k->max_locals)
        BAD("Arguments can't fit into locals in class file %s", ps->c->name);
    check_code(ps, k);
    return k;
}

static int count_bits(unsigned v)
{
    int n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

/* Access flag rules of JVMS 4.5 and 4.6. */
static void check_modifiers(struct parser *ps, const struct cf_member *m, int method)
{
    struct cf_class *c = ps->c;
    unsigned a = m->access;
    bool iface = c->access & ACC_INTERFACE;
    bool bad = count_bits(a & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED)) > 1;
    if (!method) {
        bad |= (a & ACC_FINAL) && (a & ACC_VOLATILE);
        if (iface)
            bad |= (a & (ACC_PUBLIC | ACC_STATIC | ACC_FINAL)) != (ACC_PUBLIC | ACC_STATIC | ACC_FINAL) ||
                   (a & (ACC_PRIVATE | ACC_PROTECTED | ACC_VOLATILE | ACC_TRANSIENT));
        if (bad)
            BAD("Illegal field modifiers in class %s: 0x%X", c->name, a);
        return;
    }
    if (strcmp(m->name, "<clinit>") == 0)
        return;
    bool init = strcmp(m->name, "<init>") == 0;
    if (a & ACC_ABSTRACT)
        bad |= (a & (ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE)) ||
               ((a & ACC_STRICT) && c->major >= 46 && c->major < 61);
    if (init)
        bad |= (a & (ACC_STATIC | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE | ACC_ABSTRACT)) != 0;
    if (iface) {
        if (c->major >= 52)
            bad |= count_bits(a & (ACC_PUBLIC | ACC_PRIVATE)) != 1 ||
                   (a & (ACC_PROTECTED | ACC_FINAL | ACC_SYNCHRONIZED | ACC_NATIVE));
        else
            bad |= (a & (ACC_PUBLIC | ACC_ABSTRACT)) != (ACC_PUBLIC | ACC_ABSTRACT);
    }
    if (bad)
        BAD("Method %s in class %s has illegal modifiers: 0x%X", m->name, c->name, a);
}

static uint32_t member_hash(const struct cf_member *m)
{
    uint32_t h = 2166136261u;   /* FNV-1a over name, a separator, desc */
    for (const char *p = m->name; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    h = (h ^ 0xffu) * 16777619u;
    for (const char *p = m->desc; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    return h;
}

static void parse_members(struct parser *ps, int methods)
{
    struct cf_class *c = ps->c;
    uint16_t n = u2(ps);
    struct cf_member *ms = alloc(ps, sizeof *ms * (n + 1u));
    /* Duplicates are found with a hash set of the members so far (index + 1;
     * 0 is free), not by comparing every pair: String has ~150 methods. */
    uint32_t tsize = 16;
    while (tsize < 2u * n)
        tsize <<= 1;
    uint16_t *seen = alloc(ps, tsize * sizeof *seen);
    for (uint16_t i = 0; i < n; i++) {
        struct cf_member *m = &ms[i];
        m->access = u2(ps);
        m->name = utf8_at(ps, u2(ps));
        m->desc = utf8_at(ps, u2(ps));
        check_modifiers(ps, m, methods);
        if (methods) {
            if (!valid_member_name(m->name, 1) || !cf_valid_method_desc(m->desc))
                BAD("Illegal method name or signature \"%s\" \"%s\" in class file %s", m->name, m->desc, c->name);
            if (strcmp(m->name, "<init>") == 0 && m->desc[strlen(m->desc) - 1] != 'V')
                BAD("Method \"<init>\" in class %s has illegal signature \"%s\"", c->name, m->desc);
            if (strcmp(m->name, "<clinit>") == 0)
                m->access = (m->access & ACC_STRICT) | ACC_STATIC;
        } else {
            const char *e = cf_field_type_end(m->desc);
            if (!valid_member_name(m->name, 0) || !e || *e)
                BAD("Illegal field name or signature \"%s\" \"%s\" in class file %s", m->name, m->desc, c->name);
        }
        for (uint32_t h = member_hash(m) & (tsize - 1);; h = (h + 1) & (tsize - 1)) {
            if (!seen[h]) {
                seen[h] = (uint16_t)(i + 1);
                break;
            }
            const struct cf_member *o = &ms[seen[h] - 1];
            if (strcmp(o->name, m->name) == 0 && strcmp(o->desc, m->desc) == 0)
                BAD("Duplicate %s name \"%s\" with signature \"%s\" in class file %s",
                    methods ? "method" : "field", m->name, m->desc, c->name);
        }
        uint16_t nattr = u2(ps);
        for (uint16_t k = 0; k < nattr; k++) {
            const char *an = utf8_at(ps, u2(ps));
            uint32_t al = u4(ps);
            need(ps, al);
            const uint8_t *next = ps->p + al;
            if (methods && strcmp(an, "Code") == 0) {
                if (m->code)
                    BAD("Multiple Code attributes in class file %s", c->name);
                m->code = parse_code(ps, m, al);
            } else if (!methods && strcmp(an, "ConstantValue") == 0) {
                if (al != 2)
                    BAD("Invalid ConstantValue field attribute length %u in class file %s", al, c->name);
                m->const_value = u2(ps);
                const struct cf_const *v = cp_at(ps, m->const_value, 0, "");
                char t = m->desc[0];
                int ok = (t == 'J') ? v->tag == CF_LONG : (t == 'F') ? v->tag == CF_FLOAT
                       : (t == 'D') ? v->tag == CF_DOUBLE
                       : (t == 'L') ? v->tag == CF_STRING && strcmp(m->desc, "Ljava/lang/String;") == 0
                       : (t == '[') ? 0 : v->tag == CF_INTEGER;
                if (!ok)
                    BAD("Inconsistent constant value type in class file %s", c->name);
            } else if (strcmp(an, "RuntimeVisibleAnnotations") == 0) {
                m->annotations = copy_bytes(ps, al);
                m->annotations_len = al;
            } else if (strcmp(an, "Signature") == 0) {
                /* Kept only when well formed: reflection's, not a reason
                 * to reject the class. */
                uint16_t si = al == 2 ? u2(ps) : 0;
                if (si && si < c->ncp && c->cp[si].tag == CF_UTF8)
                    m->signature = c->cp[si].v.s;
            } else if (methods && strcmp(an, "RuntimeVisibleParameterAnnotations") == 0) {
                m->param_annotations = copy_bytes(ps, al);
                m->param_annotations_len = al;
            } else if (methods && strcmp(an, "AnnotationDefault") == 0) {
                m->ann_default = copy_bytes(ps, al);
                m->ann_default_len = al;
            } else if (methods && strcmp(an, "Exceptions") == 0) {
                uint16_t ne = al >= 2 ? u2(ps) : 0;
                bool ok = (uint32_t)ne * 2 + 2 == al;
                uint16_t *ex = ok ? alloc(ps, sizeof *ex * (ne + 1u)) : NULL;
                for (uint16_t j = 0; ok && j < ne; j++) {
                    ex[j] = u2(ps);
                    ok = ex[j] && ex[j] < c->ncp && c->cp[ex[j]].tag == CF_CLASS;
                }
                if (ok) {
                    m->nexceptions = ne;
                    m->exceptions = ex;
                }
            }
            ps->p = next;
        }
        if (methods) {
            int abstract_or_native = m->access & (ACC_ABSTRACT | ACC_NATIVE);
            if (abstract_or_native && m->code)
                BAD("Code attribute in native or abstract methods in class file %s", c->name);
            if (!abstract_or_native && !m->code)
                BAD("Absent Code attribute in method that is not native or abstract in class file %s", c->name);
        }
    }
    if (methods) { c->nmethods = n; c->methods = ms; }
    else { c->nfields = n; c->fields = ms; }
}

static void parse_class_attrs(struct parser *ps)
{
    struct cf_class *c = ps->c;
    uint16_t nattr = u2(ps);
    for (uint16_t i = 0; i < nattr; i++) {
        const char *an = utf8_at(ps, u2(ps));
        uint32_t al = u4(ps);
        need(ps, al);
        const uint8_t *next = ps->p + al;
        if (strcmp(an, "SourceFile") == 0) {
            if (al != 2)
                BAD("Wrong SourceFile attribute length in class file %s", c->name);
            c->source_file = utf8_at(ps, u2(ps));
        } else if (strcmp(an, "BootstrapMethods") == 0) {
            uint16_t n = u2(ps);
            c->nbootstrap = n;
            c->bootstrap = alloc(ps, sizeof *c->bootstrap * (n + 1u));
            for (uint16_t j = 0; j < n; j++) {
                struct cf_bootstrap *b = &c->bootstrap[j];
                b->method = u2(ps);
                cp_at(ps, b->method, CF_METHODHANDLE, "MethodHandle");
                b->nargs = u2(ps);
                b->args = alloc(ps, sizeof *b->args * (b->nargs + 1u));
                for (uint16_t k = 0; k < b->nargs; k++) {
                    b->args[k] = u2(ps);
                    cp_at(ps, b->args[k], 0, "");
                }
            }
            if (ps->p != next)
                BAD("Bad length on BootstrapMethods in class file %s", c->name);
        } else if (strcmp(an, "InnerClasses") == 0) {
            uint16_t n = u2(ps);
            if ((uint32_t)n * 8 + 2 != al)
                BAD("Wrong InnerClasses attribute length in class file %s", c->name);
            c->ninner = n;
            c->inner = alloc(ps, sizeof *c->inner * (n + 1u));
            for (uint16_t j = 0; j < n; j++) {
                struct cf_inner *e = &c->inner[j];
                e->inner = u2(ps);
                e->outer = u2(ps);
                e->name = u2(ps);
                e->access = u2(ps);
                cp_at(ps, e->inner, CF_CLASS, "Class");
                if (e->outer)
                    cp_at(ps, e->outer, CF_CLASS, "Class");
                if (e->name)
                    utf8_at(ps, e->name);
            }
        } else if (strcmp(an, "EnclosingMethod") == 0) {
            /* Kept only when well formed (for reflection). */
            uint16_t ec = al == 4 ? u2(ps) : 0, em = al == 4 ? u2(ps) : 0;
            if (ec && ec < c->ncp && c->cp[ec].tag == CF_CLASS &&
                (!em || (em < c->ncp && c->cp[em].tag == CF_NAMEANDTYPE))) {
                c->enclosing_class = ec;
                c->enclosing_method = em;
            }
        } else if (strcmp(an, "RuntimeVisibleAnnotations") == 0) {
            c->annotations = copy_bytes(ps, al);
            c->annotations_len = al;
        } else if (strcmp(an, "Signature") == 0) {
            /* Kept only when well formed, as for members. */
            uint16_t si = al == 2 ? u2(ps) : 0;
            if (si && si < c->ncp && c->cp[si].tag == CF_UTF8)
                c->signature = c->cp[si].v.s;
        } else if (strcmp(an, "NestHost") == 0) {
            if (al != 2)
                BAD("Wrong NestHost attribute length in class file %s", c->name);
            uint16_t h = u2(ps);
            cp_at(ps, h, CF_CLASS, "Class");
            c->nest_host = cf_class_name(c, h);
        } else if (strcmp(an, "NestMembers") == 0 || strcmp(an, "PermittedSubclasses") == 0) {
            uint16_t n = u2(ps);
            if ((uint32_t)n * 2 + 2 != al)
                BAD("Wrong %s attribute length in class file %s", an, c->name);
            bool permitted = an[0] == 'P';
            const char **names = alloc(ps, sizeof *names * (n + 1u));
            for (uint16_t j = 0; j < n; j++)
                names[j] = utf8_at(ps, cp_at(ps, u2(ps), CF_CLASS, "Class")->a);
            if (permitted) {
                c->npermitted = n;
                c->permitted = names;
            }
        }
        ps->p = next;
    }
}

enum cf_status cf_parse(const uint8_t *buf, size_t len, struct cf_class **out,
                        char *err, size_t errlen)
{
    struct parser ps_, *ps = &ps_;
    memset(ps, 0, sizeof *ps);
    ps->p = ps->start = buf;
    ps->end = buf + len;
    ps->err = err;
    ps->errlen = errlen;
    *out = NULL;
    if (setjmp(ps->fail)) {
        arena_free(ps->arena);
        return ps->status;
    }
    ps->c = alloc(ps, sizeof *ps->c);
    struct cf_class *c = ps->c;
    uint32_t magic = u4(ps);
    if (magic != 0xCAFEBABE)
        BAD("Incompatible magic value %u in class file", magic);
    c->minor = u2(ps);
    c->major = u2(ps);
    parse_cp(ps);
    c->access = u2(ps);
    uint16_t this_idx = u2(ps);
    /* The name first, so that later messages can name the class. */
    if (this_idx && this_idx < c->ncp && c->cp[this_idx].tag == CF_CLASS)
        c->name = cf_utf8(c, c->cp[this_idx].a);
    const char *vn = c->name ? c->name : "?";
    if (c->major < 45)
        failf(ps, CF_VERSION, "%s (class file version %u.%u) was compiled with an invalid major version",
              vn, c->major, c->minor);
    if (c->major > 61)
        failf(ps, CF_VERSION, "%s has been compiled by a more recent version of the Java Runtime "
              "(class file version %u.%u), this version of the Java Runtime only recognizes "
              "class file versions up to 61.0", vn, c->major, c->minor);
    if (c->major >= 56 && c->minor == 0xffff)
        failf(ps, CF_VERSION, "Preview features are not enabled for %s (class file version %u.%u). "
              "Try running with '--enable-preview'", vn, c->major, c->minor);
    if (c->major >= 56 && c->minor != 0)
        failf(ps, CF_VERSION, "%s (class file version %u.%u) was compiled with an invalid non-zero minor version",
              vn, c->major, c->minor);
    check_cp(ps);
    c->name = utf8_at(ps, cp_at(ps, this_idx, CF_CLASS, "Class")->a);
    if (c->name[0] == '[')
        BAD("Illegal class name \"%s\"", c->name);
    if ((c->access & ACC_INTERFACE) && !(c->access & ACC_ABSTRACT) && c->major >= 50)
        BAD("Illegal class modifiers in class %s: 0x%X", c->name, c->access);
    if ((c->access & ACC_FINAL) && (c->access & ACC_ABSTRACT))
        BAD("Illegal class modifiers in class %s: 0x%X", c->name, c->access);
    uint16_t super_idx = u2(ps);
    if (super_idx == 0) {
        if (strcmp(c->name, "java/lang/Object") != 0)
            BAD("Invalid superclass index 0 in class file %s", c->name);
    } else {
        c->super_name = utf8_at(ps, cp_at(ps, super_idx, CF_CLASS, "Class")->a);
        if (c->super_name[0] == '[')
            BAD("Bad superclass name in class file %s", c->name);
    }
    c->ninterfaces = u2(ps);
    c->interfaces = alloc(ps, sizeof *c->interfaces * (c->ninterfaces + 1u));
    for (uint16_t i = 0; i < c->ninterfaces; i++) {
        c->interfaces[i] = utf8_at(ps, cp_at(ps, u2(ps), CF_CLASS, "Class")->a);
        if (c->interfaces[i][0] == '[')
            BAD("Bad interface name in class file %s", c->name);
        for (uint16_t j = 0; j < i; j++)
            if (strcmp(c->interfaces[i], c->interfaces[j]) == 0)
                BAD("Duplicate interface name \"%s\" in class file %s", c->interfaces[i], c->name);
    }
    parse_members(ps, 0);
    parse_members(ps, 1);
    parse_class_attrs(ps);
    if (ps->p != ps->end)
        BAD("Extra bytes at the end of class file %s", c->name);
    /* Bootstrap indexes of (invoke)dynamic entries. */
    for (uint32_t i = 1; i < c->ncp; i++)
        if ((c->cp[i].tag == CF_DYNAMIC || c->cp[i].tag == CF_INVOKEDYNAMIC) &&
            c->cp[i].a >= c->nbootstrap)
            BAD("Short length on BootstrapMethods in class file %s", c->name);
    c->arena = ps->arena;
    *out = c;
    return CF_OK;
}

void cf_free(struct cf_class *c)
{
    if (c)
        arena_free(c->arena);
}
