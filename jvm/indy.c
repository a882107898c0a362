/*
 * indy.c: invokedynamic, linked by the VM itself with no java.lang.invoke:
 *  - StringConcatFactory.makeConcat[WithConstants]: the recipe is parsed
 *    once; each call formats its arguments as String.valueOf does (float
 *    and double through the library's Float/Double.toString) in C.
 *  - LambdaMetafactory.metafactory/altMetafactory: a hidden class is made
 *    at link time, with one field per captured value and, for the
 *    interface method (and bridges), real bytecode in quick form that loads
 *    the captured fields and the arguments, adapts them (casts, boxing,
 *    unboxing, widening) and invokes the implementation: a lambda call is
 *    an ordinary interpreted call, no C in between.
 *  - ObjectMethods.bootstrap: records' toString/equals/hashCode, in C.
 * Any other bootstrap method: BootstrapMethodError naming it.
 */
#include "indy.h"
#include "class.h"
#include "interp.h"
#include "jstring.h"
#include "platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SITE_CONCAT = 1, SITE_LAMBDA, SITE_REC_TOSTRING, SITE_REC_EQUALS, SITE_REC_HASHCODE };
enum { REF_getField = 1, REF_getStatic, REF_putField, REF_putStatic, REF_invokeVirtual,
       REF_invokeStatic, REF_invokeSpecial, REF_newInvokeSpecial, REF_invokeInterface };

static void *xmalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p)
        plat_abort("out of memory (C heap)");
    return p;
}

/* ---- descriptors ----------------------------------------------------------- */

/* Split a method descriptor's parameters: pointers to each type's start. */
static int desc_params(const char *desc, const char **out, int max)
{
    int n = 0;
    const char *d = desc + 1;
    while (*d != ')' && n < max) {
        out[n++] = d;
        d = cf_field_type_end(d);
    }
    return n;
}

static const char *desc_ret(const char *desc) { return strchr(desc, ')') + 1; }

static int type_slots(const char *d) { return (*d == 'J' || *d == 'D') ? 2 : (*d == 'V' ? 0 : 1); }
static bool is_ref(const char *d) { return *d == 'L' || *d == '['; }

/* The class a reference descriptor names ("Ljava/lang/String;", "[I"). */
static struct vm_class *desc_class(struct vm_thread *t, const char *d)
{
    const char *e = cf_field_type_end(d);
    char buf[1024];
    size_t n;
    if (*d == 'L') {
        n = (size_t)(e - d) - 2;
        if (n >= sizeof buf)
            return NULL;
        memcpy(buf, d + 1, n);
    } else {
        n = (size_t)(e - d);
        if (n >= sizeof buf)
            return NULL;
        memcpy(buf, d, n);
    }
    buf[n] = 0;
    return class_load(t, buf);
}

static bool same_type(const char *a, const char *b)
{
    const char *ea = cf_field_type_end(a), *eb = cf_field_type_end(b);
    return ea - a == eb - b && memcmp(a, b, (size_t)(ea - a)) == 0;
}

/* ---- bootstrap arguments ------------------------------------------------- */

struct bsm {
    struct cf_class *cf;
    const struct cf_bootstrap *bs;
    const char *cls, *name;      /* the bootstrap method */
    const char *site_name, *site_desc;
};

static void bsm_info(struct vm_class *c, uint16_t idx, struct bsm *b)
{
    struct cf_class *cf = c->ext->cf;
    const struct cf_const *e = &cf->cp[idx];
    b->cf = cf;
    b->bs = &cf->bootstrap[e->a];
    const struct cf_const *mh = &cf->cp[b->bs->method];
    const struct cf_const *ref = &cf->cp[mh->b];
    b->cls = cf_class_name(cf, ref->a);
    b->name = cf_utf8(cf, cf->cp[ref->b].a);
    b->site_name = cf_utf8(cf, cf->cp[e->b].a);
    b->site_desc = cf_utf8(cf, cf->cp[e->b].b);
}

static bool bsm_error(struct vm_thread *t, struct bsm *b, const char *why)
{
    char jn[512];
    snprintf(jn, sizeof jn, "%s", b->cls);
    for (char *p = jn; *p; p++)
        if (*p == '/')
            *p = '.';
    return vm_throw(t, "java/lang/BootstrapMethodError", "bootstrap method %s.%s%s%s", jn, b->name,
                    why ? ": " : " is not supported by plinth", why ? why : "");
}

/* ---- string concatenation ------------------------------------------------ */

struct concat_part {
    int arg;                 /* >= 0: argument index; -1: literal */
    uint16_t *lit;
    uint32_t nlit;
};

struct concat {
    int nargs, nslots;
    char types[256];         /* first char of each argument's descriptor */
    bool is_string[256];
    int nparts;
    struct concat_part *parts;
};

static struct vm_method *m_float_to_string, *m_double_to_string, *m_value_of_object;

static bool concat_methods(struct vm_thread *t)
{
    if (m_value_of_object)
        return true;
    struct vm_class *f = class_load(t, "java/lang/Float"), *d = class_load(t, "java/lang/Double");
    if (!f || !d || !vm_init_class(t, f) || !vm_init_class(t, d) || !vm_init_class(t, class_string))
        return false;
    m_float_to_string = class_find_method(f, "toString", "(F)Ljava/lang/String;");
    m_double_to_string = class_find_method(d, "toString", "(D)Ljava/lang/String;");
    m_value_of_object = class_find_method(class_string, "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;");
    if (!m_float_to_string || !m_double_to_string || !m_value_of_object) {
        m_value_of_object = NULL;
        return vm_throw(t, "java/lang/NoSuchMethodError", "Float/Double.toString or String.valueOf(Object)");
    }
    return true;
}

