/*
 * verify.c: the bytecode verifier (JVMS 4.10).  Owns verification types,
 * their assignability (loading classes as HotSpot does), the reading of
 * StackMapTable, and two drivers over one set of instruction rules:
 *  - type checking (4.10.1): one linear pass, each branch target and
 *    handler checked against its stack map frame (version >= 50);
 *  - type inference (4.10.2): data flow to a fixed point, merging frames,
 *    with jsr/ret (version < 50, and version 50 files that fail type
 *    checking, like HotSpot's fail-over).
 * Messages follow HotSpot's: the split verifier's ("Bad type on operand
 * stack") and, for inference, the old verifier's ("(class: X, method: m
 * signature: ()V) Expecting to find integer on stack").
 */
#include "verify.h"

#include "class.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- verification types ------------------------------------------------ */

enum {
    T_TOP, T_INT, T_FLOAT, T_LONG, T_DOUBLE, T_LONG2, T_DOUBLE2, T_NULL,
    T_UTHIS,        /* uninitializedThis */
    T_UNINIT,       /* uninitialized(pc of the new) */
    T_REF,          /* a class or array type, by interned name */
    T_RET,          /* returnAddress of the subroutine at pc (inference only) */
    /* Checks, only as the expected side of an assignment: */
    C_REF, C_CAT1, C_CAT2
};

struct vt { uint8_t tag; uint16_t pc; const char *name; };

#define FLAG_THIS_UNINIT 1

/* nloc: the locals in use (HotSpot's locals_size: arguments, then what
 * stores and stack map frames add); a long/double load must be below it. */
struct frame { struct vt *loc, *stk; int sp, nloc; uint8_t flags; };

struct smframe { uint32_t pc; struct frame f; };

/* A method descriptor as verification types (cached per descriptor). */
struct sig { int nargs; struct vt *args; int nret; struct vt ret[2]; };

/* Bump allocation in blocks; everything is freed at once. */
struct blk { struct blk *next; size_t used, cap; uint64_t data[]; };
struct arena { struct blk *head; size_t total; };

/* A hostile method (65535 locals, a frame at every instruction) could ask
 * for gigabytes; past this, verification is an OutOfMemoryError. */
#define VERIFY_MEM_MAX ((size_t)256 << 20)

/* Outcomes: VerifyError; ClassFormatError naming the method, or not
 * (HotSpot's stack map reader says some without it); an exception. */
enum { VS_VERIFY = 1, VS_FORMAT, VS_FORMAT_BARE, VS_EXC };

struct ver {
    struct vm_thread *t;
    struct vm_class *cls;
    const struct cf_class *cf;
    const struct cf_member *m;
    const struct cf_code *k;
    const uint8_t *code;
    uint32_t len;
    int ml, ms;
    bool infer;
    struct vt this_type;
    struct sig msig;                 /* the method's own descriptor */
    uint8_t *start;                  /* instruction starts */
    uint32_t ex_min, ex_max;
    bool this_uninit;                /* set by invokespecial <init> on uninitializedThis */
    /* type checking */
    struct smframe *maps;
    uint32_t nmaps;
    /* inference */
    struct frame *in;                /* per pc; loc == NULL: not reached yet */
    uint8_t *dirty;
    bool changed;
    uint32_t *rets, nrets;           /* pcs of ret instructions */
    uint8_t **subw;                  /* subroutine entry pc -> locals it may write */
    /* per class caches */
    const char **cpname;             /* CF_CLASS index -> type name */
    struct sig **sigs;               /* descriptor utf8 index -> sig */
    /* failure */
    jmp_buf fail;
    int status;
    uint32_t err_pc;
    char msg[300];
    /* memory: per method (reset after each) and per class */
    struct arena mem, cmem;
};

static const char *sym_object, *sym_string, *sym_class, *sym_throwable, *sym_cloneable,
                  *sym_serializable, *sym_mh, *sym_mt;

static _Noreturn void fail(struct ver *v, int status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->msg, sizeof v->msg, fmt, ap);
    va_end(ap);
    v->status = status;
    longjmp(v->fail, 1);
}

/* A verification error: the split verifier's text, or the old one's. */
#define VFAIL(v, newmsg, oldmsg) \
    fail((v), VS_VERIFY, "%s", (v)->infer ? (oldmsg) : (newmsg))

/* Zeroed memory from an arena (OutOfMemoryError if the C heap is out). */
static void *arena_get(struct ver *v, struct arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    struct blk *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        a->total += cap;
        b = a->total <= VERIFY_MEM_MAX ? malloc(sizeof *b + cap) : NULL;
        if (!b) {
            vm_throw(v->t, "java/lang/OutOfMemoryError", "verifier");
            v->status = VS_EXC;
            longjmp(v->fail, 1);
        }
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *r = (char *)b->data + b->used;
    b->used += n;
    memset(r, 0, n);
    return r;
}

static void arena_free(struct arena *a)
{
    while (a->head) {
        struct blk *b = a->head;
        a->head = b->next;
        free(b);
    }
    a->total = 0;
}

static void *vmem(struct ver *v, size_t n) { return arena_get(v, &v->mem, n); }

static uint16_t rd2(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static int32_t rd4(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

static struct vt ty(int tag) { struct vt r = { (uint8_t)tag, 0, NULL }; return r; }
static struct vt ref(const char *name) { struct vt r = { T_REF, 0, name }; return r; }

static struct vm_class *load(struct ver *v, const char *name)
{
    struct vm_class *c = class_load(v->t, name);
    if (!c) {
        v->status = VS_EXC;
        longjmp(v->fail, 1);
    }
    return c;
}

/* The type name of a descriptor element ("Ljava/lang/String;" -> its
 * class name, "[I" -> itself). */
static const char *desc_name(const char *d)
{
    if (*d == '[')
        return sym_intern_n(d, (size_t)(cf_field_type_end(d) - d));
    return sym_intern_n(d + 1, (size_t)(cf_field_type_end(d) - d - 2));
}

/* The verification types of one field descriptor: 1 or 2 entries. */
static int desc_types(const char *d, struct vt out[2])
{
    switch (*d) {
    case 'B': case 'C': case 'I': case 'S': case 'Z': out[0] = ty(T_INT); return 1;
    case 'F': out[0] = ty(T_FLOAT); return 1;
    case 'J': out[0] = ty(T_LONG); out[1] = ty(T_LONG2); return 2;
    case 'D': out[0] = ty(T_DOUBLE); out[1] = ty(T_DOUBLE2); return 2;
    default: out[0] = ref(desc_name(d)); return 1;
    }
}

static struct sig *get_sig(struct ver *v, uint16_t desc_idx, const char *desc)
{
    struct sig **slot = desc_idx ? &v->sigs[desc_idx] : NULL;
    if (slot && *slot)
        return *slot;
    struct sig *s = arena_get(v, &v->cmem, sizeof *s);
    s->args = arena_get(v, &v->cmem, sizeof *s->args * (size_t)(cf_arg_slots(desc) + 1));
    const char *d = desc + 1;
    while (*d != ')') {
        s->nargs += desc_types(d, s->args + s->nargs);
        d = cf_field_type_end(d);
    }
    s->nret = d[1] == 'V' ? 0 : desc_types(d + 1, s->ret);
    if (slot)
        *slot = s;
    return s;
}

/* The type of a CF_CLASS entry. */
static struct vt cp_type(struct ver *v, uint16_t idx)
{
    if (!v->cpname[idx])
        v->cpname[idx] = sym_intern(cf_class_name(v->cf, idx));
    return ref(v->cpname[idx]);
}

/* ---- assignability (JVMS 4.10.1.2) -------------------------------------- */

static bool ref_assignable(struct ver *v, const char *from, const char *to);

/* Array components, as descriptors. */
static bool comp_assignable(struct ver *v, const char *from, const char *to)
{
    bool fr = *from == 'L' || *from == '[', tr = *to == 'L' || *to == '[';
    if (fr && tr)
        return ref_assignable(v, desc_name(from), desc_name(to));
    return !fr && !tr && *from == *to;
}

static bool ref_assignable(struct ver *v, const char *from, const char *to)
{
    if (from == to || to == sym_object)
        return true;
    if (to[0] == '[')
        return from[0] == '[' && comp_assignable(v, from + 1, to + 1);
    struct vm_class *tc = load(v, to);
    if (class_is_interface(tc))   /* interfaces are Object here, but for arrays */
        return from[0] != '[' || to == sym_cloneable || to == sym_serializable;
    if (from[0] == '[')
        return false;
    return class_is_assignable(load(v, from), tc);
}

static bool is_cat1(int tag)
{
    return tag == T_INT || tag == T_FLOAT || tag == T_NULL || tag == T_UTHIS ||
           tag == T_UNINIT || tag == T_REF || tag == T_RET;
}

static bool assignable(struct ver *v, struct vt from, struct vt to)
{
    switch (to.tag) {
    case T_TOP: return true;
    case T_REF:
        if (from.tag == T_NULL)
            return true;
        return from.tag == T_REF && ref_assignable(v, from.name, to.name);
    case T_UNINIT: case T_RET:
        return from.tag == to.tag && from.pc == to.pc;
    case C_REF:
        return from.tag == T_NULL || from.tag == T_REF || from.tag == T_UTHIS || from.tag == T_UNINIT;
    case C_CAT1: return is_cat1(from.tag);
    case C_CAT2: return from.tag == T_LONG || from.tag == T_DOUBLE;
    default: return from.tag == to.tag;
    }
}

static bool frame_assignable(struct ver *v, const struct frame *a, const struct frame *b)
{
    if (a->sp != b->sp)
        return false;
    for (int i = 0; i < v->ml; i++)
        if (!assignable(v, a->loc[i], b->loc[i]))
            return false;
    for (int i = 0; i < a->sp; i++)
        if (!assignable(v, a->stk[i], b->stk[i]))
            return false;
    return (a->flags | b->flags) == b->flags;
}

/* ---- the operand stack and locals -------------------------------------- */

static const char *old_name(int tag)
{
    switch (tag) {
    case T_INT: return "integer";
    case T_FLOAT: return "float";
    case T_LONG: case T_LONG2: return "long";
    case T_DOUBLE: case T_DOUBLE2: return "double";
    default: return "object/array";
    }
}

static void push(struct ver *v, struct frame *f, struct vt x)
{
    if (f->sp >= v->ms)
        VFAIL(v, "Operand stack overflow", "Stack size too large");
    f->stk[f->sp++] = x;
}

static void push2(struct ver *v, struct frame *f, const struct vt *x, int n)
{
    for (int i = 0; i < n; i++)
        push(v, f, x[i]);
}

static struct vt pop_any(struct ver *v, struct frame *f)
{
    if (f->sp == 0)
        VFAIL(v, "Operand stack underflow", "Unable to pop operand off an empty stack");
    return f->stk[--f->sp];
}

static struct vt pop(struct ver *v, struct frame *f, struct vt want)
{
    struct vt x = pop_any(v, f);
    if (!assignable(v, x, want)) {
        if (!v->infer)
            fail(v, VS_VERIFY, "Bad type on operand stack");
        if (want.tag == T_REF && want.name != sym_object && x.tag == T_REF)
            fail(v, VS_VERIFY, "Incompatible object argument for function call");
        fail(v, VS_VERIFY, "Expecting to find %s on stack", old_name(want.tag));
    }
    return x;
}

/* A long or double off the stack.  HotSpot's split verifier tries both
 * halves even after the first fails, and the last complaint is the one it
 * reports ("Operand stack underflow" for an int alone on the stack). */
static void pop_wide(struct ver *v, struct frame *f, int t1, int t2)
{
    if (v->infer) {
        pop(v, f, ty(t2));
        pop(v, f, ty(t1));
        return;
    }
    const char *why = NULL;
    int want[2] = { t2, t1 };
    for (int i = 0; i < 2; i++) {
        if (f->sp <= 0)
            why = "Operand stack underflow";
        else if (f->stk[--f->sp].tag != want[i])
            why = "Bad type on operand stack";
    }
    if (why)
        fail(v, VS_VERIFY, "%s", why);
}

static void pop_long(struct ver *v, struct frame *f) { pop_wide(v, f, T_LONG, T_LONG2); }
static void pop_double(struct ver *v, struct frame *f) { pop_wide(v, f, T_DOUBLE, T_DOUBLE2); }

/* Pop what a descriptor's types say, last first. */
static void pop_types(struct ver *v, struct frame *f, const struct vt *x, int n)
{
    for (int i = n - 1; i >= 0; i--)
        pop(v, f, x[i]);
}

static struct vt get_local(struct ver *v, struct frame *f, uint32_t i, struct vt want)
{
    if (i >= (uint32_t)v->ml)
        VFAIL(v, "Local variable table overflow", "Illegal local variable number");
    struct vt x = f->loc[i];
    if (!assignable(v, x, want)) {
        if (!v->infer)
            fail(v, VS_VERIFY, "Bad local variable type");
        if (x.tag == T_TOP)
            fail(v, VS_VERIFY, "Accessing value from uninitialized register %u", i);
        fail(v, VS_VERIFY, "Register %u contains wrong type", i);
    }
    if ((int)i >= f->nloc)
        f->nloc = (int)i + 1;
    return x;
}

static void get_local2(struct ver *v, struct frame *f, uint32_t i, int t1, int t2)
{
    if ((!v->infer && (int64_t)i >= (int64_t)f->nloc - 1) || i + 1 >= (uint32_t)v->ml)
        VFAIL(v, "get long/double overflows locals", "Illegal local variable number");
    if (f->loc[i].tag != t1 || f->loc[i + 1].tag != t2) {
        if (!v->infer)
            fail(v, VS_VERIFY, "Bad local variable type");
        if (f->loc[i].tag == T_TOP || f->loc[i + 1].tag == T_TOP)
            fail(v, VS_VERIFY, "Accessing value from uninitialized register pair %u/%u", i, i + 1);
        fail(v, VS_VERIFY, "Register pair %u/%u contains wrong type", i, i + 1);
    }
}

/* Storing over half of a long or double kills the other half. */
static void kill_halves(struct frame *f, uint32_t i, int ml)
{
    int t = f->loc[i].tag;
    if ((t == T_LONG || t == T_DOUBLE) && (int)i + 1 < ml)
        f->loc[i + 1] = ty(T_TOP);
    if ((t == T_LONG2 || t == T_DOUBLE2) && i > 0)
        f->loc[i - 1] = ty(T_TOP);
}

static void set_local(struct ver *v, struct frame *f, uint32_t i, struct vt x)
{
    if (i >= (uint32_t)v->ml)
        VFAIL(v, "Local variable table overflow", "Illegal local variable number");
    kill_halves(f, i, v->ml);
    f->loc[i] = x;
    if ((int)i >= f->nloc)
        f->nloc = (int)i + 1;
}

static void set_local2(struct ver *v, struct frame *f, uint32_t i, int t1, int t2)
{
    if (i + 1 >= (uint32_t)v->ml)
        VFAIL(v, "Local variable table overflow", "Illegal local variable number");
    kill_halves(f, i + 1, v->ml);
    kill_halves(f, i, v->ml);
    f->loc[i] = ty(t1);
    f->loc[i + 1] = ty(t2);
    if ((int)i + 1 >= f->nloc)
        f->nloc = (int)i + 2;
}

static void frame_copy(struct ver *v, struct frame *to, const struct frame *from)
{
    memcpy(to->loc, from->loc, sizeof *to->loc * (size_t)v->ml);
    memcpy(to->stk, from->stk, sizeof *to->stk * (size_t)from->sp);
    to->sp = from->sp;
    to->nloc = from->nloc;
    to->flags = from->flags;
}

static void frame_alloc(struct ver *v, struct frame *f)
{
    f->loc = vmem(v, sizeof *f->loc * ((size_t)v->ml + 1));
    f->stk = vmem(v, sizeof *f->stk * ((size_t)v->ms + 1));
    f->sp = 0;
    f->flags = 0;
}

/* invokespecial <init>: every copy of the uninitialized type becomes
 * the class type. */
static void init_object(struct ver *v, struct frame *f, struct vt old, struct vt now)
{
    for (int i = 0; i < v->ml; i++)
        if (f->loc[i].tag == old.tag && f->loc[i].pc == old.pc)
            f->loc[i] = now;
    for (int i = 0; i < f->sp; i++)
        if (f->stk[i].tag == old.tag && f->stk[i].pc == old.pc)
            f->stk[i] = now;
    if (old.tag == T_UTHIS)
        f->flags &= (uint8_t)~FLAG_THIS_UNINIT;
}

/* ---- merging (inference) ----------------------------------------------- */

static const char *lub(struct ver *v, const char *a, const char *b)
{
    if (a == b)
        return a;
    if (a[0] == '[' || b[0] == '[') {
        if (a[0] == '[' && b[0] == '[' && (a[1] == 'L' || a[1] == '[') && (b[1] == 'L' || b[1] == '[')) {
            const char *c = lub(v, desc_name(a + 1), desc_name(b + 1));
            char buf[1100];
            if (strlen(c) + 4 >= sizeof buf)
                return sym_object;
            snprintf(buf, sizeof buf, c[0] == '[' ? "[%s" : "[L%s;", c);
            return sym_intern(buf);
        }
        return sym_object;
    }
    struct vm_class *ca = load(v, a), *cb = load(v, b);
    if (class_is_interface(ca) || class_is_interface(cb))
        return sym_object;
    for (struct vm_class *k = ca; k; k = k->super)
        if (class_is_assignable(cb, k))
            return k->name;
    return sym_object;
}

static struct vt merge1(struct ver *v, struct vt a, struct vt b)
{
    if (a.tag == b.tag && a.pc == b.pc && a.name == b.name)
        return a;
    if (a.tag == T_NULL && b.tag == T_REF)
        return b;
    if (b.tag == T_NULL && a.tag == T_REF)
        return a;
    if (a.tag == T_REF && b.tag == T_REF)
        return ref(lub(v, a.name, b.name));
    return ty(T_TOP);
}

/* Merge f into the state at pc; mark it for another visit if it grew. */
static void merge_into(struct ver *v, const struct frame *f, uint32_t pc)
{
    struct frame *s = &v->in[pc];
    if (!s->loc) {
        frame_alloc(v, s);
        frame_copy(v, s, f);
        v->dirty[pc] = 1;
        v->changed = true;
        return;
    }
    if (s->sp != f->sp)
        fail(v, VS_VERIFY, "Inconsistent stack height %d != %d", f->sp, s->sp);
    bool grew = false;
    for (int i = 0; i < f->sp; i++) {
        struct vt m = merge1(v, s->stk[i], f->stk[i]);
        if (m.tag == T_TOP)
            fail(v, VS_VERIFY, "Mismatched stack types");
        if (m.tag != s->stk[i].tag || m.name != s->stk[i].name) {
            s->stk[i] = m;
            grew = true;
        }
    }
    for (int i = 0; i < v->ml; i++) {
        struct vt m = merge1(v, s->loc[i], f->loc[i]);
        if (m.tag != s->loc[i].tag || m.pc != s->loc[i].pc || m.name != s->loc[i].name) {
            s->loc[i] = m;
            grew = true;
        }
    }
    if ((s->flags | f->flags) != s->flags) {
        s->flags |= f->flags;
        grew = true;
    }
    if (grew) {
        v->dirty[pc] = 1;
        v->changed = true;
    }
}

/* ---- control flow --------------------------------------------------------- */

static struct smframe *map_at(struct ver *v, uint32_t pc)
{
    uint32_t lo = 0, hi = v->nmaps;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (v->maps[mid].pc < pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < v->nmaps && v->maps[lo].pc == pc ? &v->maps[lo] : NULL;
}

/* A branch from f to target. */
static void flow(struct ver *v, const struct frame *f, int64_t target)
{
    /* Type checking finds no frame at a bad target (as HotSpot says it). */
    if (v->infer) {
        merge_into(v, f, (uint32_t)target);
        return;
    }
    struct smframe *s = target >= 0 && target < v->len ? map_at(v, (uint32_t)target) : NULL;
    if (!s)
        fail(v, VS_VERIFY, "Expecting a stackmap frame at branch target %d", (int)target);
    if (!frame_assignable(v, f, &s->f))
        fail(v, VS_VERIFY, "Inconsistent stackmap frames at branch target %u", (uint32_t)target);
}

/* Every handler whose range holds pc receives f's locals and its
 * exception. */
static void handlers_flow(struct ver *v, const struct frame *f, uint32_t pc, bool this_uninit)
{
    struct frame h;
    struct vt stk[1];
    h.loc = f->loc;
    h.stk = stk;
    h.sp = 1;
    h.nloc = f->nloc;
    h.flags = (uint8_t)(f->flags | (this_uninit ? FLAG_THIS_UNINIT : 0));
    for (uint16_t i = 0; i < v->k->nhandlers; i++) {
        const struct cf_handler *e = &v->k->handlers[i];
        if (pc < e->start || pc >= e->end)
            continue;
        stk[0] = e->catch_type ? cp_type(v, e->catch_type) : ref(sym_throwable);
        if (v->infer) {
            merge_into(v, &h, e->handler);
            continue;
        }
        struct smframe *s = map_at(v, e->handler);
        if (!s)
            fail(v, VS_VERIFY, "Expecting a stackmap frame at branch target %u", e->handler);
        if (!frame_assignable(v, &h, &s->f))
            fail(v, VS_VERIFY, "Stack map does not match the one at exception handler %u", e->handler);
    }
}

/* ---- protected access (JVMS 4.10.1.8) ------------------------------------ */

static bool same_package(const char *a, const char *b)
{
    const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
    size_t la = sa ? (size_t)(sa - a) : 0, lb = sb ? (size_t)(sb - b) : 0;
    return la == lb && memcmp(a, b, la) == 0;
}

static bool name_in_supers(struct ver *v, const char *name)
{
    for (struct vm_class *k = v->cls->super; k; k = k->super)
        if (k->name == name)
            return true;
    return false;
}

/* Is the member named by the ref at cp index idx protected, declared in
 * a superclass of the current class in another package? */
static bool protected_access(struct ver *v, uint16_t idx, bool method)
{
    const struct cf_const *e = &v->cf->cp[idx];
    const char *cname = cp_type(v, e->a).name;
    if (!name_in_supers(v, cname))
        return false;
    struct vm_class *rc = load(v, cname);
    const struct cf_const *nt = &v->cf->cp[e->b];
    const char *name = cf_utf8(v->cf, nt->a), *desc = cf_utf8(v->cf, nt->b);
    if (method) {
        struct vm_method *m = class_find_method(rc, name, desc);
        return m && (m->access & ACC_PROTECTED) && !same_package(m->cls->name, v->cls->name);
    }
    struct vm_field *fd = class_find_field(rc, name, desc);
    return fd && (fd->access & ACC_PROTECTED) && !same_package(fd->cls->name, v->cls->name);
}

/* ---- instructions ----------------------------------------------------------- */

/* Opcode names for the Location line of a VerifyError's details. */
static const char *const op_names[202] = {
    "nop", "aconst_null", "iconst_m1", "iconst_0", "iconst_1", "iconst_2", "iconst_3", "iconst_4",
    "iconst_5", "lconst_0", "lconst_1", "fconst_0", "fconst_1", "fconst_2", "dconst_0", "dconst_1",
    "bipush", "sipush", "ldc", "ldc_w", "ldc2_w", "iload", "lload", "fload",
    "dload", "aload", "iload_0", "iload_1", "iload_2", "iload_3", "lload_0", "lload_1",
    "lload_2", "lload_3", "fload_0", "fload_1", "fload_2", "fload_3", "dload_0", "dload_1",
    "dload_2", "dload_3", "aload_0", "aload_1", "aload_2", "aload_3", "iaload", "laload",
    "faload", "daload", "aaload", "baload", "caload", "saload", "istore", "lstore",
    "fstore", "dstore", "astore", "istore_0", "istore_1", "istore_2", "istore_3", "lstore_0",
    "lstore_1", "lstore_2", "lstore_3", "fstore_0", "fstore_1", "fstore_2", "fstore_3", "dstore_0",
    "dstore_1", "dstore_2", "dstore_3", "astore_0", "astore_1", "astore_2", "astore_3", "iastore",
    "lastore", "fastore", "dastore", "aastore", "bastore", "castore", "sastore", "pop",
    "pop2", "dup", "dup_x1", "dup_x2", "dup2", "dup2_x1", "dup2_x2", "swap",
    "iadd", "ladd", "fadd", "dadd", "isub", "lsub", "fsub", "dsub",
    "imul", "lmul", "fmul", "dmul", "idiv", "ldiv", "fdiv", "ddiv",
    "irem", "lrem", "frem", "drem", "ineg", "lneg", "fneg", "dneg",
    "ishl", "lshl", "ishr", "lshr", "iushr", "lushr", "iand", "land",
    "ior", "lor", "ixor", "lxor", "iinc", "i2l", "i2f", "i2d",
    "l2i", "l2f", "l2d", "f2i", "f2l", "f2d", "d2i", "d2l",
    "d2f", "i2b", "i2c", "i2s", "lcmp", "fcmpl", "fcmpg", "dcmpl",
    "dcmpg", "ifeq", "ifne", "iflt", "ifge", "ifgt", "ifle", "if_icmpeq",
    "if_icmpne", "if_icmplt", "if_icmpge", "if_icmpgt", "if_icmple", "if_acmpeq", "if_acmpne", "goto",
    "jsr", "ret", "tableswitch", "lookupswitch", "ireturn", "lreturn", "freturn", "dreturn",
    "areturn", "return", "getstatic", "putstatic", "getfield", "putfield", "invokevirtual", "invokespecial",
    "invokestatic", "invokeinterface", "invokedynamic", "new", "newarray", "anewarray", "arraylength", "athrow",
    "checkcast", "instanceof", "monitorenter", "monitorexit", "wide", "multianewarray", "ifnull", "ifnonnull",
    "goto_w", "jsr_w",
};

static const char *newarray_names[12] = {
    NULL, NULL, NULL, NULL, "[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"
};

static bool is_array_of(struct vt a, char c)
{
    return a.tag == T_NULL || (a.tag == T_REF && a.name[0] == '[' && a.name[1] == c);
}

/* The array of an xaload or xastore: its type must be one of c1/c2. */
static struct vt array_ref(struct ver *v, struct frame *f, char c1, char c2, const char *op)
{
    struct vt a = pop(v, f, ty(C_REF));
    if (!is_array_of(a, c1) && !is_array_of(a, c2)) {
        if (v->infer)
            fail(v, VS_VERIFY, "Expecting to find array of %s on stack",
                 c1 == 'I' ? "ints" : c1 == 'J' ? "longs" : c1 == 'F' ? "floats" : c1 == 'D' ? "doubles"
                 : c1 == 'C' ? "chars" : c1 == 'S' ? "shorts" : c1 == 'B' ? "bytes" : "objects");
        fail(v, VS_VERIFY, "Bad type on operand stack in %s", op);
    }
    return a;
}

static struct vt array_load(struct ver *v, struct frame *f, char c1, char c2, const char *op)
{
    pop(v, f, ty(T_INT));
    return array_ref(v, f, c1, c2, op);
}

static void field_insn(struct ver *v, struct frame *f, uint8_t op, uint16_t idx)
{
    const struct cf_const *e = &v->cf->cp[idx];
    const struct cf_const *nt = &v->cf->cp[e->b];
    const char *fname = cf_utf8(v->cf, nt->a), *fdesc = cf_utf8(v->cf, nt->b);
    struct vt cls = cp_type(v, e->a), ft[2];
    int n = desc_types(fdesc, ft);
    if (cls.name[0] == '[' && (op == 0xb4 || op == 0xb5)) {
        char jn[512];
        fail(v, VS_VERIFY, "Expecting reference to class in class %s at constant pool index %u",
             vm_class_java_name(v->cls, jn, sizeof jn), idx);
    }
    struct vt obj;
    switch (op) {
    case 0xb2:                            /* getstatic */
        push2(v, f, ft, n);
        return;
    case 0xb3:                            /* putstatic */
        pop_types(v, f, ft, n);
        return;
    case 0xb4:                            /* getfield */
        obj = pop(v, f, cls);
        push2(v, f, ft, n);
        break;
    default:                              /* putfield */
        pop_types(v, f, ft, n);
        obj = pop_any(v, f);
        /* Before super(), a constructor may set its own class's fields. */
        if (obj.tag == T_UTHIS && cls.name == v->cls->name) {
            for (uint16_t i = 0; i < v->cf->nfields; i++)
                if (strcmp(v->cf->fields[i].name, fname) == 0 && strcmp(v->cf->fields[i].desc, fdesc) == 0)
                    obj = v->this_type;
        }
        if (!assignable(v, obj, cls))
            VFAIL(v, "Bad type on operand stack in putfield", "Expecting to find object/array on stack");
        break;
    }
    if (obj.tag == T_REF && obj.name == v->this_type.name)
        return;
    if (protected_access(v, idx, false) && !assignable(v, obj, v->this_type))
        VFAIL(v, "Bad access to protected data in getfield", "Bad access to protected data");
}

static void invoke_init(struct ver *v, struct frame *f, uint32_t pc, uint16_t idx, struct vt cls)
{
    struct vt obj = pop(v, f, ty(C_REF));
    if (obj.tag == T_UTHIS) {
        const char *super = v->cls->super ? v->cls->super->name : NULL;
        if (cls.name != v->cls->name && cls.name != super)
            VFAIL(v, "Bad <init> method call", "Call to wrong initialization method");
        if (!v->infer && pc >= v->ex_min && pc < v->ex_max)
            handlers_flow(v, f, pc, true);
        init_object(v, f, obj, v->this_type);
        v->this_uninit = true;
    } else if (obj.tag == T_UNINIT) {
        struct vt nc = cp_type(v, rd2(v->code + obj.pc + 1));
        if (nc.name != cls.name)
            VFAIL(v, "Call to wrong <init> method", "Call to wrong initialization method");
        if (name_in_supers(v, cls.name)) {
            const struct cf_const *nt = &v->cf->cp[v->cf->cp[idx].b];
            struct vm_method *m = class_find_method(load(v, cls.name), "<init>", cf_utf8(v->cf, nt->b));
            if (m && (m->access & ACC_PROTECTED) && !same_package(m->cls->name, v->cls->name) &&
                !assignable(v, nc, v->this_type))
                VFAIL(v, "Bad access to protected <init> method", "Bad access to protected data");
        }
        if (!v->infer && pc >= v->ex_min && pc < v->ex_max)
            handlers_flow(v, f, pc, v->this_uninit);
        init_object(v, f, obj, nc);
    } else {
        VFAIL(v, "Bad operand type when invoking <init>", "Expecting to find unitialized object on stack");
    }
}

static void invoke(struct ver *v, struct frame *f, uint32_t pc, uint8_t op)
{
    uint16_t idx = rd2(v->code + pc + 1);
    const struct cf_const *e = &v->cf->cp[idx];
    const struct cf_const *nt = &v->cf->cp[e->b];
    const char *name = cf_utf8(v->cf, nt->a);
    struct sig *s = get_sig(v, nt->b, cf_utf8(v->cf, nt->b));
    if (op == 0xb9) {                      /* invokeinterface */
        if (v->code[pc + 3] != s->nargs + 1)      /* nargs counts slots */
            VFAIL(v, "Inconsistent args count operand in invokeinterface", "Inconsistent args_size for invokeinterface");
        if (v->code[pc + 4] != 0)
            VFAIL(v, "Fourth operand byte of invokeinterface must be zero", "Fourth operand byte of invokeinterface must be zero");
    }
    if (op == 0xba) {                      /* invokedynamic */
        if (v->cf->major < 51)
            fail(v, VS_FORMAT, "invokedynamic instructions not supported by this class file version (%u), class %s",
                 v->cf->major, v->cf->name);
        if (v->code[pc + 3] != 0 || v->code[pc + 4] != 0)
            VFAIL(v, "Third and fourth operand bytes of invokedynamic must be zero", "Illegal instruction");
        pop_types(v, f, s->args, s->nargs);
        push2(v, f, s->ret, s->nret);
        return;
    }
    struct vt cls = cp_type(v, e->a);
    if (name[0] == '<') {
        if (op != 0xb7 || strcmp(name, "<init>") != 0)
            VFAIL(v, "Illegal call to internal method", "Illegal call to internal method");
    } else if (op == 0xb7 && cls.name != v->cls->name &&
               !(v->cls->super && cls.name == v->cls->super->name)) {
        bool direct = false;
        for (uint16_t i = 0; i < v->cls->ninterfaces; i++)
            direct |= v->cls->interfaces[i]->name == cls.name;
        if (!direct) {
            if (!assignable(v, v->this_type, cls))
                VFAIL(v, "Bad invokespecial instruction: current class isn't assignable to reference class.",
                      "Illegal use of nonvirtual function call");
            if (e->tag == CF_IMETHODREF)
                VFAIL(v, "Bad invokespecial instruction: interface method reference is in an indirect superinterface.",
                      "Illegal use of nonvirtual function call");
        }
    }
    for (int i = s->nargs - 1; i >= 0; i--) {
        struct vt x = pop_any(v, f);
        if (!assignable(v, x, s->args[i])) {
            if (!v->infer)
                fail(v, VS_VERIFY, "Bad type on operand stack");
            if (s->args[i].tag != T_REF)
                fail(v, VS_VERIFY, "Expecting to find %s on stack", old_name(s->args[i].tag));
            fail(v, VS_VERIFY, "Incompatible argument to function");
        }
    }
    if (op == 0xb8) {
        push2(v, f, s->ret, s->nret);
        return;
    }
    if (name[0] == '<') {
        invoke_init(v, f, pc, idx, cls);
        return;
    }
    struct vt want = op == 0xb7 ? v->this_type : cls;
    struct vt obj = pop_any(v, f);
    if (!assignable(v, obj, want)) {
        if (!v->infer)
            fail(v, VS_VERIFY, "Bad type on operand stack");
        fail(v, VS_VERIFY, obj.tag == T_REF || obj.tag == T_NULL ? "Incompatible object argument for function call"
                                                                 : "Expecting to find object/array on stack");
    }
    if (op == 0xb6 && !(obj.tag == T_REF && obj.name == v->this_type.name) &&
        protected_access(v, idx, true) && !assignable(v, obj, v->this_type) &&
        !(cls.name == sym_object && obj.tag == T_REF && obj.name[0] == '[' && strcmp(name, "clone") == 0))
        VFAIL(v, "Bad access to protected data in invokevirtual", "Bad access to protected data");
    push2(v, f, s->ret, s->nret);
}

static void ldc(struct ver *v, struct frame *f, uint16_t idx, bool wide2)
{
    const struct cf_const *e = &v->cf->cp[idx];
    struct vt x[2];
    int n = 1;
    switch (e->tag) {
    case CF_INTEGER: x[0] = ty(T_INT); break;
    case CF_FLOAT: x[0] = ty(T_FLOAT); break;
    case CF_LONG: x[0] = ty(T_LONG); x[1] = ty(T_LONG2); n = 2; break;
    case CF_DOUBLE: x[0] = ty(T_DOUBLE); x[1] = ty(T_DOUBLE2); n = 2; break;
    case CF_STRING: x[0] = ref(sym_string); break;
    case CF_CLASS: x[0] = ref(sym_class); break;
    case CF_METHODHANDLE: x[0] = ref(sym_mh); break;
    case CF_METHODTYPE: x[0] = ref(sym_mt); break;
    default:                               /* CF_DYNAMIC */
        n = desc_types(cf_utf8(v->cf, v->cf->cp[e->b].b), x);
        break;
    }
    if ((n == 2) != wide2) {
        char jn[512];
        if (v->infer)
            fail(v, VS_VERIFY, "Illegal type in constant pool");
        fail(v, VS_VERIFY, "Illegal type at constant pool entry %u in class %s",
             idx, vm_class_java_name(v->cls, jn, sizeof jn));
    }
    push2(v, f, x, n);
}

/* x, popped by a typed return, against the method's return type. */
static void ret_value(struct ver *v, struct vt x)
{
    if (v->msig.nret == 0)
        VFAIL(v, "Method does not expect a return value", "Wrong return type in function");
    if (!assignable(v, x, v->msig.ret[0]))
        VFAIL(v, "Bad return type", "Wrong return type in function");
}

static void sub_writes(struct ver *v, uint32_t entry, uint8_t *w, uint8_t *seen);

/* ---- instruction structure ---------------------------------------------- */

/* Instruction lengths, 0 for the variable ones.  0xca..0xee are HotSpot's
 * breakpoint and internal opcodes: its verifier steps over them with
 * these lengths and then reports "Bad instruction: cb" (0xe4 and 0xe5 are
 * internal switches, as long as a lookupswitch). */
static const uint8_t op_len[256] = {
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 2,3,2,3,3,2,2,2,2,2,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,2,2,2,2,2,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
    1,1,1,1,3,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,3,3,3,3,3,3,3,
    3,3,3,3,3,3,3,3,3,2,0,0,1,1,1,1, 1,1,3,3,3,3,3,3,3,5,5,3,2,3,1,1,
    3,3,1,1,0,4,3,3,5,5,1,3,3,3,3,3, 3,3,3,3,3,3,3,3,3,3,3,3,1,4,4,4,
    2,4,3,3,0,0,2,3,1,3,3,3,1,2,1,
};

static bool is_switch(uint8_t op) { return op == 0xaa || op == 0xab || op == 0xe4 || op == 0xe5; }

/* The split verifier's length of the instruction at pc (HotSpot's raw
 * bytecode stream), or <= 0 if it is not one. */
static int64_t new_len(const uint8_t *code, uint32_t pc, uint32_t len)
{
    uint8_t op = code[pc];
    if (op == 0xc4) {
        if (pc + 1 >= len)
            return -1;
        uint8_t w = code[pc + 1];
        return (w >= 0x15 && w <= 0x19) || (w >= 0x36 && w <= 0x3a) || w == 0xa9 ? 4 : w == 0x84 ? 6 : 0;
    }
    if (is_switch(op)) {
        uint32_t a = (pc + 4) & ~3u;
        if ((uint64_t)a + (op == 0xaa ? 12 : 8) >= len)
            return -1;
        /* HotSpot finds no instruction in a switch with low > high or
         * fewer than 0 pairs (java says "Bad instruction"). */
        int64_t k = op == 0xaa ? (int64_t)rd4(code + a + 8) - rd4(code + a + 4) + 1 : rd4(code + a + 4);
        if (k < 0 || (op == 0xaa && k == 0))
            return -1;
        int64_t l = (a - pc) + (op == 0xaa ? 3 + k : 2 + 2 * k) * 4;
        return l > 0 && l <= INT32_MAX ? l : -1;
    }
    return op_len[op];
}

/* The old verifier's length (check_code.c), or <= 0. */
static int64_t old_len(const uint8_t *code, uint32_t pc, uint32_t len)
{
    uint8_t op = code[pc];
    if (op == 0xc4) {
        if (pc + 1 >= len)
            return -1;
        uint8_t w = code[pc + 1];
        return (w >= 0x15 && w <= 0x19) || (w >= 0x36 && w <= 0x3a) || w == 0xa9 ? 4 : w == 0x84 ? 6 : -1;
    }
    if (op == 0xaa || op == 0xab) {
        uint32_t a = (pc + 4) & ~3u;
        if ((uint64_t)a + (op == 0xaa ? 8 : 4) >= len)
            return -1;
        int64_t n = op == 0xaa ? (int64_t)rd4(code + a + 8) - rd4(code + a + 4) : rd4(code + a + 4);
        if (n < 0 || n > 65535)
            return -1;
        return (a - pc) + (op == 0xaa ? n + 4 : 2 * n + 2) * 4;
    }
    return op > 0xc9 ? -1 : op_len[op];
}

/* The length of an instruction that structure() accepted. */
static uint32_t insn_len(const uint8_t *code, uint32_t pc)
{
    return (uint32_t)new_len(code, pc, UINT32_MAX);
}

/* Instruction starts, as HotSpot finds them before anything else: the
 * split verifier's "Bad instruction" (an undefined opcode, an instruction
 * past the end), the old one's offsets. */
static void structure(struct ver *v)
{
    v->start = vmem(v, v->len);
    for (uint32_t pc = 0; pc < v->len;) {
        v->err_pc = pc;
        int64_t n = v->infer ? old_len(v->code, pc, v->len) : new_len(v->code, pc, v->len);
        if (v->infer && n <= 0)
            fail(v, VS_VERIFY, "Illegal instruction found at offset %u", pc);
        if (v->infer && pc + n > v->len)
            fail(v, VS_VERIFY, "Code stops in the middle of instruction  starting at offset %u", pc);
        if (n <= 0 || pc + n > v->len)
            fail(v, VS_VERIFY, "Bad instruction");
        v->start[pc] = 1;
        pc += (uint32_t)n;
    }
}

/* A constant-pool operand of one of the kinds in `tags` (a mask of 1 << tag). */
static void cp_operand(struct ver *v, uint32_t idx, uint32_t tags)
{
    char jn[512];
    if (idx == 0 || idx >= v->cf->ncp) {
        if (v->infer)
            fail(v, VS_VERIFY, "Illegal constant pool index");
        fail(v, VS_VERIFY, "Illegal constant pool index %u in class %s", idx, vm_class_java_name(v->cls, jn, sizeof jn));
    }
    if (!(tags >> v->cf->cp[idx].tag & 1)) {
        if (v->infer)
            fail(v, VS_VERIFY, "Illegal type in constant pool");
        fail(v, VS_VERIFY, "Illegal type at constant pool entry %u in class %s", idx, vm_class_java_name(v->cls, jn, sizeof jn));
    }
}

#define B(t) (1u << (t))

/* The constant-pool kinds an instruction's operand may name (0: none). */
static uint32_t cp_kinds(struct ver *v, uint8_t op)
{
    uint16_t major = v->cf->major;
    switch (op) {
    case 0x12: case 0x13:
        return B(CF_INTEGER) | B(CF_FLOAT) | B(CF_STRING) | (major >= 49 ? B(CF_CLASS) : 0) |
               (major >= 51 ? B(CF_METHODHANDLE) | B(CF_METHODTYPE) : 0) |
               (major >= 55 && !v->infer ? B(CF_DYNAMIC) : 0);
    case 0x14: return B(CF_LONG) | B(CF_DOUBLE) | (major >= 55 && !v->infer ? B(CF_DYNAMIC) : 0);
    case 0xb2: case 0xb3: case 0xb4: case 0xb5: return B(CF_FIELDREF);
    case 0xb6: return B(CF_METHODREF);
    case 0xb7: case 0xb8: return B(CF_METHODREF) | (major >= 52 ? B(CF_IMETHODREF) : 0);
    case 0xb9: return B(CF_IMETHODREF);
    case 0xba: return B(CF_INVOKEDYNAMIC);
    case 0xbb: case 0xbd: case 0xc0: case 0xc1: case 0xc5: return B(CF_CLASS);
    default: return 0;
    }
}

/* The split verifier's operand checks, done as it reaches the instruction. */
static void new_operands(struct ver *v, uint32_t pc)
{
    const uint8_t *c = v->code + pc;
    uint32_t kinds = cp_kinds(v, c[0]);
    if (kinds)
        cp_operand(v, c[0] == 0x12 ? c[1] : rd2(c + 1), kinds);
    if (c[0] == 0xbc && (c[1] < 4 || c[1] > 11))
        fail(v, VS_VERIFY, "Illegal newarray instruction");
    if (c[0] == 0xc5) {
        const char *n = cf_class_name(v->cf, rd2(c + 1));
        int dims = 0;
        while (n[dims] == '[')
            dims++;
        if (dims && (c[3] < 1 || dims < c[3]))
            fail(v, VS_VERIFY, "Illegal dimension in multianewarray instruction: %u", c[3]);
    }
}

/* A local operand of the old verifier: below max_locals. */
static void old_local(struct ver *v, uint32_t i, int w)
{
    if (i + (uint32_t)w > (uint32_t)v->ml)
        fail(v, VS_VERIFY, "Illegal local variable number");
}

static bool old_target(struct ver *v, int64_t t)
{
    return t >= 0 && t < v->len && v->start[t];
}

/* The old verifier checks every instruction's operands, in code order,
 * before it follows any data (check_code.c's verify_opcode_operands). */
static void old_operands(struct ver *v)
{
    for (uint32_t pc = 0; pc < v->len; pc += insn_len(v->code, pc)) {
        const uint8_t *c = v->code + pc;
        uint8_t op = c[0];
        v->err_pc = pc;
        uint32_t kinds = cp_kinds(v, op);
        if (kinds)
            cp_operand(v, op == 0x12 ? c[1] : rd2(c + 1), kinds);
        if (op == 0xc4) {
            uint8_t w = c[1];
            old_local(v, rd2(c + 2), w == 0x16 || w == 0x18 || w == 0x37 || w == 0x39 ? 2 : 1);
        } else if ((op >= 0x15 && op <= 0x19) || (op >= 0x36 && op <= 0x3a) || op == 0x84 || op == 0xa9) {
            old_local(v, c[1], op == 0x16 || op == 0x18 || op == 0x37 || op == 0x39 ? 2 : 1);
        } else if (op >= 0x1a && op <= 0x4e && !(op >= 0x2e && op <= 0x35)) {
            int base = op < 0x36 ? op - 0x1a : op - 0x3b;
            old_local(v, (uint32_t)(base % 4), base / 4 == 1 || base / 4 == 3 ? 2 : 1);
        } else if ((op >= 0x99 && op <= 0xa8) || op == 0xc6 || op == 0xc7) {
            if (!old_target(v, (int64_t)pc + (int16_t)rd2(c + 1)))
                fail(v, VS_VERIFY, "Illegal target of jump or branch");
        } else if (op == 0xc8 || op == 0xc9) {
            if (!old_target(v, (int64_t)pc + rd4(c + 1)))
                fail(v, VS_VERIFY, "Illegal target of jump or branch");
        } else if (op == 0xaa || op == 0xab) {
            uint32_t a = (pc + 4) & ~3u;
            if (v->cf->major < 51)
                for (uint32_t p = pc + 1; p < a; p++)
                    if (v->code[p] != 0)
                        fail(v, VS_VERIFY, "Non zero padding bytes in switch");
            int32_t n = op == 0xaa ? rd4(v->code + a + 8) - rd4(v->code + a + 4) + 1 : rd4(v->code + a + 4);
            for (int32_t i = 0; op == 0xab && i + 1 < n; i++)
                if (rd4(v->code + a + 8 + 8 * (uint32_t)i) >= rd4(v->code + a + 16 + 8 * (uint32_t)i))
                    fail(v, VS_VERIFY, "Unsorted lookup switch");
            if (!old_target(v, (int64_t)pc + rd4(v->code + a)))
                fail(v, VS_VERIFY, "Illegal default target in switch");
            for (int32_t i = 0; i < n; i++)
                if (!old_target(v, (int64_t)pc + rd4(v->code + a + (op == 0xaa ? 12 + 4 * (uint32_t)i
                                                                                   : 12 + 8 * (uint32_t)i))))
                    fail(v, VS_VERIFY, "Illegal branch in tableswitch");
        } else if (op == 0xbc) {
            if (c[1] < 4 || c[1] > 11)
                fail(v, VS_VERIFY, "Bad type passed to newarray");
        } else if (op == 0xc5) {
            const char *n = cf_class_name(v->cf, rd2(c + 1));
            int dims = 0;
            while (n[dims] == '[')
                dims++;
            if (c[3] == 0 || dims < c[3])
                fail(v, VS_VERIFY, "Illegal dimension argument");
        } else if (op == 0xb9) {
            const struct cf_const *nt = &v->cf->cp[v->cf->cp[rd2(c + 1)].b];
            if (c[3] != get_sig(v, nt->b, cf_utf8(v->cf, nt->b))->nargs + 1)
                fail(v, VS_VERIFY, "Inconsistent args_size for invokeinterface");
            if (c[4] != 0)
                fail(v, VS_VERIFY, "Fourth operand byte of invokeinterface must be zero");
        }
    }
}

/* Handler ranges on instruction starts: HotSpot's verifiers check these
 * (the parser only their bounds), as ClassFormatErrors. */
static void handler_ranges(struct ver *v)
{
    for (uint16_t i = 0; i < v->k->nhandlers; i++) {
        const struct cf_handler *h = &v->k->handlers[i];
        if (v->infer) {
            if (!v->start[h->start] || (h->end < v->len && !v->start[h->end]))
                fail(v, VS_FORMAT, "Illegal exception table range");
            if (!v->start[h->handler])
                fail(v, VS_FORMAT, "Illegal exception table handler");
            continue;
        }
        if (!v->start[h->start])
            fail(v, VS_FORMAT, "Illegal exception table start_pc %u", h->start);
        if (h->end < v->len && !v->start[h->end])
            fail(v, VS_FORMAT, "Illegal exception table end_pc %u", h->end);
        if (!v->start[h->handler])
            fail(v, VS_FORMAT, "Illegal exception table handler_pc %u", h->handler);
        if (h->catch_type && !assignable(v, cp_type(v, h->catch_type), ref(sym_throwable)))
            fail(v, VS_VERIFY, "Catch type is not a subclass of Throwable in exception handler %u", h->handler);
    }
}

/* Execute the instruction at pc on f.  Branches go through flow();
 * *fallthrough says whether the next instruction follows. */
static void exec(struct ver *v, struct frame *f, uint32_t pc, bool *fallthrough)
{
    const uint8_t *c = v->code + pc;
    uint8_t op = c[0];
    uint32_t idx;
    struct vt a, b, x, y, z;
    *fallthrough = true;
    if (!v->infer)
        new_operands(v, pc);
    if (op == 0xc4) {
        op = c[1];
        idx = rd2(c + 2);
    } else {
        idx = c[1];
    }
    switch (op) {
    case 0x00: break;                                            /* nop */
    case 0x01: push(v, f, ty(T_NULL)); break;                    /* aconst_null */
    case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07: case 0x08:
    case 0x10: case 0x11:                                        /* iconst, bipush, sipush */
        push(v, f, ty(T_INT)); break;
    case 0x09: case 0x0a:                                        /* lconst */
        push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x0b: case 0x0c: case 0x0d: push(v, f, ty(T_FLOAT)); break;
    case 0x0e: case 0x0f:                                        /* dconst */
        push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x12: ldc(v, f, c[1], false); break;
    case 0x13: ldc(v, f, rd2(c + 1), false); break;
    case 0x14: ldc(v, f, rd2(c + 1), true); break;
    /* loads */
    case 0x15: get_local(v, f, idx, ty(T_INT)); push(v, f, ty(T_INT)); break;
    case 0x16: get_local2(v, f, idx, T_LONG, T_LONG2); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x17: get_local(v, f, idx, ty(T_FLOAT)); push(v, f, ty(T_FLOAT)); break;
    case 0x18: get_local2(v, f, idx, T_DOUBLE, T_DOUBLE2); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x19: push(v, f, get_local(v, f, idx, ty(C_REF))); break;
    case 0x1a: case 0x1b: case 0x1c: case 0x1d:
        get_local(v, f, op - 0x1au, ty(T_INT)); push(v, f, ty(T_INT)); break;
    case 0x1e: case 0x1f: case 0x20: case 0x21:
        get_local2(v, f, op - 0x1eu, T_LONG, T_LONG2); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x22: case 0x23: case 0x24: case 0x25:
        get_local(v, f, op - 0x22u, ty(T_FLOAT)); push(v, f, ty(T_FLOAT)); break;
    case 0x26: case 0x27: case 0x28: case 0x29:
        get_local2(v, f, op - 0x26u, T_DOUBLE, T_DOUBLE2); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x2a: case 0x2b: case 0x2c: case 0x2d:
        push(v, f, get_local(v, f, op - 0x2au, ty(C_REF))); break;
    /* array loads */
    case 0x2e: array_load(v, f, 'I', 'I', "iaload"); push(v, f, ty(T_INT)); break;
    case 0x2f: array_load(v, f, 'J', 'J', "laload"); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x30: array_load(v, f, 'F', 'F', "faload"); push(v, f, ty(T_FLOAT)); break;
    case 0x31: array_load(v, f, 'D', 'D', "daload"); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x32:                                                   /* aaload */
        a = array_load(v, f, 'L', '[', "aaload");
        push(v, f, a.tag == T_NULL ? a : ref(desc_name(a.name + 1)));
        break;
    case 0x33: array_load(v, f, 'B', 'Z', "baload"); push(v, f, ty(T_INT)); break;
    case 0x34: array_load(v, f, 'C', 'C', "caload"); push(v, f, ty(T_INT)); break;
    case 0x35: array_load(v, f, 'S', 'S', "saload"); push(v, f, ty(T_INT)); break;
    /* stores */
    case 0x36: pop(v, f, ty(T_INT)); set_local(v, f, idx, ty(T_INT)); break;
    case 0x37: pop_long(v, f); set_local2(v, f, idx, T_LONG, T_LONG2); break;
    case 0x38: pop(v, f, ty(T_FLOAT)); set_local(v, f, idx, ty(T_FLOAT)); break;
    case 0x39: pop_double(v, f); set_local2(v, f, idx, T_DOUBLE, T_DOUBLE2); break;
    case 0x3a:
        a = pop_any(v, f);
        if (!assignable(v, a, ty(C_REF)) && !(v->infer && a.tag == T_RET))
            VFAIL(v, "Bad type on operand stack", "Expecting to find object/array on stack");
        set_local(v, f, idx, a);
        break;
    case 0x3b: case 0x3c: case 0x3d: case 0x3e:
        pop(v, f, ty(T_INT)); set_local(v, f, op - 0x3bu, ty(T_INT)); break;
    case 0x3f: case 0x40: case 0x41: case 0x42:
        pop_long(v, f); set_local2(v, f, op - 0x3fu, T_LONG, T_LONG2); break;
    case 0x43: case 0x44: case 0x45: case 0x46:
        pop(v, f, ty(T_FLOAT)); set_local(v, f, op - 0x43u, ty(T_FLOAT)); break;
    case 0x47: case 0x48: case 0x49: case 0x4a:
        pop_double(v, f); set_local2(v, f, op - 0x47u, T_DOUBLE, T_DOUBLE2); break;
    case 0x4b: case 0x4c: case 0x4d: case 0x4e:
        a = pop_any(v, f);
        if (!assignable(v, a, ty(C_REF)) && !(v->infer && a.tag == T_RET))
            VFAIL(v, "Bad type on operand stack", "Expecting to find object/array on stack");
        set_local(v, f, op - 0x4bu, a);
        break;
    /* array stores */
    case 0x4f: pop(v, f, ty(T_INT)); pop(v, f, ty(T_INT)); array_ref(v, f, 'I', 'I', "iastore"); break;
    case 0x50: pop_long(v, f); pop(v, f, ty(T_INT)); array_ref(v, f, 'J', 'J', "lastore"); break;
    case 0x51: pop(v, f, ty(T_FLOAT)); pop(v, f, ty(T_INT)); array_ref(v, f, 'F', 'F', "fastore"); break;
    case 0x52: pop_double(v, f); pop(v, f, ty(T_INT)); array_ref(v, f, 'D', 'D', "dastore"); break;
    case 0x53: pop(v, f, ref(sym_object)); pop(v, f, ty(T_INT)); array_ref(v, f, 'L', '[', "aastore"); break;
    case 0x54: pop(v, f, ty(T_INT)); pop(v, f, ty(T_INT)); array_ref(v, f, 'B', 'Z', "bastore"); break;
    case 0x55: pop(v, f, ty(T_INT)); pop(v, f, ty(T_INT)); array_ref(v, f, 'C', 'C', "castore"); break;
    case 0x56: pop(v, f, ty(T_INT)); pop(v, f, ty(T_INT)); array_ref(v, f, 'S', 'S', "sastore"); break;
    /* stack */
    case 0x57: pop(v, f, ty(C_CAT1)); break;                     /* pop */
    case 0x58:                                                   /* pop2 */
        a = pop_any(v, f);
        if (is_cat1(a.tag))
            pop(v, f, ty(C_CAT1));
        else if (a.tag == T_LONG2 || a.tag == T_DOUBLE2)
            pop(v, f, ty(C_CAT2));
        else
            VFAIL(v, "Bad type on operand stack in pop2", "Expecting to find object/array on stack");
        break;
    case 0x59:                                                   /* dup */
        a = pop(v, f, ty(C_CAT1)); push(v, f, a); push(v, f, a); break;
    case 0x5a:                                                   /* dup_x1 */
        a = pop(v, f, ty(C_CAT1)); b = pop(v, f, ty(C_CAT1));
        push(v, f, a); push(v, f, b); push(v, f, a); break;
    case 0x5b:                                                   /* dup_x2 */
        a = pop(v, f, ty(C_CAT1)); b = pop_any(v, f);
        if (is_cat1(b.tag)) z = pop(v, f, ty(C_CAT1));
        else if (b.tag == T_LONG2 || b.tag == T_DOUBLE2) z = pop(v, f, ty(C_CAT2));
        else VFAIL(v, "Bad type on operand stack in dup_x2", "Expecting to find object/array on stack");
        push(v, f, a); push(v, f, z); push(v, f, b); push(v, f, a); break;
    case 0x5c:                                                   /* dup2 */
        a = pop_any(v, f);
        if (is_cat1(a.tag)) b = pop(v, f, ty(C_CAT1));
        else if (a.tag == T_LONG2 || a.tag == T_DOUBLE2) b = pop(v, f, ty(C_CAT2));
        else VFAIL(v, "Bad type on operand stack in dup2", "Expecting to find object/array on stack");
        push(v, f, b); push(v, f, a); push(v, f, b); push(v, f, a); break;
    case 0x5d:                                                   /* dup2_x1 */
        a = pop_any(v, f);
        if (is_cat1(a.tag)) b = pop(v, f, ty(C_CAT1));
        else if (a.tag == T_LONG2 || a.tag == T_DOUBLE2) b = pop(v, f, ty(C_CAT2));
        else VFAIL(v, "Bad type on operand stack in dup2_x1", "Expecting to find object/array on stack");
        z = pop(v, f, ty(C_CAT1));
        push(v, f, b); push(v, f, a); push(v, f, z); push(v, f, b); push(v, f, a); break;
    case 0x5e:                                                   /* dup2_x2 */
        a = pop_any(v, f);
        if (is_cat1(a.tag)) b = pop(v, f, ty(C_CAT1));
        else if (a.tag == T_LONG2 || a.tag == T_DOUBLE2) b = pop(v, f, ty(C_CAT2));
        else VFAIL(v, "Bad type on operand stack in dup2_x2", "Expecting to find object/array on stack");
        x = pop_any(v, f);
        if (is_cat1(x.tag)) y = pop(v, f, ty(C_CAT1));
        else if (x.tag == T_LONG2 || x.tag == T_DOUBLE2) y = pop(v, f, ty(C_CAT2));
        else VFAIL(v, "Bad type on operand stack in dup2_x2", "Expecting to find object/array on stack");
        push(v, f, b); push(v, f, a); push(v, f, y); push(v, f, x); push(v, f, b); push(v, f, a); break;
    case 0x5f:                                                   /* swap */
        a = pop(v, f, ty(C_CAT1)); b = pop(v, f, ty(C_CAT1));
        push(v, f, a); push(v, f, b); break;
    /* arithmetic */
    case 0x60: case 0x64: case 0x68: case 0x6c: case 0x70: case 0x78: case 0x7a: case 0x7c:
    case 0x7e: case 0x80: case 0x82:                            /* int binary */
        pop(v, f, ty(T_INT)); pop(v, f, ty(T_INT)); push(v, f, ty(T_INT)); break;
    case 0x61: case 0x65: case 0x69: case 0x6d: case 0x71: case 0x7f: case 0x81: case 0x83:
        pop_long(v, f); pop_long(v, f); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x62: case 0x66: case 0x6a: case 0x6e: case 0x72:
        pop(v, f, ty(T_FLOAT)); pop(v, f, ty(T_FLOAT)); push(v, f, ty(T_FLOAT)); break;
    case 0x63: case 0x67: case 0x6b: case 0x6f: case 0x73:
        pop_double(v, f); pop_double(v, f); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x74: pop(v, f, ty(T_INT)); push(v, f, ty(T_INT)); break;                /* ineg */
    case 0x75: pop_long(v, f); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x76: pop(v, f, ty(T_FLOAT)); push(v, f, ty(T_FLOAT)); break;
    case 0x77: pop_double(v, f); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x79: case 0x7b: case 0x7d:                             /* long shifts */
        pop(v, f, ty(T_INT)); pop_long(v, f); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x84: get_local(v, f, idx, ty(T_INT)); break;           /* iinc */
    /* conversions */
    case 0x85: pop(v, f, ty(T_INT)); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x86: pop(v, f, ty(T_INT)); push(v, f, ty(T_FLOAT)); break;
    case 0x87: pop(v, f, ty(T_INT)); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x88: pop_long(v, f); push(v, f, ty(T_INT)); break;
    case 0x89: pop_long(v, f); push(v, f, ty(T_FLOAT)); break;
    case 0x8a: pop_long(v, f); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x8b: pop(v, f, ty(T_FLOAT)); push(v, f, ty(T_INT)); break;
    case 0x8c: pop(v, f, ty(T_FLOAT)); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x8d: pop(v, f, ty(T_FLOAT)); push(v, f, ty(T_DOUBLE)); push(v, f, ty(T_DOUBLE2)); break;
    case 0x8e: pop_double(v, f); push(v, f, ty(T_INT)); break;
    case 0x8f: pop_double(v, f); push(v, f, ty(T_LONG)); push(v, f, ty(T_LONG2)); break;
    case 0x90: pop_double(v, f); push(v, f, ty(T_FLOAT)); break;
    case 0x91: case 0x92: case 0x93: pop(v, f, ty(T_INT)); push(v, f, ty(T_INT)); break;
    case 0x94: pop_long(v, f); pop_long(v, f); push(v, f, ty(T_INT)); break;        /* lcmp */
    case 0x95: case 0x96: pop(v, f, ty(T_FLOAT)); pop(v, f, ty(T_FLOAT)); push(v, f, ty(T_INT)); break;
    case 0x97: case 0x98: pop_double(v, f); pop_double(v, f); push(v, f, ty(T_INT)); break;
    /* branches */
    case 0x9f: case 0xa0: case 0xa1: case 0xa2: case 0xa3: case 0xa4:   /* if_icmp<cond> */
        pop(v, f, ty(T_INT));
        /* fall through */
    case 0x99: case 0x9a: case 0x9b: case 0x9c: case 0x9d: case 0x9e:   /* if<cond> */
        pop(v, f, ty(T_INT));
        flow(v, f, (int64_t)pc + (int16_t)rd2(c + 1));
        break;
    case 0xa5: case 0xa6:                                        /* if_acmp<cond> */
        pop(v, f, ty(C_REF));
        /* fall through */
    case 0xc6: case 0xc7:                                        /* ifnull, ifnonnull */
        pop(v, f, ty(C_REF));
        flow(v, f, (int64_t)pc + (int16_t)rd2(c + 1));
        break;
    case 0xa7:                                                   /* goto */
        flow(v, f, (int64_t)pc + (int16_t)rd2(c + 1));
        *fallthrough = false;
        break;
    case 0xc8:                                                   /* goto_w */
        flow(v, f, (int64_t)pc + rd4(c + 1));
        *fallthrough = false;
        break;
    case 0xa8: case 0xc9: {                                      /* jsr, jsr_w */
        if (!v->infer)
            fail(v, VS_VERIFY, "Bad instruction: %02x", op);
        int64_t target = (int64_t)pc + (op == 0xa8 ? (int16_t)rd2(c + 1) : rd4(c + 1));
        struct vt r = { T_RET, (uint16_t)target, NULL };
        push(v, f, r);
        flow(v, f, target);
        f->sp--;
        /* The subroutine's rets return here: look at them again. */
        for (uint32_t i = 0; i < v->nrets; i++)
            if (v->in[v->rets[i]].loc)
                v->dirty[v->rets[i]] = 1, v->changed = true;
        *fallthrough = false;
        break;
    }
    case 0xa9: {                                                 /* ret */
        if (!v->infer)
            fail(v, VS_VERIFY, "Bad instruction: %02x", op);
        a = get_local(v, f, idx, ty(T_TOP));
        if (a.tag != T_RET)
            fail(v, VS_VERIFY, "Register %u contains wrong type", idx);
        uint8_t *w = v->subw[a.pc];
        if (!w) {
            w = v->subw[a.pc] = vmem(v, (size_t)v->ml + 1);
            sub_writes(v, a.pc, w, vmem(v, v->len));
        }
        struct frame out;
        frame_alloc(v, &out);
        for (uint32_t p = 0; p < v->len; p += insn_len(v->code, p)) {
            uint8_t o = v->code[p];
            if (!(o == 0xa8 || o == 0xc9) || !v->in[p].loc)
                continue;
            int64_t t = (int64_t)p + (o == 0xa8 ? (int16_t)rd2(v->code + p + 1) : rd4(v->code + p + 1));
            if (t != a.pc)
                continue;
            frame_copy(v, &out, f);
            for (int i = 0; i < v->ml; i++)
                if (!w[i])
                    out.loc[i] = v->in[p].loc[i];
            flow(v, &out, p + insn_len(v->code, p));
        }
        *fallthrough = false;
        break;
    }
    case 0xaa: case 0xab: {                                      /* tableswitch, lookupswitch */
        uint32_t al = (pc + 4) & ~3u;
        if (v->cf->major < 51)
            for (uint32_t p = pc + 1; p < al; p++)
                if (v->code[p] != 0)
                    VFAIL(v, "Nonzero padding byte in lookupswitch or tableswitch",
                          "Non zero padding bytes in switch");
        pop(v, f, ty(T_INT));
        int32_t n = op == 0xaa ? rd4(v->code + al + 8) - rd4(v->code + al + 4) + 1 : rd4(v->code + al + 4);
        for (int32_t i = 0; op == 0xab && i + 1 < n; i++)
            if (rd4(v->code + al + 8 + 8 * (uint32_t)i) >= rd4(v->code + al + 16 + 8 * (uint32_t)i))
                fail(v, VS_VERIFY, "Bad lookupswitch instruction");
        flow(v, f, (int64_t)pc + rd4(v->code + al));
        for (int32_t i = 0; i < n; i++)
            flow(v, f, (int64_t)pc + rd4(v->code + al + (op == 0xaa ? 12 + 4 * (uint32_t)i : 12 + 8 * (uint32_t)i)));
        *fallthrough = false;
        break;
    }
    /* returns */
    case 0xac: ret_value(v, pop(v, f, ty(T_INT))); *fallthrough = false; break;
    case 0xad: pop(v, f, ty(T_LONG2)); ret_value(v, pop(v, f, ty(T_LONG))); *fallthrough = false; break;
    case 0xae: ret_value(v, pop(v, f, ty(T_FLOAT))); *fallthrough = false; break;
    case 0xaf: pop(v, f, ty(T_DOUBLE2)); ret_value(v, pop(v, f, ty(T_DOUBLE))); *fallthrough = false; break;
    case 0xb0: ret_value(v, pop(v, f, ty(C_REF))); *fallthrough = false; break;
    case 0xb1:                                                   /* return */
        if (v->msig.nret)
            VFAIL(v, "Method expects a return value", "Wrong return type in function");
        if ((f->flags & FLAG_THIS_UNINIT) && strcmp(v->m->name, "<init>") == 0)
            VFAIL(v, "Constructor must call super() or this() before return",
                  "Constructor must call super() or this()");
        *fallthrough = false;
        break;
    /* objects */
    case 0xb2: case 0xb3: case 0xb4: case 0xb5:
        field_insn(v, f, op, rd2(c + 1));
        break;
    case 0xb6: case 0xb7: case 0xb8: case 0xb9: case 0xba:
        invoke(v, f, pc, op);
        break;
    case 0xbb: {                                                 /* new */
        a = cp_type(v, rd2(c + 1));
        if (a.name[0] == '[')
            VFAIL(v, "Illegal new instruction", "Illegal use of array type in new");
        struct vt u = { T_UNINIT, (uint16_t)pc, NULL };
        push(v, f, u);
        break;
    }
    case 0xbc:                                                   /* newarray */
        pop(v, f, ty(T_INT));
        push(v, f, ref(sym_intern(newarray_names[c[1]])));
        break;
    case 0xbd: {                                                 /* anewarray */
        pop(v, f, ty(T_INT));
        a = cp_type(v, rd2(c + 1));
        char buf[1100];
        size_t n = strlen(a.name);
        if (a.name[0] == '[' && n > 255 && a.name[254] == '[')
            VFAIL(v, "Illegal anewarray instruction, array has more than 255 dimensions",
                  "Array with too many dimensions");
        if (n + 4 >= sizeof buf)
            VFAIL(v, "Illegal anewarray instruction", "Illegal anewarray instruction");
        snprintf(buf, sizeof buf, a.name[0] == '[' ? "[%s" : "[L%s;", a.name);
        push(v, f, ref(sym_intern(buf)));
        break;
    }
    case 0xbe:                                                   /* arraylength */
        a = v->infer ? pop_any(v, f) : pop(v, f, ty(C_REF));
        if (a.tag != T_NULL && !(a.tag == T_REF && a.name[0] == '['))
            VFAIL(v, "Bad type on operand stack in arraylength", "Expecting to find array on stack");
        push(v, f, ty(T_INT));
        break;
    case 0xbf:                                                   /* athrow */
        if (v->infer) {
            a = pop(v, f, ty(C_REF));
            if (!assignable(v, a, ref(sym_throwable)))
                fail(v, VS_VERIFY, "Can only throw Throwable objects");
        } else {
            pop(v, f, ref(sym_throwable));
        }
        *fallthrough = false;
        break;
    case 0xc0:                                                   /* checkcast */
        pop(v, f, ref(sym_object));
        push(v, f, cp_type(v, rd2(c + 1)));
        break;
    case 0xc1:                                                   /* instanceof */
        pop(v, f, ref(sym_object));
        push(v, f, ty(T_INT));
        break;
    case 0xc2: case 0xc3:                                        /* monitorenter, monitorexit */
        pop(v, f, ty(C_REF));
        break;
    case 0xc5: {                                                 /* multianewarray */
        a = cp_type(v, rd2(c + 1));
        if (a.name[0] != '[')
            VFAIL(v, "Illegal constant pool index in multianewarray instruction",
                  "Illegal constant pool index in multianewarray instruction");
        for (int i = 0; i < c[3]; i++)
            pop(v, f, ty(T_INT));
        push(v, f, a);
        break;
    }
    default:
        fail(v, VS_VERIFY, v->infer ? "Illegal instruction found at offset %u" : "Bad instruction: %02x",
             v->infer ? pc : op);
    }
}

/* The locals that the subroutine at entry may write: every store on the
 * paths from entry to a ret (nested subroutines included), found with a
 * work list, not recursion (hostile code may branch deep). */
static void sub_writes(struct ver *v, uint32_t entry, uint8_t *w, uint8_t *seen)
{
    uint32_t *work = vmem(v, sizeof *work * ((size_t)v->len + 1)), n = 0;
    work[n++] = entry;
#define WORK(t) do { int64_t t_ = (t); \
        if (t_ >= 0 && t_ < v->len && !seen[t_]) { seen[t_] = 1; work[n++] = (uint32_t)t_; } } while (0)
    seen[entry] = 1;
    while (n > 0) {
        uint32_t pc = work[--n];
        const uint8_t *c = v->code + pc;
        uint8_t op = c[0];
        uint32_t idx = c[1], cnt = 0;
        if (op == 0xc4) {
            op = c[1];
            idx = rd2(c + 2);
        }
        if (op >= 0x36 && op <= 0x3a) {
            cnt = (op == 0x37 || op == 0x39) ? 2 : 1;
        } else if (op >= 0x3b && op <= 0x4e) {
            int k = (op - 0x3b) / 4;
            idx = (uint32_t)(op - 0x3b) % 4;
            cnt = (k == 1 || k == 3) ? 2 : 1;
        }
        for (uint32_t i = 0; i < cnt && idx + i < (uint32_t)v->ml; i++)
            w[idx + i] = 1;
        if ((op >= 0x99 && op <= 0xa8) || op == 0xc6 || op == 0xc7)
            WORK((int64_t)pc + (int16_t)rd2(c + 1));
        else if (op == 0xc8 || op == 0xc9)
            WORK((int64_t)pc + rd4(c + 1));
        if (op == 0xaa || op == 0xab) {
            uint32_t al = (pc + 4) & ~3u;
            int32_t k = op == 0xaa ? rd4(v->code + al + 8) - rd4(v->code + al + 4) + 1 : rd4(v->code + al + 4);
            WORK((int64_t)pc + rd4(v->code + al));
            for (int32_t i = 0; i < k; i++)
                WORK((int64_t)pc + rd4(v->code + al + (op == 0xaa ? 12 + 4 * (uint32_t)i : 12 + 8 * (uint32_t)i)));
            continue;
        }
        if (op == 0xa7 || op == 0xc8 || op == 0xa9 || (op >= 0xac && op <= 0xb1) || op == 0xbf)
            continue;
        WORK((int64_t)pc + insn_len(v->code, pc));
    }
#undef WORK
}

/* ---- the StackMapTable -------------------------------------------------- */

struct smreader { const uint8_t *p, *end; };

static uint8_t sm_u1(struct ver *v, struct smreader *r)
{
    if (r->p >= r->end)
        fail(v, VS_FORMAT, "StackMapTable format error: access beyond the end of attribute");
    return *r->p++;
}

static uint16_t sm_u2(struct ver *v, struct smreader *r)
{
    uint16_t hi = sm_u1(v, r);
    return (uint16_t)(hi << 8 | sm_u1(v, r));
}

/* One verification_type_info; two locals for long and double. */
static int sm_type(struct ver *v, struct smreader *r, struct vt *out, int room)
{
    uint8_t tag = sm_u1(v, r);
    if (room < 1)
        fail(v, VS_FORMAT, "StackMapTable format error: bad type array size");
    switch (tag) {
    case 0: out[0] = ty(T_TOP); return 1;
    case 1: out[0] = ty(T_INT); return 1;
    case 2: out[0] = ty(T_FLOAT); return 1;
    case 5: out[0] = ty(T_NULL); return 1;
    case 6: out[0] = ty(T_UTHIS); return 1;
    case 3: case 4:
        if (room < 2)
            fail(v, VS_FORMAT, "StackMapTable format error: bad type array size");
        out[0] = ty(tag == 3 ? T_DOUBLE : T_LONG);
        out[1] = ty(tag == 3 ? T_DOUBLE2 : T_LONG2);
        return 2;
    case 7: {
        uint16_t i = sm_u2(v, r);
        if (!cf_class_name(v->cf, i))
            fail(v, VS_FORMAT, "StackMapTable format error: bad class index");
        out[0] = cp_type(v, i);
        return 1;
    }
    case 8: {
        uint16_t off = sm_u2(v, r);
        if (off >= v->len || v->code[off] != 0xbb || !v->start[off])
            fail(v, VS_FORMAT, "StackMapTable format error: bad offset for Uninitialized");
        out[0].tag = T_UNINIT;
        out[0].pc = off;
        out[0].name = NULL;
        return 1;
    }
    default:
        fail(v, VS_FORMAT, "StackMapTable format error: bad verification type");
    }
}

static uint8_t locals_flags(struct ver *v, const struct frame *f)
{
    for (int i = 0; i < v->ml; i++)
        if (f->loc[i].tag == T_UTHIS)
            return FLAG_THIS_UNINIT;
    return 0;
}

/* Decode the table into frames with locals expanded to max_locals. */
static void read_stackmap(struct ver *v, const struct frame *init)
{
    const struct cf_code *k = v->k;
    if (!k->stackmap) {
        v->nmaps = 0;
        return;
    }
    struct smreader r = { k->stackmap, k->stackmap + k->stackmap_len };
    uint16_t n = sm_u2(v, &r);
    v->maps = vmem(v, sizeof *v->maps * ((size_t)n + 1));
    const struct frame *prev = init;
    int nloc = init->nloc;
    int64_t pc = -1;
    for (uint16_t i = 0; i < n; i++) {
        struct smframe *s = &v->maps[i];
        frame_alloc(v, &s->f);
        uint8_t type = sm_u1(v, &r);
        uint32_t delta;
        frame_copy(v, &s->f, prev);
        s->f.sp = 0;
        if (type < 64) {
            delta = type;
        } else if (type < 128) {
            delta = type - 64u;
            s->f.sp = sm_type(v, &r, s->f.stk, v->ms);
        } else if (type < 247) {
            fail(v, VS_FORMAT_BARE, "StackMapTable format error: reserved frame type");
        } else if (type == 247) {
            delta = sm_u2(v, &r);
            s->f.sp = sm_type(v, &r, s->f.stk, v->ms);
        } else if (type < 251) {          /* chop */
            delta = sm_u2(v, &r);
            for (int c = 251 - type; c > 0; c--) {
                if (nloc <= 0)
                    fail(v, VS_FORMAT, "StackMapTable format error: bad frame chop");
                nloc--;
                if (nloc > 0 && (s->f.loc[nloc - 1].tag == T_LONG || s->f.loc[nloc - 1].tag == T_DOUBLE))
                    nloc--;
                s->f.loc[nloc] = ty(T_TOP);
                if (nloc + 1 < v->ml)
                    s->f.loc[nloc + 1] = ty(T_TOP);
            }
        } else if (type == 251) {
            delta = sm_u2(v, &r);
        } else if (type < 255) {          /* append */
            delta = sm_u2(v, &r);
            for (int a = type - 251; a > 0; a--)
                nloc += sm_type(v, &r, s->f.loc + nloc, v->ml - nloc);
        } else {                          /* full */
            delta = sm_u2(v, &r);
            for (int i2 = 0; i2 < v->ml; i2++)
                s->f.loc[i2] = ty(T_TOP);
            nloc = 0;
            for (uint16_t c = sm_u2(v, &r); c > 0; c--)
                nloc += sm_type(v, &r, s->f.loc + nloc, v->ml - nloc);
            for (uint16_t c = sm_u2(v, &r); c > 0; c--)
                s->f.sp += sm_type(v, &r, s->f.stk + s->f.sp, v->ms - s->f.sp);
        }
        pc = pc < 0 ? delta : pc + delta + 1;
        if (pc >= v->len || !v->start[pc])
            fail(v, VS_VERIFY, "StackMapTable error: bad offset");
        s->pc = (uint32_t)pc;
        s->f.nloc = nloc;
        s->f.flags = locals_flags(v, &s->f);
        prev = &s->f;
    }
    if (r.p != r.end)
        fail(v, VS_FORMAT, "StackMapTable format error: wrong attribute size");
    v->nmaps = n;
}

/* ---- the two drivers ----------------------------------------------------- */

static void typecheck(struct ver *v, struct frame *cur)
{
    read_stackmap(v, cur);
    uint32_t mi = 0;
    bool falls = true;
    for (uint32_t pc = 0; pc < v->len; pc += insn_len(v->code, pc)) {
        v->err_pc = pc;
        if (mi < v->nmaps && v->maps[mi].pc == pc) {
            if (falls && !frame_assignable(v, cur, &v->maps[mi].f))
                fail(v, VS_VERIFY, "Instruction type does not match stack map");
            frame_copy(v, cur, &v->maps[mi].f);
            mi++;
        } else if (!falls) {
            fail(v, VS_VERIFY, "Expecting a stack map frame");
        }
        uint8_t op = v->code[pc] == 0xc4 ? v->code[pc + 1] : v->code[pc];
        bool in_try = pc >= v->ex_min && pc < v->ex_max;
        bool store = (op >= 0x36 && op <= 0x4e);
        if (store && in_try)
            handlers_flow(v, cur, pc, false);
        v->this_uninit = false;
        exec(v, cur, pc, &falls);
        if (!store && in_try)
            handlers_flow(v, cur, pc, v->this_uninit);
    }
    if (falls)
        fail(v, VS_VERIFY, "Control flow falls through code end");
}

static void infer(struct ver *v, const struct frame *init)
{
    v->in = vmem(v, sizeof *v->in * v->len);
    v->dirty = vmem(v, v->len);
    v->rets = vmem(v, sizeof *v->rets * v->len);
    v->subw = vmem(v, sizeof *v->subw * v->len);
    for (uint32_t pc = 0; pc < v->len; pc += insn_len(v->code, pc)) {
        v->err_pc = pc;
        if (v->code[pc] == 0xa9 || (v->code[pc] == 0xc4 && v->code[pc + 1] == 0xa9))
            v->rets[v->nrets++] = pc;
    }
    merge_into(v, init, 0);
    struct frame cur;
    frame_alloc(v, &cur);
    while (v->changed) {
        v->changed = false;
        for (uint32_t pc = 0; pc < v->len; pc += insn_len(v->code, pc)) {
            if (!v->dirty[pc])
                continue;
            v->dirty[pc] = 0;
            v->err_pc = pc;
            frame_copy(v, &cur, &v->in[pc]);
            if (pc >= v->ex_min && pc < v->ex_max)
                handlers_flow(v, &cur, pc, false);
            bool falls;
            exec(v, &cur, pc, &falls);
            if (falls) {
                uint32_t next = pc + insn_len(v->code, pc);
                if (next >= v->len)
                    fail(v, VS_VERIFY, "Falling off the end of the code");
                merge_into(v, &cur, next);
            }
        }
    }
}

/* ---- per method and per class ------------------------------------------- */

static void initial_frame(struct ver *v, struct frame *f)
{
    frame_alloc(v, f);
    for (int i = 0; i < v->ml; i++)
        f->loc[i] = ty(T_TOP);
    int n = 0;
    if (!(v->m->access & ACC_STATIC)) {
        if (strcmp(v->m->name, "<init>") == 0 && v->cls->name != sym_object) {
            f->loc[n++] = ty(T_UTHIS);
            f->flags = FLAG_THIS_UNINIT;
        } else {
            f->loc[n++] = v->this_type;
        }
    }
    for (int i = 0; i < v->msig.nargs && n < v->ml; i++)
        f->loc[n++] = v->msig.args[i];
    f->nloc = n;
}

static void verify_method(struct ver *v)
{
    const struct cf_code *k = v->k;
    v->code = k->code;
    v->len = k->len;
    v->ml = k->max_locals;
    v->ms = k->max_stack;
    structure(v);
    if (v->infer)
        old_operands(v);
    handler_ranges(v);
    struct sig *s = get_sig(v, 0, v->m->desc);
    v->msig = *s;
    v->ex_min = UINT32_MAX;
    v->ex_max = 0;
    for (uint16_t i = 0; i < k->nhandlers; i++) {
        const struct cf_handler *h = &k->handlers[i];
        if (h->catch_type && !assignable(v, cp_type(v, h->catch_type), ref(sym_throwable)))
            fail(v, VS_VERIFY, "Catch type is not a subclass of Throwable");
        if (h->start < v->ex_min)
            v->ex_min = h->start;
        if (h->end > v->ex_max)
            v->ex_max = h->end;
    }
    struct frame init;
    initial_frame(v, &init);
    if (v->infer)
        infer(v, &init);
    else
        typecheck(v, &init);
}


/* Verify one method with fresh per-method state; 0 or a VS_ status. */
static int run_method(struct ver *v, const struct cf_member *m, bool infer_mode)
{
    v->m = m;
    v->k = m->code;
    v->infer = infer_mode;
    v->maps = NULL;
    v->nmaps = 0;
    v->in = NULL;
    v->nrets = 0;
    v->changed = false;
    v->status = 0;
    v->err_pc = 0;
    if (setjmp(v->fail))
        return v->status;
    verify_method(v);
    return 0;
}

bool verify_class(struct vm_thread *t, struct vm_class *c)
{
    const struct cf_class *cf = c->ext->cf;
    if (!sym_object) {
        sym_object = sym_intern("java/lang/Object");
        sym_string = sym_intern("java/lang/String");
        sym_class = sym_intern("java/lang/Class");
        sym_throwable = sym_intern("java/lang/Throwable");
        sym_cloneable = sym_intern("java/lang/Cloneable");
        sym_serializable = sym_intern("java/io/Serializable");
        sym_mh = sym_intern("java/lang/invoke/MethodHandle");
        sym_mt = sym_intern("java/lang/invoke/MethodType");
    }
    struct ver *v = calloc(1, sizeof *v);
    const char **cpname = calloc(cf->ncp, sizeof *cpname);
    struct sig **sigs = calloc(cf->ncp, sizeof *sigs);
    if (!v || !cpname || !sigs) {
        free(v);
        free(cpname);
        free(sigs);
        return vm_throw(t, "java/lang/OutOfMemoryError", "verifier");
    }
    v->t = t;
    v->cls = c;
    v->cf = cf;
    v->cpname = cpname;
    v->sigs = sigs;
    v->this_type = ref(c->name);
    int st = 0;
    for (uint16_t i = 0; i < cf->nmethods && !st; i++) {
        const struct cf_member *m = &cf->methods[i];
        if (!m->code)
            continue;
        st = run_method(v, m, cf->major < 50);
        /* HotSpot fails over to the old verifier for version 50; if that
         * fails too, it reports the type checker's message. */
        if ((st == VS_VERIFY || st == VS_FORMAT) && cf->major == 50) {
            char msg[sizeof v->msg];
            uint32_t pc = v->err_pc;
            int st1 = st;
            memcpy(msg, v->msg, sizeof msg);
            arena_free(&v->mem);
            st = run_method(v, m, true);
            if (st == VS_VERIFY || st == VS_FORMAT) {
                st = st1;
                v->infer = false;
                v->err_pc = pc;
                memcpy(v->msg, msg, sizeof msg);
            }
        }
        arena_free(&v->mem);
    }
    arena_free(&v->cmem);
    if (st == VS_VERIFY || st == VS_FORMAT || st == VS_FORMAT_BARE) {
        char ms[1024];
        const char *exc = st == VS_VERIFY ? "java/lang/VerifyError" : "java/lang/ClassFormatError";
        class_method_string(c->name, v->m->name, v->m->desc, ms, sizeof ms);
        if (v->infer)
            vm_throw(t, exc, "(class: %s, method: %s signature: %s) %s", c->name, v->m->name, v->m->desc, v->msg);
        else if (st == VS_FORMAT)
            vm_throw(t, exc, "%s in method %s", v->msg, ms);
        else if (st == VS_FORMAT_BARE)
            vm_throw(t, exc, "%s", v->msg);
        else
            vm_throw(t, exc, "%s\nException Details:\n  Location:\n    %s.%s%s @%u: %s",
                     v->msg, c->name, v->m->name, v->m->desc, v->err_pc,
                     v->err_pc < v->k->len && v->k->code[v->err_pc] < 202 ? op_names[v->k->code[v->err_pc]]
                                                                           : "illegal");
    }
    free(cpname);
    free(sigs);
    free(v);
    return st == 0;
}