static void add_literal(struct concat *k, const uint16_t *s, uint32_t n)
{
    if (n == 0)
        return;
    struct concat_part *p = &k->parts[k->nparts++];
    p->arg = -1;
    p->lit = xmalloc(n * sizeof *p->lit);
    memcpy(p->lit, s, n * sizeof *p->lit);
    p->nlit = n;
}

/* UTF-16 of a constant-pool value (string or number), for \2 constants. */
static uint16_t *const_utf16(struct cf_class *cf, uint16_t idx, uint32_t *n)
{
    const struct cf_const *e = &cf->cp[idx];
    char buf[64];
    const char *s = buf;
    size_t len;
    switch (e->tag) {
    case CF_STRING: s = cf_utf8(cf, e->a); len = cf->cp[e->a].len; break;
    case CF_INTEGER: len = (size_t)snprintf(buf, sizeof buf, "%d", e->v.i); break;
    case CF_LONG: len = (size_t)snprintf(buf, sizeof buf, "%lld", (long long)e->v.j); break;
    default: len = (size_t)snprintf(buf, sizeof buf, "?"); break;
    }
    /* Modified UTF-8 to UTF-16 (constants are usually ASCII). */
    uint16_t *u = xmalloc((len + 1) * sizeof *u);
    uint32_t k = 0;
    const uint8_t *p = (const uint8_t *)s, *end = p + len;
    while (p < end) {
        uint32_t c = *p;
        if (c < 0x80) { p++; }
        else if ((c & 0xe0) == 0xc0 && p + 1 < end) { c = (c & 0x1f) << 6 | (p[1] & 0x3f); p += 2; }
        else if (p + 2 < end) { c = (c & 0x0f) << 12 | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f); p += 3; }
        else { p++; c = 0xfffd; }
        u[k++] = (uint16_t)c;
    }
    *n = k;
    return u;
}

static struct indy_site *link_concat(struct vm_thread *t, struct bsm *b, bool with_constants)
{
    if (!concat_methods(t))
        return NULL;
    struct concat *k = xmalloc(sizeof *k);
    const char *ps[256];
    k->nargs = desc_params(b->site_desc, ps, 256);
    for (int i = 0; i < k->nargs; i++) {
        k->types[i] = ps[i][0];
        k->is_string[i] = strncmp(ps[i], "Ljava/lang/String;", 18) == 0;
        k->nslots += type_slots(ps[i]);
    }
    if (!with_constants) {
        k->parts = xmalloc(sizeof *k->parts * (size_t)(k->nargs + 1));
        for (int i = 0; i < k->nargs; i++)
            k->parts[k->nparts++].arg = i;
    } else {
        if (b->bs->nargs < 1 || b->cf->cp[b->bs->args[0]].tag != CF_STRING) {
            bsm_error(t, b, "the recipe is not a string");
            return NULL;
        }
        uint32_t rn;
        uint16_t *recipe = const_utf16(b->cf, b->bs->args[0], &rn);
        k->parts = xmalloc(sizeof *k->parts * (rn + 1));
        uint16_t *lit = xmalloc((rn + 1) * sizeof *lit);
        uint32_t nl = 0;
        int argi = 0, consti = 1;
        for (uint32_t i = 0; i < rn; i++) {
            if (recipe[i] == 1) {
                add_literal(k, lit, nl);
                nl = 0;
                if (argi >= k->nargs) {
                    bsm_error(t, b, "the recipe has more arguments than the call site");
                    return NULL;
                }
                k->parts[k->nparts++].arg = argi++;
            } else if (recipe[i] == 2) {
                if (consti >= b->bs->nargs) {
                    bsm_error(t, b, "the recipe has more constants than the bootstrap arguments");
                    return NULL;
                }
                uint32_t cn;
                uint16_t *cs = const_utf16(b->cf, b->bs->args[consti++], &cn);
                add_literal(k, lit, nl);
                nl = 0;
                add_literal(k, cs, cn);
                free(cs);
            } else {
                lit[nl++] = recipe[i];
            }
        }
        add_literal(k, lit, nl);
        free(lit);
        free(recipe);
    }
    struct indy_site *s = xmalloc(sizeof *s);
    s->kind = SITE_CONCAT;
    s->data = k;
    return s;
}

struct u16buf { uint16_t *d; size_t n, cap; };

static void buf_put(struct u16buf *b, const uint16_t *s, size_t n)
{
    if (b->n + n > b->cap) {
        b->cap = (b->n + n) * 2 + 16;
        b->d = realloc(b->d, b->cap * sizeof *b->d);
        if (!b->d)
            plat_abort("out of memory (C heap)");
    }
    memcpy(b->d + b->n, s, n * sizeof *s);
    b->n += n;
}

static void buf_ascii(struct u16buf *b, const char *s)
{
    uint16_t tmp[64];
    size_t n = 0;
    while (*s && n < 64)
        tmp[n++] = (uint8_t)*s++;
    buf_put(b, tmp, n);
}

static void buf_string(struct u16buf *b, struct vm_object *s)
{
    if (!s) {
        buf_ascii(b, "null");
        return;
    }
    int32_t n = str_length(s);
    uint16_t tmp[256];
    for (int32_t i = 0; i < n;) {
        int32_t k = 0;
        while (k < 256 && i < n)
            tmp[k++] = str_char_at(s, i++);
        buf_put(b, tmp, (size_t)k);
    }
}

/* Append one value as String.valueOf would print it. */
static bool buf_value(struct vm_thread *t, struct u16buf *b, char type, bool is_string, vm_value *v)
{
    char num[64];
    vm_value r;
    switch (type) {
    case 'Z': buf_ascii(b, v->i ? "true" : "false"); return true;
    case 'C': { uint16_t c = (uint16_t)v->i; buf_put(b, &c, 1); return true; }
    case 'B': case 'S': case 'I': snprintf(num, sizeof num, "%d", v->i); buf_ascii(b, num); return true;
    case 'J': snprintf(num, sizeof num, "%lld", (long long)v->j); buf_ascii(b, num); return true;
    case 'F':
        if (!vm_call(t, m_float_to_string, v, &r))
            return false;
        buf_string(b, r.l);
        return true;
    case 'D':
        if (!vm_call(t, m_double_to_string, v, &r))
            return false;
        buf_string(b, r.l);
        return true;
    default:
        if (is_string || !v->l) {
            buf_string(b, v->l);
            return true;
        }
        if (!vm_call(t, m_value_of_object, v, &r))
            return false;
        buf_string(b, r.l);
        return true;
    }
}

static vm_value *invoke_concat(struct vm_thread *t, struct concat *k, vm_value *sp)
{
    vm_value *args = sp - k->nslots;
    vm_value *slot[256];
    vm_value *p = args;
    for (int i = 0; i < k->nargs; i++) {
        slot[i] = p;
        p += (k->types[i] == 'J' || k->types[i] == 'D') ? 2 : 1;
    }
    struct u16buf b = { 0 };
    for (int i = 0; i < k->nparts; i++) {
        struct concat_part *part = &k->parts[i];
        if (part->arg < 0) {
            buf_put(&b, part->lit, part->nlit);
        } else if (!buf_value(t, &b, k->types[part->arg], k->is_string[part->arg], slot[part->arg])) {
            free(b.d);
            return NULL;
        }
    }
    struct vm_object *s = str_from_utf16(t, b.d ? b.d : (uint16_t *)"", b.n);
    free(b.d);
    if (!s)
        return NULL;
    args[0].l = s;
    return args + 1;
}

/* ---- lambdas ----------------------------------------------------------------- */

struct lambda {
    struct vm_class *cls;
    int ncaptured;
    char types[256];
    int32_t offsets[256];
    struct vm_object *singleton;     /* non-capturing: one instance (a root) */
};

struct bc {
    uint8_t *code;
    uint32_t len, cap;
    void **rc;
    uint16_t nrc, caprc;
};

static void emit(struct bc *b, int byte)
{
    if (b->len == b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        b->code = realloc(b->code, b->cap);
        if (!b->code)
            plat_abort("out of memory (C heap)");
    }
    b->code[b->len++] = (uint8_t)byte;
}

static void emit2(struct bc *b, unsigned v) { emit(b, (int)(v >> 8) & 0xff); emit(b, (int)v & 0xff); }

static uint16_t rc_add(struct bc *b, void *p)
{
    if (b->nrc == b->caprc) {
        b->caprc = b->caprc ? (uint16_t)(b->caprc * 2) : 16;
        b->rc = realloc(b->rc, b->caprc * sizeof *b->rc);
        if (!b->rc)
            plat_abort("out of memory (C heap)");
    }
    b->rc[b->nrc] = p;
    return b->nrc++;
}

static void emit_invoke(struct bc *b, struct vm_method *m, int kind)
{
    if (kind == REF_invokeInterface && class_is_interface(m->cls) && !(m->access & ACC_PRIVATE)) {
        uint32_t ic = interp_icache_new(m);
        emit(b, Q_INVOKEINTERFACE);
        uint8_t bytes[4];
        memcpy(bytes, &ic, 4);
        for (int i = 0; i < 4; i++)
            emit(b, bytes[i]);
        return;
    }
    uint16_t r = rc_add(b, m);
    if (m->access & ACC_STATIC)
        emit(b, Q_INVOKESTATIC);
    else if (kind == REF_invokeSpecial || kind == REF_newInvokeSpecial || m->vtable_index < 0 ||
             (m->access & (ACC_PRIVATE | ACC_FINAL)) || (m->cls->access & ACC_FINAL))
        emit(b, Q_INVOKEDIRECT);
    else
        emit(b, Q_INVOKEVIRTUAL);
    emit2(b, r);
}

static const char *box_name(char p)
{
    switch (p) {
    case 'Z': return "java/lang/Boolean";
    case 'B': return "java/lang/Byte";
    case 'C': return "java/lang/Character";
    case 'S': return "java/lang/Short";
    case 'I': return "java/lang/Integer";
    case 'J': return "java/lang/Long";
    case 'F': return "java/lang/Float";
    case 'D': return "java/lang/Double";
    default: return NULL;
    }
}

static char unbox_prim(const char *d)
{
    static const char prims[] = "ZBCSIJFD";
    for (const char *p = prims; *p; p++) {
        const char *bn = box_name(*p);
        size_t n = strlen(bn);
        if (d[0] == 'L' && strncmp(d + 1, bn, n) == 0 && d[1 + n] == ';')
            return *p;
    }
    return 0;
}

static bool emit_checkcast(struct vm_thread *t, struct bc *b, const char *to)
{
    if (strncmp(to, "Ljava/lang/Object;", 18) == 0)
        return true;
    struct vm_class *k = desc_class(t, to);
    if (!k)
        return false;
    emit(b, Q_CHECKCAST);
    emit2(b, rc_add(b, k));
    return true;
}

/* Widening primitive conversion from p to q (JLS 5.1.2). */
static void emit_widen(struct bc *b, char p, char q)
{
    if (p == q)
        return;
    bool pi = p == 'I' || p == 'B' || p == 'S' || p == 'C' || p == 'Z';
    if (pi && (q == 'I' || q == 'S' || q == 'B' || q == 'C'))
        return;
    if (pi && q == 'J') emit(b, 0x85);
    else if (pi && q == 'F') emit(b, 0x86);
    else if (pi && q == 'D') emit(b, 0x87);
    else if (p == 'J' && q == 'F') emit(b, 0x89);
    else if (p == 'J' && q == 'D') emit(b, 0x8a);
    else if (p == 'F' && q == 'D') emit(b, 0x8d);
}

static bool emit_box(struct vm_thread *t, struct bc *b, char p)
{
    struct vm_class *k = class_load(t, box_name(p));
    if (!k || !vm_init_class(t, k))
        return false;
    char desc[64];
    snprintf(desc, sizeof desc, "(%c)L%s;", p, box_name(p));
    struct vm_method *m = class_find_method(k, "valueOf", desc);
    if (!m)
        return vm_throw(t, "java/lang/NoSuchMethodError", "%s.valueOf%s", box_name(p), desc);
    emit_invoke(b, m, REF_invokeStatic);
    return true;
}

static bool emit_unbox(struct vm_thread *t, struct bc *b, char p)
{
    static const char *names[] = { ['Z'] = "booleanValue", ['B'] = "byteValue", ['C'] = "charValue",
        ['S'] = "shortValue", ['I'] = "intValue", ['J'] = "longValue", ['F'] = "floatValue", ['D'] = "doubleValue" };
    struct vm_class *k = class_load(t, box_name(p));
    if (!k)
        return false;
    char desc[8];
    snprintf(desc, sizeof desc, "()%c", p);
    struct vm_method *m = class_find_method(k, names[(int)p], desc);
    if (!m)
        return vm_throw(t, "java/lang/NoSuchMethodError", "%s.%s%s", box_name(p), names[(int)p], desc);
    emit_invoke(b, m, REF_invokeVirtual);
    return true;
}

/* Adapt the value on top of the stack from type `from` to type `to`. */
static bool emit_convert(struct vm_thread *t, struct bc *b, const char *from, const char *to)
{
    if (same_type(from, to))
        return true;
    if (is_ref(from) && is_ref(to))
        return emit_checkcast(t, b, to);
    if (!is_ref(from) && !is_ref(to)) {
        emit_widen(b, *from, *to);
        return true;
    }
    if (!is_ref(from)) {
        /* Box, then the reference is of a supertype of the box. */
        return emit_box(t, b, *from);
    }
    /* Unbox: from a box type (then widen), or cast to the target's box. */
    char p = unbox_prim(from);
    if (!p) {
        p = *to;
        char bd[64];
        snprintf(bd, sizeof bd, "L%s;", box_name(p));
        if (!emit_checkcast(t, b, bd))
            return false;
    }
    if (!emit_unbox(t, b, p))
        return false;
    emit_widen(b, p, *to);
    return true;
}

static void emit_load(struct bc *b, const char *d, int slot)
{
    int op = *d == 'J' ? 0x16 : *d == 'F' ? 0x17 : *d == 'D' ? 0x18 : is_ref(d) ? 0x19 : 0x15;
    emit(b, op);
    emit(b, slot);
}

static void emit_return(struct bc *b, const char *d)
{
    int op = *d == 'V' ? 0xb1 : *d == 'J' ? 0xad : *d == 'F' ? 0xae : *d == 'D' ? 0xaf : is_ref(d) ? 0xb0 : 0xac;
    emit(b, op);
}

static uint8_t getfield_op(char type)
{
    switch (type) {
    case 'J': case 'D': return Q_GETFIELD_J;
    case 'L': case '[': return Q_GETFIELD_L;
    case 'Z': case 'B': return Q_GETFIELD_B;
    case 'C': return Q_GETFIELD_C;
    case 'S': return Q_GETFIELD_S;
    default: return Q_GETFIELD_I;
    }
}

/* The body of one interface method (sam_desc) of the lambda class. */
static bool make_body(struct vm_thread *t, struct vm_method *out, const char *sam_desc,
                      struct lambda *L, const char **cap_types, struct vm_method *impl, int kind,
                      const char *inst_desc)
{
    struct bc b = { 0 };
    const char *impl_ps[256], *sam_ps[256], *inst_ps[256];
    int nimpl = desc_params(impl->desc, impl_ps, 256);
    int nsam = desc_params(sam_desc, sam_ps, 256);
    int ninst = desc_params(inst_desc, inst_ps, 256);
    bool has_recv = kind == REF_invokeVirtual || kind == REF_invokeInterface || kind == REF_invokeSpecial;
    char recv_desc[1100];
    snprintf(recv_desc, sizeof recv_desc, "L%s;", impl->cls->name);
    /* Target types in order: [receiver] + impl params. */
    const char *targets[257];
    int nt = 0;
    if (has_recv)
        targets[nt++] = recv_desc;
    for (int i = 0; i < nimpl; i++)
        targets[nt++] = impl_ps[i];
    if (L->ncaptured + nsam != nt) {
        free(b.code);
        return vm_throw(t, "java/lang/BootstrapMethodError",
                        "lambda implementation %s.%s%s does not fit %s", impl->cls->name, impl->name,
                        impl->desc, sam_desc);
    }
    if (kind == REF_newInvokeSpecial) {
        if (impl->cls->state != VM_CLASS_INITIALIZED && !vm_init_class(t, impl->cls))
            return false;
        emit(&b, Q_NEW);
        emit2(&b, rc_add(&b, impl->cls));
        emit(&b, 0x59);   /* dup */
    }
    int ti = 0;
    for (int i = 0; i < L->ncaptured; i++, ti++) {
        emit(&b, 0x2a);   /* aload_0 */
        emit(&b, getfield_op(L->types[i]));
        emit2(&b, (unsigned)L->offsets[i]);
        if (!emit_convert(t, &b, cap_types[i], targets[ti]))
            return false;
    }
    int slot = 1;
    for (int i = 0; i < nsam; i++, ti++) {
        emit_load(&b, sam_ps[i], slot);
        slot += type_slots(sam_ps[i]);
        /* The instantiated type tells which box a generic argument holds. */
        const char *from = sam_ps[i];
        if (i < ninst && is_ref(from) && !same_type(from, inst_ps[i]) && is_ref(inst_ps[i])) {
            if (!emit_checkcast(t, &b, inst_ps[i]))
                return false;
            from = inst_ps[i];
        }
        if (!emit_convert(t, &b, from, targets[ti]))
            return false;
    }
    if (kind == REF_invokeStatic && impl->cls->state != VM_CLASS_INITIALIZED && !vm_init_class(t, impl->cls))
        return false;
    emit_invoke(&b, impl, kind);
    const char *impl_ret = kind == REF_newInvokeSpecial ? recv_desc : desc_ret(impl->desc);
    const char *sam_ret = desc_ret(sam_desc);
    if (*sam_ret == 'V') {
        if (*impl_ret != 'V')
            emit(&b, type_slots(impl_ret) == 2 ? 0x58 : 0x57);
    } else if (*impl_ret != 'V') {
        if (!emit_convert(t, &b, impl_ret, sam_ret))
            return false;
    }
    emit_return(&b, sam_ret);
    out->code = b.code;
    out->code_len = b.len;
    out->orig_code = b.code;
    out->max_locals = (uint16_t)slot;
    out->max_stack = (uint16_t)(2 * (nt + 2) + 4);
    out->arg_slots = (uint16_t)slot;
    out->ret_type = (uint8_t)class_desc_type(*sam_ret);
    out->access = ACC_PUBLIC | ACC_FINAL | ACC_SYNTHETIC;
    /* The rcache is the class's: filled in by the caller from b.rc. */
    out->indy = b.rc;
    out->nhandlers = b.nrc;    /* temporarily: how many rcache entries */
    return true;
}

static int lambda_counter;

static struct indy_site *link_lambda(struct vm_thread *t, struct vm_class *c, struct bsm *b, bool alt)
{
    struct cf_class *cf = b->cf;
    const struct cf_bootstrap *bs = b->bs;
    if (bs->nargs < 3 || cf->cp[bs->args[0]].tag != CF_METHODTYPE || cf->cp[bs->args[1]].tag != CF_METHODHANDLE ||
        cf->cp[bs->args[2]].tag != CF_METHODTYPE) {
        bsm_error(t, b, "unexpected bootstrap arguments");
        return NULL;
    }
    const char *sam_desc = sym_intern(cf_utf8(cf, cf->cp[bs->args[0]].a));
    const char *inst_desc = cf_utf8(cf, cf->cp[bs->args[2]].a);
    const struct cf_const *mh = &cf->cp[bs->args[1]];
    int kind = mh->a;
    if (kind < REF_invokeVirtual) {
        bsm_error(t, b, "a field method handle as lambda implementation");
        return NULL;
    }
    struct vm_method *impl = class_resolve_method(t, c, mh->b, kind == REF_invokeStatic ? RESOLVE_STATIC
                                                   : kind == REF_invokeInterface ? RESOLVE_INTERFACE : RESOLVE_VIRTUAL);
    if (!impl)
        return NULL;
    /* The interface and markers, and bridge descriptors. */
    struct vm_class *iface = desc_class(t, desc_ret(b->site_desc));
    if (!iface)
        return NULL;
    struct vm_class *ifaces[64];
    uint16_t nifaces = 0;
    ifaces[nifaces++] = iface;
    const char *bridges[64];
    int nbridges = 0;
    if (alt && bs->nargs >= 4) {
        int32_t flags = cf->cp[bs->args[3]].v.i;
        uint16_t ai = 4;
        if (flags & 1) {                              /* FLAG_SERIALIZABLE */
            struct vm_class *ser = class_load(t, "java/io/Serializable");
            if (!ser)
                return NULL;
            if (ser != iface)
                ifaces[nifaces++] = ser;
        }
        if ((flags & 2) && ai < bs->nargs) {          /* FLAG_MARKERS */
            int32_t n = cf->cp[bs->args[ai++]].v.i;
            for (int32_t i = 0; i < n && ai < bs->nargs && nifaces < 64; i++) {
                struct vm_class *mk = class_resolve_class(t, c, bs->args[ai++]);
                if (!mk)
                    return NULL;
                bool dup = false;
                for (uint16_t k = 0; k < nifaces; k++)
                    dup |= ifaces[k] == mk;
                if (!dup)
                    ifaces[nifaces++] = mk;
            }
        }
        if ((flags & 4) && ai < bs->nargs) {          /* FLAG_BRIDGES */
            int32_t n = cf->cp[bs->args[ai++]].v.i;
            for (int32_t i = 0; i < n && ai < bs->nargs && nbridges < 64; i++)
                bridges[nbridges++] = sym_intern(cf_utf8(cf, cf->cp[bs->args[ai++]].a));
        }
    }
    struct lambda *L = xmalloc(sizeof *L);
    const char *cap_types[256];
    L->ncaptured = desc_params(b->site_desc, cap_types, 256);
    struct vm_field *fields = xmalloc(sizeof *fields * (size_t)(L->ncaptured + 1));
    for (int i = 0; i < L->ncaptured; i++) {
        char fname[16];
        snprintf(fname, sizeof fname, "arg$%d", i + 1);
        const char *e = cf_field_type_end(cap_types[i]);
        fields[i].name = sym_intern(fname);
        fields[i].desc = sym_intern_n(cap_types[i], (size_t)(e - cap_types[i]));
        fields[i].type = (uint8_t)class_desc_type(cap_types[i][0]);
        fields[i].access = ACC_PRIVATE | ACC_FINAL;
        L->types[i] = cap_types[i][0];
    }
    int nmeth = 1 + nbridges;
    struct vm_method *ms = xmalloc(sizeof *ms * (size_t)(nmeth + 1));
    const char *name = sym_intern(b->site_name);
    char cname[1200];
    snprintf(cname, sizeof cname, "%s$$Lambda$%d", c->name, ++lambda_counter);
    /* Define first (field offsets), then write the bodies. */
    for (int i = 0; i < nmeth; i++) {
        ms[i].name = name;
        ms[i].desc = i == 0 ? sam_desc : bridges[i - 1];
        ms[i].access = ACC_PUBLIC;
        ms[i].arg_slots = (uint16_t)(cf_arg_slots(ms[i].desc) + 1);
        ms[i].ret_type = (uint8_t)class_desc_type(*desc_ret(ms[i].desc));
    }
    struct vm_class *lc = class_define_synthetic(t, cname, class_object, ifaces, nifaces, ms, (uint16_t)nmeth,
                                                 fields, (uint16_t)L->ncaptured);
    if (!lc)
        return NULL;
    lc->access &= (uint16_t)~ACC_PUBLIC;   /* HotSpot's: final synthetic */
    L->cls = lc;
    for (int i = 0; i < L->ncaptured; i++)
        L->offsets[i] = fields[i].offset;
    /* One rcache for the class, gathered from every body. */
    void **rc = NULL;
    size_t nrc = 0;
    for (int i = 0; i < nmeth; i++) {
        struct vm_method *m = &ms[i];
        const char *desc = m->desc;
        if (!make_body(t, m, desc, L, cap_types, impl, kind, inst_desc))
            return NULL;
        void **mrc = m->indy;
        size_t n = m->nhandlers;
        /* Renumber this body's rcache indexes: bodies are small, so
         * shift every Q_* operand by the running base. */
        if (nrc && n) {
            for (uint32_t pc = 0; pc < m->code_len;) {
                uint8_t op = m->code[pc];
                uint32_t len = op == Q_INVOKEINTERFACE ? 5 : (op >= Q_GETFIELD_I && op < Q_LAST) ? 3 :
                               (op == 0x15 || op == 0x16 || op == 0x17 || op == 0x18 || op == 0x19) ? 2 : 1;
                if (op == Q_NEW || op == Q_CHECKCAST || op == Q_INVOKESTATIC || op == Q_INVOKEDIRECT ||
                    op == Q_INVOKEVIRTUAL) {
                    unsigned v = (unsigned)(m->code[pc + 1] << 8 | m->code[pc + 2]) + (unsigned)nrc;
                    m->code[pc + 1] = (uint8_t)(v >> 8);
                    m->code[pc + 2] = (uint8_t)v;
                }
                pc += len;
            }
        }
        rc = realloc(rc, (nrc + n + 1) * sizeof *rc);
        if (!rc)
            plat_abort("out of memory (C heap)");
        memcpy(rc + nrc, mrc, n * sizeof *rc);
        nrc += n;
        free(mrc);
        m->indy = NULL;
        m->nhandlers = 0;
    }
    lc->ext->rcache = rc;
    for (int i = 0; i < nmeth; i++)
        ms[i].rcache = rc;
    struct indy_site *s = xmalloc(sizeof *s);
    s->kind = SITE_LAMBDA;
    s->data = L;
    if (L->ncaptured == 0) {
        L->singleton = vm_new_object(t, lc);
        if (!L->singleton)
            return NULL;
        class_add_root(&L->singleton);
    }
    return s;
}

static vm_value *invoke_lambda(struct vm_thread *t, struct lambda *L, vm_value *sp)
{
    if (L->singleton) {
        sp->l = L->singleton;
        return sp + 1;
    }
    int slots = 0;
    for (int i = 0; i < L->ncaptured; i++)
        slots += (L->types[i] == 'J' || L->types[i] == 'D') ? 2 : 1;
    vm_value *args = sp - slots;
    struct vm_object *o = vm_new_object(t, L->cls);
    if (!o)
        return NULL;
    vm_value *p = args;
    for (int i = 0; i < L->ncaptured; i++) {
        int32_t off = L->offsets[i];
        switch (L->types[i]) {
        case 'J': case 'D': VM_FIELD(o, int64_t, off) = p->j; p += 2; break;
        case 'L': case '[': VM_FIELD(o, struct vm_object *, off) = p->l; p++; break;
        case 'Z': case 'B': VM_FIELD(o, int8_t, off) = (int8_t)p->i; p++; break;
        case 'C': case 'S': VM_FIELD(o, int16_t, off) = (int16_t)p->i; p++; break;
        default: VM_FIELD(o, int32_t, off) = p->i; p++; break;
        }
    }
    args[0].l = o;
    return args + 1;
}

/* ---- records ------------------------------------------------------------------ */

struct record {
    struct vm_class *cls;
    int n;
    struct vm_field **fields;
    uint16_t **names;
    uint32_t *nnames;
};

static struct indy_site *link_record(struct vm_thread *t, struct vm_class *c, struct bsm *b)
{
    struct cf_class *cf = b->cf;
    const struct cf_bootstrap *bs = b->bs;
    if (bs->nargs < 2 || cf->cp[bs->args[0]].tag != CF_CLASS || cf->cp[bs->args[1]].tag != CF_STRING) {
        bsm_error(t, b, "unexpected bootstrap arguments");
        return NULL;
    }
    struct record *R = xmalloc(sizeof *R);
    R->cls = class_resolve_class(t, c, bs->args[0]);
    if (!R->cls)
        return NULL;
    R->n = bs->nargs - 2;
    R->fields = xmalloc(sizeof *R->fields * (size_t)(R->n + 1));
    R->names = xmalloc(sizeof *R->names * (size_t)(R->n + 1));
    R->nnames = xmalloc(sizeof *R->nnames * (size_t)(R->n + 1));
    for (int i = 0; i < R->n; i++) {
        const struct cf_const *mh = &cf->cp[bs->args[2 + i]];
        if (mh->tag != CF_METHODHANDLE || mh->a != REF_getField) {
            bsm_error(t, b, "a record component is not a field getter");
            return NULL;
        }
        R->fields[i] = class_resolve_field(t, c, mh->b, false);
        if (!R->fields[i])
            return NULL;
    }
    /* Names "x;y" from the second argument. */
    uint32_t nn;
    uint16_t *names = const_utf16(cf, bs->args[1], &nn);
    uint32_t start = 0;
    int k = 0;
    for (uint32_t i = 0; i <= nn && k < R->n; i++) {
        if (i == nn || names[i] == ';') {
            R->names[k] = names + start;
            R->nnames[k] = i - start;
            k++;
            start = i + 1;
        }
    }
    struct indy_site *s = xmalloc(sizeof *s);
    const char *what = b->site_name;
    s->kind = strcmp(what, "toString") == 0 ? SITE_REC_TOSTRING : strcmp(what, "equals") == 0 ? SITE_REC_EQUALS
            : strcmp(what, "hashCode") == 0 ? SITE_REC_HASHCODE : 0;
    if (!s->kind) {
        bsm_error(t, b, "unknown record method");
        return NULL;
    }
    s->data = R;
    return s;
}

static void field_value(struct vm_object *o, struct vm_field *f, vm_value *v)
{
    switch (f->type) {
    case VM_T_LONG: case VM_T_DOUBLE: v->j = VM_FIELD(o, int64_t, f->offset); break;
    case VM_T_REF: v->l = VM_FIELD(o, struct vm_object *, f->offset); break;
    case VM_T_BOOLEAN: case VM_T_BYTE: v->i = VM_FIELD(o, int8_t, f->offset); break;
    case VM_T_CHAR: v->i = VM_FIELD(o, uint16_t, f->offset); break;
    case VM_T_SHORT: v->i = VM_FIELD(o, int16_t, f->offset); break;
    default: v->i = VM_FIELD(o, int32_t, f->offset); break;
    }
}

/* Virtual call of a no-argument-or-one method of Object on o. */
static bool call_object_method(struct vm_thread *t, struct vm_object *o, const char *name, const char *desc,
                               vm_value *args, vm_value *ret)
{
    struct vm_method *m = class_find_method(class_object, name, desc);
    if (!m)
        return vm_throw(t, "java/lang/NoSuchMethodError", "java.lang.Object.%s%s", name, desc);
    m = o->cls->ext->vtable[m->vtable_index];
    args[0].l = o;
    return vm_call(t, m, args, ret);
}

static vm_value *invoke_record(struct vm_thread *t, struct indy_site *s, vm_value *sp)
{
    struct record *R = s->data;
    if (s->kind == SITE_REC_TOSTRING) {
        vm_value *args = sp - 1;
        struct vm_object *o = args[0].l;
        if (!o) {
            vm_throw(t, "java/lang/NullPointerException", NULL);
            return NULL;
        }
        if (!concat_methods(t))
            return NULL;
        struct u16buf b = { 0 };
        /* The simple name, then [name=value, ...]. */
        const char *simple = class_simple_name(R->cls);
        for (const char *p = simple; *p; p++) {
            uint16_t ch = (uint8_t)*p;
            buf_put(&b, &ch, 1);
        }
        buf_ascii(&b, "[");
        for (int i = 0; i < R->n; i++) {
            if (i)
                buf_ascii(&b, ", ");
            buf_put(&b, R->names[i], R->nnames[i]);
            buf_ascii(&b, "=");
            vm_value v[2];
            field_value(o, R->fields[i], &v[0]);
            char type = R->fields[i]->desc[0];
            if (!buf_value(t, &b, type, strcmp(R->fields[i]->desc, "Ljava/lang/String;") == 0, v)) {
                free(b.d);
                return NULL;
            }
        }
        buf_ascii(&b, "]");
        struct vm_object *str = str_from_utf16(t, b.d, b.n);
        free(b.d);
        if (!str)
            return NULL;
        args[0].l = str;
        return args + 1;
    }
    if (s->kind == SITE_REC_HASHCODE) {
        vm_value *args = sp - 1;
        struct vm_object *o = args[0].l;
        if (!o) {
            vm_throw(t, "java/lang/NullPointerException", NULL);
            return NULL;
        }
        int32_t h = 0;
        for (int i = 0; i < R->n; i++) {
            vm_value v, r, a[2];
            field_value(o, R->fields[i], &v);
            int32_t fh;
            switch (R->fields[i]->desc[0]) {
            case 'Z': fh = v.i ? 1231 : 1237; break;
            case 'J': fh = (int32_t)(v.j ^ (int64_t)((uint64_t)v.j >> 32)); break;
            case 'F': {
                float f = v.f;
                uint32_t bits;
                if (f != f) bits = 0x7fc00000; else memcpy(&bits, &f, 4);
                fh = (int32_t)bits;
                break;
            }
            case 'D': {
                double d = v.d;
                uint64_t bits;
                if (d != d) bits = 0x7ff8000000000000ull; else memcpy(&bits, &d, 8);
                fh = (int32_t)(bits ^ (bits >> 32));
                break;
            }
            case 'L': case '[':
                if (!v.l) {
                    fh = 0;
                } else {
                    if (!call_object_method(t, v.l, "hashCode", "()I", a, &r))
                        return NULL;
                    fh = r.i;
                }
                break;
            default: fh = v.i; break;
            }
            h = h * 31 + fh;
        }
        args[0].i = h;
        return args + 1;
    }
    /* equals(this, other) */
    vm_value *args = sp - 2;
    struct vm_object *o = args[0].l, *p = args[1].l;
    if (!o) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return NULL;
    }
    bool eq = p && p->cls == o->cls;
    for (int i = 0; eq && i < R->n; i++) {
        vm_value a, c, r, ar[2];
        field_value(o, R->fields[i], &a);
        field_value(p, R->fields[i], &c);
        switch (R->fields[i]->desc[0]) {
        case 'J': eq = a.j == c.j; break;
        case 'F': eq = a.f == c.f ? (a.f != 0 || memcmp(&a.f, &c.f, 4) == 0) : (a.f != a.f && c.f != c.f); break;
        case 'D': eq = a.d == c.d ? (a.d != 0 || memcmp(&a.d, &c.d, 8) == 0) : (a.d != a.d && c.d != c.d); break;
        case 'L': case '[':
            if (a.l == c.l) {
                eq = true;
            } else if (!a.l || !c.l) {
                eq = false;
            } else {
                ar[1].l = c.l;
                if (!call_object_method(t, a.l, "equals", "(Ljava/lang/Object;)Z", ar, &r))
                    return NULL;
                eq = r.i != 0;
            }
            break;
        default: eq = a.i == c.i; break;
        }
    }
    args[0].i = eq;
    return args + 1;
}

/* ---- linking --------------------------------------------------------------------- */

bool indy_link(struct vm_thread *t, struct vm_class *c, uint16_t idx)
{
    void **rcache = c->ext->rcache;
    if (rcache[idx])
        return true;
    struct bsm b;
    bsm_info(c, idx, &b);
    struct indy_site *s = NULL;
    if (strcmp(b.cls, "java/lang/invoke/StringConcatFactory") == 0 &&
        strcmp(b.name, "makeConcatWithConstants") == 0)
        s = link_concat(t, &b, true);
    else if (strcmp(b.cls, "java/lang/invoke/StringConcatFactory") == 0 && strcmp(b.name, "makeConcat") == 0)
        s = link_concat(t, &b, false);
    else if (strcmp(b.cls, "java/lang/invoke/LambdaMetafactory") == 0 && strcmp(b.name, "metafactory") == 0)
        s = link_lambda(t, c, &b, false);
    else if (strcmp(b.cls, "java/lang/invoke/LambdaMetafactory") == 0 && strcmp(b.name, "altMetafactory") == 0)
        s = link_lambda(t, c, &b, true);
    else if (strcmp(b.cls, "java/lang/runtime/ObjectMethods") == 0 && strcmp(b.name, "bootstrap") == 0)
        s = link_record(t, c, &b);
    else
        return bsm_error(t, &b, NULL);
    if (!s)
        return false;
    s->method = NULL;
    rcache[idx] = s;
    return true;
}

vm_value *indy_invoke(struct vm_thread *t, struct indy_site *site, vm_value *sp)
{
    switch (site->kind) {
    case SITE_CONCAT: return invoke_concat(t, site->data, sp);
    case SITE_LAMBDA: return invoke_lambda(t, site->data, sp);
    default: return invoke_record(t, site, sp);
    }
}
