/*
 * interp.c: the bytecode interpreter.  One C loop runs Java-to-Java calls
 * without recursion: a call pushes a frame on the thread's Java stack and
 * continues; vm_call (from C) starts a nested loop that ends when its
 * entry frame returns.  Dispatch is threaded (computed goto) with a switch
 * fallback behind USE_COMPUTED_GOTO.  The first execution of a field,
 * invoke, new, ldc or type-check instruction resolves its constant and
 * rewrites the opcode to a quick form (interp.h) that reads the result
 * directly; invokeinterface sites get a monomorphic inline cache.
 */
#include "interp.h"
#include "class.h"
#include "exception.h"
#include "indy.h"
#include "native.h"
#include "platform.h"
#include "jstring.h"
#include "thread.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef USE_COMPUTED_GOTO
#define USE_COMPUTED_GOTO 1
#endif

enum {
    NOP = 0x00, ACONST_NULL, ICONST_M1, ICONST_0, ICONST_1, ICONST_2, ICONST_3, ICONST_4, ICONST_5,
    LCONST_0, LCONST_1, FCONST_0, FCONST_1, FCONST_2, DCONST_0, DCONST_1,
    BIPUSH = 0x10, SIPUSH, LDC, LDC_W, LDC2_W, ILOAD, LLOAD, FLOAD, DLOAD, ALOAD,
    ILOAD_0 = 0x1a, ILOAD_1, ILOAD_2, ILOAD_3, LLOAD_0, LLOAD_1, LLOAD_2, LLOAD_3,
    FLOAD_0, FLOAD_1, FLOAD_2, FLOAD_3, DLOAD_0, DLOAD_1, DLOAD_2, DLOAD_3,
    ALOAD_0, ALOAD_1, ALOAD_2, ALOAD_3,
    IALOAD = 0x2e, LALOAD, FALOAD, DALOAD, AALOAD, BALOAD, CALOAD, SALOAD,
    ISTORE = 0x36, LSTORE, FSTORE, DSTORE, ASTORE,
    ISTORE_0 = 0x3b, ISTORE_1, ISTORE_2, ISTORE_3, LSTORE_0, LSTORE_1, LSTORE_2, LSTORE_3,
    FSTORE_0, FSTORE_1, FSTORE_2, FSTORE_3, DSTORE_0, DSTORE_1, DSTORE_2, DSTORE_3,
    ASTORE_0, ASTORE_1, ASTORE_2, ASTORE_3,
    IASTORE = 0x4f, LASTORE, FASTORE, DASTORE, AASTORE, BASTORE, CASTORE, SASTORE,
    POP = 0x57, POP2, DUP, DUP_X1, DUP_X2, DUP2, DUP2_X1, DUP2_X2, SWAP,
    IADD = 0x60, LADD, FADD, DADD, ISUB, LSUB, FSUB, DSUB, IMUL, LMUL, FMUL, DMUL,
    IDIV, LDIV, FDIV, DDIV, IREM, LREM, FREM, DREM, INEG, LNEG, FNEG, DNEG,
    ISHL = 0x78, LSHL, ISHR, LSHR, IUSHR, LUSHR, IAND, LAND, IOR, LOR, IXOR, LXOR,
    IINC = 0x84, I2L, I2F, I2D, L2I, L2F, L2D, F2I, F2L, F2D, D2I, D2L, D2F, I2B, I2C, I2S,
    LCMP = 0x94, FCMPL, FCMPG, DCMPL, DCMPG,
    IFEQ = 0x99, IFNE, IFLT, IFGE, IFGT, IFLE,
    IF_ICMPEQ = 0x9f, IF_ICMPNE, IF_ICMPLT, IF_ICMPGE, IF_ICMPGT, IF_ICMPLE, IF_ACMPEQ, IF_ACMPNE,
    GOTO = 0xa7, JSR, RET, TABLESWITCH, LOOKUPSWITCH,
    IRETURN = 0xac, LRETURN, FRETURN, DRETURN, ARETURN, RETURN,
    GETSTATIC = 0xb2, PUTSTATIC, GETFIELD, PUTFIELD,
    INVOKEVIRTUAL = 0xb6, INVOKESPECIAL, INVOKESTATIC, INVOKEINTERFACE, INVOKEDYNAMIC,
    NEW = 0xbb, NEWARRAY, ANEWARRAY, ARRAYLENGTH, ATHROW, CHECKCAST, INSTANCEOF,
    MONITORENTER = 0xc2, MONITOREXIT, WIDE, MULTIANEWARRAY, IFNULL, IFNONNULL, GOTO_W, JSR_W
};

/* Length of invoke instructions, to step past one on return. */
static uint8_t invoke_len[256];

/* ---- inline caches for invokeinterface ----------------------------------- */

struct icache {
    struct vm_method *imethod;
    struct vm_class *cls;
    struct vm_method *target;
};
static struct icache *icaches;
static uint32_t nicaches, cap_icaches;

uint32_t interp_icache_new(struct vm_method *im)
{
    if (nicaches == cap_icaches) {
        cap_icaches = cap_icaches ? cap_icaches * 2 : 256;
        icaches = realloc(icaches, cap_icaches * sizeof *icaches);
        if (!icaches)
            plat_abort("out of memory (C heap)");
    }
    icaches[nicaches].imethod = im;
    icaches[nicaches].cls = NULL;
    icaches[nicaches].target = NULL;
    return nicaches++;
}

void interp_roots_foreach(vm_root_fn fn, void *ctx)
{
    (void)fn;
    (void)ctx;   /* frames are on the Java stack, scanned as a range */
}

bool interp_thread_init(struct vm_thread *t)
{
    size_t bytes = vm_opts.java_stack_size ? vm_opts.java_stack_size : (size_t)1 << 20;
    size_t slots = bytes / sizeof(vm_value) + INTERP_STACK_RESERVE;
    vm_value *s = plat_reserve(slots * sizeof(vm_value));
    if (!s)
        return false;
    t->stack_base = t->stack_top = s;
    t->stack_limit = s + slots - INTERP_STACK_RESERVE;
    return true;
}

/* ---- helpers for the loop ---------------------------------------------- */

static inline uint16_t u2at(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline int16_t s2at(const uint8_t *p) { return (int16_t)u2at(p); }
static inline int32_t s4at(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

static int32_t f2i(float f)
{
    if (isnan(f)) return 0;
    if (f >= 2147483647.0f) return INT32_MAX;
    if (f <= -2147483648.0f) return INT32_MIN;
    return (int32_t)f;
}
static int64_t f2l(float f)
{
    if (isnan(f)) return 0;
    if (f >= 9223372036854775807.0f) return INT64_MAX;
    if (f <= -9223372036854775808.0f) return INT64_MIN;
    return (int64_t)f;
}
static int32_t d2i(double d)
{
    if (isnan(d)) return 0;
    if (d >= 2147483647.0) return INT32_MAX;
    if (d <= -2147483648.0) return INT32_MIN;
    return (int32_t)d;
}
static int64_t d2l(double d)
{
    if (isnan(d)) return 0;
    if (d >= 9223372036854775807.0) return INT64_MAX;
    if (d <= -9223372036854775808.0) return INT64_MIN;
    return (int64_t)d;
}

static bool throw_aioobe(struct vm_thread *t, int32_t i, int32_t len)
{
    return vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException",
                    "Index %d out of bounds for length %d", i, len);
}

/* "class A cannot be cast to class B (A and B are in unnamed module of
 * loader 'app')", as HotSpot says it. */
static void describe_loader(struct vm_class *c, char *buf, size_t size)
{
    struct vm_class *e = c;
    while (e->kind == VM_CLASS_ARRAY)
        e = e->component;
    if (e->kind == VM_CLASS_PRIMITIVE || e->ext->is_boot)
        snprintf(buf, size, "module java.base of loader 'bootstrap'");
    else
        snprintf(buf, size, "unnamed module of loader 'app'");
}

bool interp_throw_cce(struct vm_thread *t, struct vm_class *from, struct vm_class *to)
{
    char a[512], b[512], la[128], lb[128];
    vm_class_java_name(from, a, sizeof a);
    vm_class_java_name(to, b, sizeof b);
    describe_loader(from, la, sizeof la);
    describe_loader(to, lb, sizeof lb);
    if (strcmp(la, lb) == 0)
        return vm_throw(t, "java/lang/ClassCastException",
                        "class %s cannot be cast to class %s (%s and %s are in %s)", a, b, a, b, la);
    return vm_throw(t, "java/lang/ClassCastException",
                    "class %s cannot be cast to class %s (%s is in %s; %s is in %s)", a, b, a, la, b, lb);
}

/* multianewarray: dims counts on the stack, from the outermost. */
static struct vm_array *multi_array(struct vm_thread *t, struct vm_class *ac, int32_t *counts, int ndims)
{
    struct vm_array *a = class_new_array_of_class(t, ac, counts[0]);
    if (!a || ndims == 1)
        return a;
    struct vm_object **d = VM_ARRAY_DATA(a);
    for (int32_t i = 0; i < counts[0]; i++) {
        struct vm_array *sub = multi_array(t, ac->component, counts + 1, ndims - 1);
        if (!sub)
            return NULL;
        d[i] = &sub->hdr;
    }
    return a;
}

/* ---- the loop ------------------------------------------------------------ */

static bool run(struct vm_thread *t, struct vm_frame *f);

/* The error's own construction needs stack: lend it the reserve. */
static bool throw_soe(struct vm_thread *t)
{
    t->stack_limit += INTERP_STACK_RESERVE;
    vm_throw(t, "java/lang/StackOverflowError", NULL);
    t->stack_limit -= INTERP_STACK_RESERVE;
    return false;
}

struct vm_method *interp_site_method(struct vm_method *m, const uint8_t *pc)
{
    uint32_t ic;
    switch (*pc) {
    case Q_INVOKEINTERFACE:
        memcpy(&ic, pc + 1, 4);
        return icaches[ic].imethod;
    case Q_INVOKESUPER:
        return icaches[u2at(pc + 1)].target;
    case Q_INVOKEVIRTUAL: case Q_INVOKEDIRECT: case Q_INVOKESTATIC: case Q_DSQRT:
    case INVOKEVIRTUAL: case INVOKESPECIAL: case INVOKESTATIC: case INVOKEINTERFACE:
        return m->cls->ext->rcache[u2at(pc + 1)];
    default:
        return NULL;
    }
}

/* Push a frame for m whose arguments are at args (already in place). */
static struct vm_frame *push_frame(struct vm_thread *t, struct vm_method *m, vm_value *args,
                                   struct vm_frame *prev)
{
    struct vm_frame *nf = (struct vm_frame *)(args + m->max_locals);
    if (FRAME_STACK(nf) + m->max_stack > t->stack_limit)
        return NULL;
    nf->prev = prev;
    nf->m = m;
    nf->pc = m->code;
    nf->locals = args;
    nf->lock = NULL;
    nf->entry = 0;
    nf->in_native = 0;
    nf->cdepth = prev ? prev->cdepth : 0;
    return nf;
}

static bool lock_method(struct vm_thread *t, struct vm_frame *f)
{
    struct vm_method *m = f->m;
    struct vm_object *o = (m->access & ACC_STATIC) ? class_mirror(t, m->cls) : f->locals[0].l;
    if (!o)
        return false;
    sync_enter(t, o);
    f->lock = o;
    return true;
}

static bool call_native(struct vm_thread *t, struct vm_method *m, vm_value *args, vm_value *ret)
{
    if (!m->native && !native_bind(t, m))
        return false;
    struct vm_object *lock = NULL;
    if (m->access & ACC_SYNCHRONIZED) {
        lock = (m->access & ACC_STATIC) ? class_mirror(t, m->cls) : args[0].l;
        if (!lock)
            return false;
        sync_enter(t, lock);
    }
    ret->raw = 0;
    m->native(t, args, ret);
    if (lock)
        sync_exit(t, lock);
    return t->exception == NULL;
}

/* Nested loops (vm_call) use C stack: stop well before it runs out. */
#define MAX_CDEPTH 4000
#define MIN_CSTACK (64 * 1024)

bool vm_call(struct vm_thread *t, struct vm_method *m, vm_value *args, vm_value *ret)
{
    vm_value dummy;
    if (!ret)
        ret = &dummy;
    if (m->access & ACC_NATIVE) {
        vm_value a[256];
        if (args)
            memcpy(a, args, m->arg_slots * sizeof *a);
        return call_native(t, m, a, ret);
    }
    if (m->access & ACC_ABSTRACT) {
        char jn[512];
        return vm_throw(t, "java/lang/AbstractMethodError", "%s.%s%s",
                        vm_class_java_name(m->cls, jn, sizeof jn), m->name, m->desc);
    }
    vm_value *base = t->stack_top;
    struct vm_frame *prev = t->frame;
    if ((prev && prev->cdepth >= MAX_CDEPTH) || base + m->max_locals + 16 > t->stack_limit ||
        (t->sched && thread_cstack_left(t) < MIN_CSTACK))
        return throw_soe(t);
    if (args)
        memcpy(base, args, m->arg_slots * sizeof *base);
    struct vm_frame *f = push_frame(t, m, base, prev);
    if (!f)
        return throw_soe(t);
    f->entry = 1;
    f->cdepth++;
    t->frame = f;
    t->stack_top = FRAME_STACK(f) + m->max_stack;
    if ((m->access & ACC_SYNCHRONIZED) && !lock_method(t, f)) {
        t->frame = prev;
        t->stack_top = base;
        return false;
    }
    bool ok = run(t, f);
    if (ok)
        *ret = base[0];
    return ok;
}

static bool is_sqrt(const struct vm_method *m)
{
    return (m->access & ACC_NATIVE) && strcmp(m->name, "sqrt") == 0 && strcmp(m->desc, "(D)D") == 0 &&
           (strcmp(m->cls->name, "java/lang/Math") == 0 || strcmp(m->cls->name, "java/lang/StrictMath") == 0);
}

/* Resolve the method of an invoke for the interpreter (with the checks
 * that resolution alone does not make). */
static struct vm_method *resolve_invoke(struct vm_thread *t, struct vm_class *c, uint16_t idx, int kind)
{
    struct vm_method *m = class_resolve_method(t, c, idx, kind);
    if (!m)
        return NULL;
    if (kind == RESOLVE_STATIC && m->cls->state != VM_CLASS_INITIALIZED && !vm_init_class(t, m->cls))
        return NULL;
    return m;
}

static bool throw_ame(struct vm_thread *t, struct vm_class *recv, struct vm_method *m)
{
    char a[512], b[1024];
    vm_class_java_name(recv, a, sizeof a);
    class_method_string(recv->name, m->name, m->desc, b, sizeof b);
    /* "Receiver class X does not define or inherit an implementation of
     * the resolved method 'abstract void m()' of interface I." */
    char i[512];
    vm_class_java_name(m->cls, i, sizeof i);
    char sig[1024];
    class_method_string("", m->name, m->desc, sig, sizeof sig);
    /* sig is "'void .m()'": drop the dot. */
    char *dot = strstr(sig, " .");
    if (dot)
        memmove(dot + 1, dot + 2, strlen(dot + 2) + 1);
    return vm_throw(t, "java/lang/AbstractMethodError",
                    "Receiver class %s does not define or inherit an implementation of the "
                    "resolved method 'abstract %s of %s %s.", a, sig + 1,
                    class_is_interface(m->cls) ? "interface" : "abstract class", i);
}

/* Answers of class_is_assignable for checkcast, instanceof and aastore:
 * an interface target walks the class's interfaces, and the same few
 * pairs repeat.  Classes are never unloaded and the answer for a linked
 * pair never changes, so a direct-mapped cache needs no invalidation;
 * green threads run one at a time, so no locking either. */
#define SUBTYPE_CACHE_SIZE 1024
static struct { struct vm_class *s, *t; bool yes; } subtype_cache[SUBTYPE_CACHE_SIZE];

static inline bool is_subtype(struct vm_class *s, struct vm_class *t)
{
    if (s == t)
        return true;
    uintptr_t h = (((uintptr_t)s >> 4) ^ ((uintptr_t)t >> 3) ^ ((uintptr_t)t >> 13)) & (SUBTYPE_CACHE_SIZE - 1);
    if (subtype_cache[h].s == s && subtype_cache[h].t == t)
        return subtype_cache[h].yes;
    bool yes = class_is_assignable(s, t);
    subtype_cache[h].s = s;
    subtype_cache[h].t = t;
    subtype_cache[h].yes = yes;
    return yes;
}

/* Trivial methods, run at the call site without a frame (METH_TRIV_*,
 * bits of vm_method.flags that class.c leaves free).  A body qualifies
 * once its field instruction is quickened, so the field's offset and type
 * are known; until then the method is looked at again on each call.
 * METH_PLAIN: looked at, and an ordinary bytecode method (not trivial,
 * native, abstract or synchronized). */
enum { METH_PLAIN = 0x08, METH_TRIV_SEEN = 0x10, METH_TRIV_EMPTY = 0x20, METH_TRIV_GET = 0x40,
       METH_TRIV_SET = 0x80 };
#define METH_TRIV_ANY (METH_TRIV_EMPTY | METH_TRIV_GET | METH_TRIV_SET)
_Static_assert(((METH_PLAIN | METH_TRIV_SEEN | METH_TRIV_ANY) & ~METH_INTERP_BITS) == 0,
               "the interpreter's method flags must stay within METH_INTERP_BITS");

static void classify_trivial(struct vm_method *m)
{
    const uint8_t *c = m->code;
    if ((m->access & (ACC_NATIVE | ACC_ABSTRACT | ACC_SYNCHRONIZED)) || !c) {
        m->flags |= METH_TRIV_SEEN;
        return;
    }
    if (c[0] == RETURN) {
        m->flags |= METH_TRIV_SEEN | METH_TRIV_EMPTY;
        return;
    }
    if ((m->access & ACC_STATIC) || c[0] != ALOAD_0 || m->code_len < 5) {
        m->flags |= METH_TRIV_SEEN | METH_PLAIN;
        return;
    }
    bool load1 = c[1] == ILOAD_1 || c[1] == LLOAD_1 || c[1] == FLOAD_1 || c[1] == DLOAD_1 || c[1] == ALOAD_1;
    if (c[1] == GETFIELD || (load1 && c[2] == PUTFIELD))
        return;   /* not quickened yet: look again next time */
    if (c[1] >= Q_GETFIELD_I && c[1] <= Q_GETFIELD_S && c[4] >= IRETURN && c[4] <= ARETURN) {
        m->flags |= METH_TRIV_SEEN | METH_TRIV_GET;
        return;
    }
    if (m->code_len >= 6 && load1 && c[2] >= Q_PUTFIELD_I && c[2] <= Q_PUTFIELD_Z && c[5] == RETURN) {
        m->flags |= METH_TRIV_SEEN | METH_TRIV_SET;
        return;
    }
    m->flags |= METH_TRIV_SEEN | METH_PLAIN;
}

static bool run(struct vm_thread *t, struct vm_frame *f)
{
    struct vm_method *m = f->m;
    uint8_t *pc = f->pc;
    vm_value *locals = f->locals;
    vm_value *sp = FRAME_STACK(f);
    void **rcache = m->rcache;
    struct vm_method *callee;
    struct vm_class *k;
    struct vm_object *o;
    struct vm_array *arr;
    int32_t idx;
    int ldc_len;             /* 2 for ldc, 3 for ldc_w: not re-read from the code */
    vm_value v;

#define PUSHI(x) ((sp++)->i = (x))
#define PUSHL(x) ((sp)->j = (x), sp += 2)
#define PUSHF(x) ((sp++)->f = (x))
#define PUSHD(x) ((sp)->d = (x), sp += 2)
#define PUSHA(x) ((sp++)->l = (x))
#define SAVE() (f->pc = pc)
#define THROW() do { SAVE(); goto exception; } while (0)
#define NPE() do { SAVE(); exc_throw_npe(t, m, (uint32_t)(pc - m->code)); goto exception; } while (0)
#define PREEMPT() do { if (--t->preempt_budget <= 0) { SAVE(); thread_preempt(t); } } while (0)

#if USE_COMPUTED_GOTO
    /* Filled on the first run: labels are only known inside the function. */
    static void *table[256];
    if (!table[0]) {
        for (int i = 0; i < 256; i++)
            table[i] = &&L_bad;
#define T(op) table[op] = &&L_##op;
        T(NOP) T(ACONST_NULL) T(ICONST_M1) T(ICONST_0) T(ICONST_1) T(ICONST_2) T(ICONST_3) T(ICONST_4) T(ICONST_5)
        T(LCONST_0) T(LCONST_1) T(FCONST_0) T(FCONST_1) T(FCONST_2) T(DCONST_0) T(DCONST_1)
        T(BIPUSH) T(SIPUSH) T(LDC) T(LDC_W) T(LDC2_W) T(ILOAD) T(LLOAD) T(FLOAD) T(DLOAD) T(ALOAD)
        T(ILOAD_0) T(ILOAD_1) T(ILOAD_2) T(ILOAD_3) T(LLOAD_0) T(LLOAD_1) T(LLOAD_2) T(LLOAD_3)
        T(FLOAD_0) T(FLOAD_1) T(FLOAD_2) T(FLOAD_3) T(DLOAD_0) T(DLOAD_1) T(DLOAD_2) T(DLOAD_3)
        T(ALOAD_0) T(ALOAD_1) T(ALOAD_2) T(ALOAD_3)
        T(IALOAD) T(LALOAD) T(FALOAD) T(DALOAD) T(AALOAD) T(BALOAD) T(CALOAD) T(SALOAD)
        T(ISTORE) T(LSTORE) T(FSTORE) T(DSTORE) T(ASTORE)
        T(ISTORE_0) T(ISTORE_1) T(ISTORE_2) T(ISTORE_3) T(LSTORE_0) T(LSTORE_1) T(LSTORE_2) T(LSTORE_3)
        T(FSTORE_0) T(FSTORE_1) T(FSTORE_2) T(FSTORE_3) T(DSTORE_0) T(DSTORE_1) T(DSTORE_2) T(DSTORE_3)
        T(ASTORE_0) T(ASTORE_1) T(ASTORE_2) T(ASTORE_3)
        T(IASTORE) T(LASTORE) T(FASTORE) T(DASTORE) T(AASTORE) T(BASTORE) T(CASTORE) T(SASTORE)
        T(POP) T(POP2) T(DUP) T(DUP_X1) T(DUP_X2) T(DUP2) T(DUP2_X1) T(DUP2_X2) T(SWAP)
        T(IADD) T(LADD) T(FADD) T(DADD) T(ISUB) T(LSUB) T(FSUB) T(DSUB) T(IMUL) T(LMUL) T(FMUL) T(DMUL)
        T(IDIV) T(LDIV) T(FDIV) T(DDIV) T(IREM) T(LREM) T(FREM) T(DREM) T(INEG) T(LNEG) T(FNEG) T(DNEG)
        T(ISHL) T(LSHL) T(ISHR) T(LSHR) T(IUSHR) T(LUSHR) T(IAND) T(LAND) T(IOR) T(LOR) T(IXOR) T(LXOR)
        T(IINC) T(I2L) T(I2F) T(I2D) T(L2I) T(L2F) T(L2D) T(F2I) T(F2L) T(F2D) T(D2I) T(D2L) T(D2F)
        T(I2B) T(I2C) T(I2S) T(LCMP) T(FCMPL) T(FCMPG) T(DCMPL) T(DCMPG)
        T(IFEQ) T(IFNE) T(IFLT) T(IFGE) T(IFGT) T(IFLE)
        T(IF_ICMPEQ) T(IF_ICMPNE) T(IF_ICMPLT) T(IF_ICMPGE) T(IF_ICMPGT) T(IF_ICMPLE) T(IF_ACMPEQ) T(IF_ACMPNE)
        T(GOTO) T(JSR) T(RET) T(TABLESWITCH) T(LOOKUPSWITCH)
        T(IRETURN) T(LRETURN) T(FRETURN) T(DRETURN) T(ARETURN) T(RETURN)
        T(GETSTATIC) T(PUTSTATIC) T(GETFIELD) T(PUTFIELD)
        T(INVOKEVIRTUAL) T(INVOKESPECIAL) T(INVOKESTATIC) T(INVOKEINTERFACE) T(INVOKEDYNAMIC)
        T(NEW) T(NEWARRAY) T(ANEWARRAY) T(ARRAYLENGTH) T(ATHROW) T(CHECKCAST) T(INSTANCEOF)
        T(MONITORENTER) T(MONITOREXIT) T(WIDE) T(MULTIANEWARRAY) T(IFNULL) T(IFNONNULL) T(GOTO_W) T(JSR_W)
        T(Q_GETFIELD_I) T(Q_GETFIELD_J) T(Q_GETFIELD_L) T(Q_GETFIELD_B) T(Q_GETFIELD_C) T(Q_GETFIELD_S)
        T(Q_PUTFIELD_I) T(Q_PUTFIELD_J) T(Q_PUTFIELD_L) T(Q_PUTFIELD_B) T(Q_PUTFIELD_C) T(Q_PUTFIELD_Z)
        T(Q_GETSTATIC_I) T(Q_GETSTATIC_J) T(Q_GETSTATIC_L)
        T(Q_PUTSTATIC_I) T(Q_PUTSTATIC_J) T(Q_PUTSTATIC_L) T(Q_PUTSTATIC_Z) T(Q_PUTSTATIC_B)
        T(Q_PUTSTATIC_C) T(Q_PUTSTATIC_S)
        T(Q_INVOKEVIRTUAL) T(Q_INVOKEDIRECT) T(Q_INVOKESTATIC) T(Q_INVOKEINTERFACE)
        T(Q_NEW) T(Q_LDC_STRING) T(Q_LDC_W_STRING) T(Q_CHECKCAST) T(Q_INSTANCEOF) T(Q_ANEWARRAY)
        T(Q_INVOKEDYNAMIC) T(Q_INVOKESUPER) T(Q_DSQRT)
        T(Q_ILOAD2_IFEQ) T(Q_ILOAD2_IFNE) T(Q_ILOAD2_IFLT) T(Q_ILOAD2_IFGE) T(Q_ILOAD2_IFGT) T(Q_ILOAD2_IFLE)
        T(Q_AILOAD_IALOAD) T(Q_AIILOAD_IASTORE)
        T(Q_ALOAD_GETFIELD_I) T(Q_ALOAD_GETFIELD_J) T(Q_ALOAD_GETFIELD_L)
#undef T
    }
#define OP(x) L_##x:
#define DISPATCH() goto *table[*pc]
#define NEXT(n) do { pc += (n); DISPATCH(); } while (0)
    DISPATCH();
#else
#define OP(x) case x:
#define DISPATCH() goto top
#define NEXT(n) do { pc += (n); goto top; } while (0)
top:
    switch (*pc) {
    default: goto L_bad;
#endif

    OP(NOP) NEXT(1);
    OP(ACONST_NULL) PUSHA(NULL); NEXT(1);
    OP(ICONST_M1) OP(ICONST_0) OP(ICONST_1) OP(ICONST_2) OP(ICONST_3) OP(ICONST_4) OP(ICONST_5)
        PUSHI(*pc - ICONST_0); NEXT(1);
    OP(LCONST_0) OP(LCONST_1) PUSHL(*pc - LCONST_0); NEXT(1);
    OP(FCONST_0) OP(FCONST_1) OP(FCONST_2) PUSHF((float)(*pc - FCONST_0)); NEXT(1);
    OP(DCONST_0) OP(DCONST_1) PUSHD((double)(*pc - DCONST_0)); NEXT(1);
    OP(BIPUSH) PUSHI((int8_t)pc[1]); NEXT(2);
    OP(SIPUSH) PUSHI(s2at(pc + 1)); NEXT(3);
    OP(LDC) idx = pc[1]; ldc_len = 2; goto ldc;
    OP(LDC_W) idx = u2at(pc + 1); ldc_len = 3;
    ldc: {
        /* ldc: push an int, float, String or Class constant. */
        const struct cf_const *e = &m->cls->ext->cf->cp[idx];
        switch (e->tag) {
        case CF_INTEGER: PUSHI(e->v.i); break;
        case CF_FLOAT: PUSHF(e->v.f); break;
        case CF_STRING:
            SAVE();
            o = class_resolve_string(t, m->cls, (uint16_t)idx);
            if (!o)
                goto exception;
            PUSHA(o);
            *pc = ldc_len == 2 ? Q_LDC_STRING : Q_LDC_W_STRING;
            break;
        case CF_CLASS:
            SAVE();
            k = class_resolve_class(t, m->cls, (uint16_t)idx);
            if (!k || !(o = class_mirror(t, k)))
                goto exception;
            PUSHA(o);
            break;
        default:
            SAVE();
            vm_throw(t, "java/lang/UnsupportedOperationException",
                     "ldc of a method handle, method type or dynamic constant");
            goto exception;
        }
        NEXT(ldc_len);
    }
    OP(Q_LDC_STRING) PUSHA(rcache[pc[1]]); NEXT(2);
    OP(Q_LDC_W_STRING) PUSHA(rcache[u2at(pc + 1)]); NEXT(3);
    OP(LDC2_W) {
        const struct cf_const *e = &m->cls->ext->cf->cp[u2at(pc + 1)];
        if (e->tag == CF_LONG) PUSHL(e->v.j);
        else if (e->tag == CF_DOUBLE) PUSHD(e->v.d);
        else {
            SAVE();
            vm_throw(t, "java/lang/UnsupportedOperationException", "ldc2_w of a dynamic constant");
            goto exception;
        }
        NEXT(3);
    }

    OP(ILOAD) {
        /* Fuse "iload; iload; if_icmp<cond>" on first sight. */
        if (pc[2] == ILOAD && pc[4] >= IF_ICMPEQ && pc[4] <= IF_ICMPLE)
            *pc = (uint8_t)(Q_ILOAD2_IFEQ + (pc[4] - IF_ICMPEQ));
        *sp++ = locals[pc[1]];
        NEXT(2);
    }
    OP(ALOAD) {
        /* Fuse "aload; iload; iaload" on first sight. */
        if (pc[2] == ILOAD && pc[4] == IALOAD)
            *pc = Q_AILOAD_IALOAD;
        else if (pc[2] == ILOAD && pc[4] == ILOAD && pc[6] == IASTORE)
            *pc = Q_AIILOAD_IASTORE;
        else if (pc[2] == Q_GETFIELD_I || pc[2] == Q_GETFIELD_J || pc[2] == Q_GETFIELD_L)
            *pc = (uint8_t)(Q_ALOAD_GETFIELD_I + (pc[2] - Q_GETFIELD_I));
        *sp++ = locals[pc[1]];
        NEXT(2);
    }
    OP(FLOAD) *sp++ = locals[pc[1]]; NEXT(2);
#define ILOAD2_IF(cond) do { \
        int32_t a_ = locals[pc[1]].i, b_ = locals[pc[3]].i; \
        if (a_ cond b_) { \
            int16_t off_ = s2at(pc + 5); \
            if (off_ <= 0) \
                PREEMPT(); \
            pc += 4 + off_; \
            DISPATCH(); \
        } \
        NEXT(7); \
    } while (0)
    OP(Q_ILOAD2_IFEQ) ILOAD2_IF(==);
    OP(Q_ILOAD2_IFNE) ILOAD2_IF(!=);
    OP(Q_ILOAD2_IFLT) ILOAD2_IF(<);
    OP(Q_ILOAD2_IFGE) ILOAD2_IF(>=);
    OP(Q_ILOAD2_IFGT) ILOAD2_IF(>);
    OP(Q_ILOAD2_IFLE) ILOAD2_IF(<=);
    OP(Q_AILOAD_IALOAD) {
        arr = (struct vm_array *)locals[pc[1]].l;
        idx = locals[pc[3]].i;
        if (!arr) {
            pc += 4;            /* the iaload is the faulting instruction */
            NPE();
        }
        if ((uint32_t)idx >= (uint32_t)arr->length) {
            pc += 4;
            SAVE();
            throw_aioobe(t, idx, arr->length);
            goto exception;
        }
        (sp++)->i = ((int32_t *)VM_ARRAY_DATA(arr))[idx];
        NEXT(5);
    }
    OP(Q_ALOAD_GETFIELD_I)
        o = locals[pc[1]].l;
        if (!o) { pc += 2; NPE(); }
        (sp++)->i = VM_FIELD(o, int32_t, u2at(pc + 3));
        NEXT(5);
    OP(Q_ALOAD_GETFIELD_J)
        o = locals[pc[1]].l;
        if (!o) { pc += 2; NPE(); }
        sp->j = VM_FIELD(o, int64_t, u2at(pc + 3));
        sp += 2;
        NEXT(5);
    OP(Q_ALOAD_GETFIELD_L)
        o = locals[pc[1]].l;
        if (!o) { pc += 2; NPE(); }
        (sp++)->l = VM_FIELD(o, struct vm_object *, u2at(pc + 3));
        NEXT(5);
    OP(Q_AIILOAD_IASTORE) {
        arr = (struct vm_array *)locals[pc[1]].l;
        idx = locals[pc[3]].i;
        if (!arr || (uint32_t)idx >= (uint32_t)arr->length) {
            /* Let the plain instructions raise it with their own bci. */
            *sp++ = locals[pc[1]];
            *sp++ = locals[pc[3]];
            *sp++ = locals[pc[5]];
            pc += 6;
            DISPATCH();
        }
        ((int32_t *)VM_ARRAY_DATA(arr))[idx] = locals[pc[5]].i;
        NEXT(7);
    }
    OP(LLOAD) OP(DLOAD) sp[0] = locals[pc[1]]; sp += 2; NEXT(2);
    OP(ILOAD_0) OP(ILOAD_1) OP(ILOAD_2) OP(ILOAD_3) *sp++ = locals[*pc - ILOAD_0]; NEXT(1);
    OP(LLOAD_0) OP(LLOAD_1) OP(LLOAD_2) OP(LLOAD_3) sp[0] = locals[*pc - LLOAD_0]; sp += 2; NEXT(1);
    OP(FLOAD_0) OP(FLOAD_1) OP(FLOAD_2) OP(FLOAD_3) *sp++ = locals[*pc - FLOAD_0]; NEXT(1);
    OP(DLOAD_0) OP(DLOAD_1) OP(DLOAD_2) OP(DLOAD_3) sp[0] = locals[*pc - DLOAD_0]; sp += 2; NEXT(1);
    OP(ALOAD_0) OP(ALOAD_1) OP(ALOAD_2) OP(ALOAD_3) *sp++ = locals[*pc - ALOAD_0]; NEXT(1);

    /* Array loads: null and bounds checks, then the element. */
#define ARRAY_CHECK(nslots) do { \
        arr = (struct vm_array *)sp[-(nslots) - 1].l; idx = sp[-(nslots)].i; \
        if (!arr) NPE(); \
        if ((uint32_t)idx >= (uint32_t)arr->length) { SAVE(); throw_aioobe(t, idx, arr->length); goto exception; } \
    } while (0)
    OP(IALOAD) ARRAY_CHECK(1); sp[-2].i = ((int32_t *)VM_ARRAY_DATA(arr))[idx]; sp--; NEXT(1);
    OP(FALOAD) ARRAY_CHECK(1); sp[-2].f = ((float *)VM_ARRAY_DATA(arr))[idx]; sp--; NEXT(1);
    OP(LALOAD) ARRAY_CHECK(1); sp[-2].j = ((int64_t *)VM_ARRAY_DATA(arr))[idx]; NEXT(1);
    OP(DALOAD) ARRAY_CHECK(1); sp[-2].d = ((double *)VM_ARRAY_DATA(arr))[idx]; NEXT(1);
    OP(AALOAD) ARRAY_CHECK(1); sp[-2].l = ((struct vm_object **)VM_ARRAY_DATA(arr))[idx]; sp--; NEXT(1);
    OP(BALOAD) ARRAY_CHECK(1); sp[-2].i = ((int8_t *)VM_ARRAY_DATA(arr))[idx]; sp--; NEXT(1);
    OP(CALOAD) ARRAY_CHECK(1); sp[-2].i = ((uint16_t *)VM_ARRAY_DATA(arr))[idx]; sp--; NEXT(1);
    OP(SALOAD) ARRAY_CHECK(1); sp[-2].i = ((int16_t *)VM_ARRAY_DATA(arr))[idx]; sp--; NEXT(1);

    OP(ISTORE) OP(FSTORE) OP(ASTORE) locals[pc[1]] = *--sp; NEXT(2);
    OP(LSTORE) OP(DSTORE) sp -= 2; locals[pc[1]] = sp[0]; NEXT(2);
    OP(ISTORE_0) OP(ISTORE_1) OP(ISTORE_2) OP(ISTORE_3) locals[*pc - ISTORE_0] = *--sp; NEXT(1);
    OP(LSTORE_0) OP(LSTORE_1) OP(LSTORE_2) OP(LSTORE_3) sp -= 2; locals[*pc - LSTORE_0] = sp[0]; NEXT(1);
    OP(FSTORE_0) OP(FSTORE_1) OP(FSTORE_2) OP(FSTORE_3) locals[*pc - FSTORE_0] = *--sp; NEXT(1);
    OP(DSTORE_0) OP(DSTORE_1) OP(DSTORE_2) OP(DSTORE_3) sp -= 2; locals[*pc - DSTORE_0] = sp[0]; NEXT(1);
    OP(ASTORE_0) OP(ASTORE_1) OP(ASTORE_2) OP(ASTORE_3) locals[*pc - ASTORE_0] = *--sp; NEXT(1);

    OP(IASTORE) ARRAY_CHECK(2); ((int32_t *)VM_ARRAY_DATA(arr))[idx] = sp[-1].i; sp -= 3; NEXT(1);
    OP(FASTORE) ARRAY_CHECK(2); ((float *)VM_ARRAY_DATA(arr))[idx] = sp[-1].f; sp -= 3; NEXT(1);
    OP(LASTORE) ARRAY_CHECK(3); ((int64_t *)VM_ARRAY_DATA(arr))[idx] = sp[-2].j; sp -= 4; NEXT(1);
    OP(DASTORE) ARRAY_CHECK(3); ((double *)VM_ARRAY_DATA(arr))[idx] = sp[-2].d; sp -= 4; NEXT(1);
    OP(BASTORE)
        ARRAY_CHECK(2);
        /* baload/bastore serve boolean arrays too: booleans store 0/1. */
        ((int8_t *)VM_ARRAY_DATA(arr))[idx] = (int8_t)(arr->hdr.cls->elem_type == VM_T_BOOLEAN ? sp[-1].i & 1 : sp[-1].i);
        sp -= 3; NEXT(1);
    OP(CASTORE) OP(SASTORE) ARRAY_CHECK(2); ((uint16_t *)VM_ARRAY_DATA(arr))[idx] = (uint16_t)sp[-1].i; sp -= 3; NEXT(1);
    OP(AASTORE) {
        ARRAY_CHECK(2);
        o = sp[-1].l;
        if (o && arr->hdr.cls->component != class_object && !is_subtype(o->cls, arr->hdr.cls->component)) {
            char jn[512];
            SAVE();
            vm_throw(t, "java/lang/ArrayStoreException", "%s", vm_class_java_name(o->cls, jn, sizeof jn));
            goto exception;
        }
        ((struct vm_object **)VM_ARRAY_DATA(arr))[idx] = o;
        sp -= 3; NEXT(1);
    }

    OP(POP) sp--; NEXT(1);
    OP(POP2) sp -= 2; NEXT(1);
    OP(DUP) sp[0] = sp[-1]; sp++; NEXT(1);
    OP(DUP_X1) v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = v; sp[0] = v; sp++; NEXT(1);
    OP(DUP_X2) v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = v; sp[0] = v; sp++; NEXT(1);
    OP(DUP2) sp[0] = sp[-2]; sp[1] = sp[-1]; sp += 2; NEXT(1);
    OP(DUP2_X1) {
        vm_value a = sp[-3], b = sp[-2], c = sp[-1];
        sp[-3] = b; sp[-2] = c; sp[-1] = a; sp[0] = b; sp[1] = c; sp += 2; NEXT(1);
    }
    OP(DUP2_X2) {
        vm_value a = sp[-4], b = sp[-3], c = sp[-2], d = sp[-1];
        sp[-4] = c; sp[-3] = d; sp[-2] = a; sp[-1] = b; sp[0] = c; sp[1] = d; sp += 2; NEXT(1);
    }
    OP(SWAP) v = sp[-1]; sp[-1] = sp[-2]; sp[-2] = v; NEXT(1);

    /* Arithmetic: ints wrap (-fwrapv); shifts are masked. */
    OP(IADD) sp[-2].i = sp[-2].i + sp[-1].i; sp--; NEXT(1);
    OP(LADD) sp[-4].j = sp[-4].j + sp[-2].j; sp -= 2; NEXT(1);
    OP(FADD) sp[-2].f = sp[-2].f + sp[-1].f; sp--; NEXT(1);
    OP(DADD) sp[-4].d = sp[-4].d + sp[-2].d; sp -= 2; NEXT(1);
    OP(ISUB) sp[-2].i = sp[-2].i - sp[-1].i; sp--; NEXT(1);
    OP(LSUB) sp[-4].j = sp[-4].j - sp[-2].j; sp -= 2; NEXT(1);
    OP(FSUB) sp[-2].f = sp[-2].f - sp[-1].f; sp--; NEXT(1);
    OP(DSUB) sp[-4].d = sp[-4].d - sp[-2].d; sp -= 2; NEXT(1);
    OP(IMUL) sp[-2].i = sp[-2].i * sp[-1].i; sp--; NEXT(1);
    OP(LMUL) sp[-4].j = sp[-4].j * sp[-2].j; sp -= 2; NEXT(1);
    OP(FMUL) sp[-2].f = sp[-2].f * sp[-1].f; sp--; NEXT(1);
    OP(DMUL) sp[-4].d = sp[-4].d * sp[-2].d; sp -= 2; NEXT(1);
    OP(IDIV)
        if (sp[-1].i == 0) { SAVE(); vm_throw(t, "java/lang/ArithmeticException", "/ by zero"); goto exception; }
        sp[-2].i = sp[-1].i == -1 ? -sp[-2].i : sp[-2].i / sp[-1].i; sp--; NEXT(1);
    OP(LDIV)
        if (sp[-2].j == 0) { SAVE(); vm_throw(t, "java/lang/ArithmeticException", "/ by zero"); goto exception; }
        sp[-4].j = sp[-2].j == -1 ? -sp[-4].j : sp[-4].j / sp[-2].j; sp -= 2; NEXT(1);
    OP(FDIV) sp[-2].f = sp[-2].f / sp[-1].f; sp--; NEXT(1);
    OP(DDIV) sp[-4].d = sp[-4].d / sp[-2].d; sp -= 2; NEXT(1);
    OP(IREM)
        if (sp[-1].i == 0) { SAVE(); vm_throw(t, "java/lang/ArithmeticException", "/ by zero"); goto exception; }
        sp[-2].i = sp[-1].i == -1 ? 0 : sp[-2].i % sp[-1].i; sp--; NEXT(1);
    OP(LREM)
        if (sp[-2].j == 0) { SAVE(); vm_throw(t, "java/lang/ArithmeticException", "/ by zero"); goto exception; }
        sp[-4].j = sp[-2].j == -1 ? 0 : sp[-4].j % sp[-2].j; sp -= 2; NEXT(1);
    OP(FREM) sp[-2].f = fmodf(sp[-2].f, sp[-1].f); sp--; NEXT(1);
    OP(DREM) sp[-4].d = fmod(sp[-4].d, sp[-2].d); sp -= 2; NEXT(1);
    OP(INEG) sp[-1].i = -sp[-1].i; NEXT(1);
    OP(LNEG) sp[-2].j = -sp[-2].j; NEXT(1);
    OP(FNEG) sp[-1].f = -sp[-1].f; NEXT(1);
    OP(DNEG) sp[-2].d = -sp[-2].d; NEXT(1);
    OP(ISHL) sp[-2].i = (int32_t)((uint32_t)sp[-2].i << (sp[-1].i & 31)); sp--; NEXT(1);
    OP(LSHL) sp[-3].j = (int64_t)((uint64_t)sp[-3].j << (sp[-1].i & 63)); sp--; NEXT(1);
    OP(ISHR) sp[-2].i = sp[-2].i >> (sp[-1].i & 31); sp--; NEXT(1);
    OP(LSHR) sp[-3].j = sp[-3].j >> (sp[-1].i & 63); sp--; NEXT(1);
    OP(IUSHR) sp[-2].i = (int32_t)((uint32_t)sp[-2].i >> (sp[-1].i & 31)); sp--; NEXT(1);
    OP(LUSHR) sp[-3].j = (int64_t)((uint64_t)sp[-3].j >> (sp[-1].i & 63)); sp--; NEXT(1);
    OP(IAND) sp[-2].i &= sp[-1].i; sp--; NEXT(1);
    OP(LAND) sp[-4].j &= sp[-2].j; sp -= 2; NEXT(1);
    OP(IOR) sp[-2].i |= sp[-1].i; sp--; NEXT(1);
    OP(LOR) sp[-4].j |= sp[-2].j; sp -= 2; NEXT(1);
    OP(IXOR) sp[-2].i ^= sp[-1].i; sp--; NEXT(1);
    OP(LXOR) sp[-4].j ^= sp[-2].j; sp -= 2; NEXT(1);
    OP(IINC) locals[pc[1]].i += (int8_t)pc[2]; NEXT(3);

    /* Conversions: float to integer saturates, NaN gives 0. */
    OP(I2L) sp[-1].j = sp[-1].i; sp++; NEXT(1);
    OP(I2F) sp[-1].f = (float)sp[-1].i; NEXT(1);
    OP(I2D) sp[-1].d = sp[-1].i; sp++; NEXT(1);
    OP(L2I) sp[-2].i = (int32_t)sp[-2].j; sp--; NEXT(1);
    OP(L2F) sp[-2].f = (float)sp[-2].j; sp--; NEXT(1);
    OP(L2D) sp[-2].d = (double)sp[-2].j; NEXT(1);
    OP(F2I) sp[-1].i = f2i(sp[-1].f); NEXT(1);
    OP(F2L) sp[-1].j = f2l(sp[-1].f); sp++; NEXT(1);
    OP(F2D) sp[-1].d = sp[-1].f; sp++; NEXT(1);
    OP(D2I) sp[-2].i = d2i(sp[-2].d); sp--; NEXT(1);
    OP(D2L) sp[-2].j = d2l(sp[-2].d); NEXT(1);
    OP(D2F) sp[-2].f = (float)sp[-2].d; sp--; NEXT(1);
    OP(I2B) sp[-1].i = (int8_t)sp[-1].i; NEXT(1);
    OP(I2C) sp[-1].i = (uint16_t)sp[-1].i; NEXT(1);
    OP(I2S) sp[-1].i = (int16_t)sp[-1].i; NEXT(1);

    /* Comparisons: NaN gives -1 (l) or 1 (g). */
    OP(LCMP) sp[-4].i = sp[-4].j < sp[-2].j ? -1 : sp[-4].j > sp[-2].j; sp -= 3; NEXT(1);
    OP(FCMPL) OP(FCMPG) {
        float a = sp[-2].f, b = sp[-1].f;
        sp[-2].i = a < b ? -1 : a > b ? 1 : a == b ? 0 : (*pc == FCMPL ? -1 : 1);
        sp--; NEXT(1);
    }
    OP(DCMPL) OP(DCMPG) {
        double a = sp[-4].d, b = sp[-2].d;
        sp[-4].i = a < b ? -1 : a > b ? 1 : a == b ? 0 : (*pc == DCMPL ? -1 : 1);
        sp -= 3; NEXT(1);
    }

    /* Branches: backward ones spend the time slice. */
#define BRANCH(cond) do { \
        if (cond) { \
            int16_t off_ = s2at(pc + 1); \
            if (off_ <= 0) \
                PREEMPT(); \
            pc += off_; \
            DISPATCH(); \
        } \
        NEXT(3); \
    } while (0)
    OP(IFEQ) sp--; BRANCH(sp[0].i == 0);
    OP(IFNE) sp--; BRANCH(sp[0].i != 0);
    OP(IFLT) sp--; BRANCH(sp[0].i < 0);
    OP(IFGE) sp--; BRANCH(sp[0].i >= 0);
    OP(IFGT) sp--; BRANCH(sp[0].i > 0);
    OP(IFLE) sp--; BRANCH(sp[0].i <= 0);
    OP(IF_ICMPEQ) sp -= 2; BRANCH(sp[0].i == sp[1].i);
    OP(IF_ICMPNE) sp -= 2; BRANCH(sp[0].i != sp[1].i);
    OP(IF_ICMPLT) sp -= 2; BRANCH(sp[0].i < sp[1].i);
    OP(IF_ICMPGE) sp -= 2; BRANCH(sp[0].i >= sp[1].i);
    OP(IF_ICMPGT) sp -= 2; BRANCH(sp[0].i > sp[1].i);
    OP(IF_ICMPLE) sp -= 2; BRANCH(sp[0].i <= sp[1].i);
    OP(IF_ACMPEQ) sp -= 2; BRANCH(sp[0].l == sp[1].l);
    OP(IF_ACMPNE) sp -= 2; BRANCH(sp[0].l != sp[1].l);
    OP(IFNULL) sp--; BRANCH(sp[0].l == NULL);
    OP(IFNONNULL) sp--; BRANCH(sp[0].l != NULL);
    OP(GOTO) BRANCH(1);
    OP(GOTO_W) {
        int32_t off = s4at(pc + 1);
        if (off <= 0)
            PREEMPT();
        pc += off;
        DISPATCH();
    }
    OP(JSR) PUSHI((int32_t)(pc + 3 - m->code)); pc += s2at(pc + 1); DISPATCH();
    OP(JSR_W) PUSHI((int32_t)(pc + 5 - m->code)); pc += s4at(pc + 1); DISPATCH();
    OP(RET) pc = m->code + locals[pc[1]].i; DISPATCH();
    OP(TABLESWITCH) {
        const uint8_t *a = m->code + (((pc - m->code) + 4) & ~3);
        int32_t key = (--sp)->i, lo = s4at(a + 4), hi = s4at(a + 8);
        int32_t off = (key < lo || key > hi) ? s4at(a) : s4at(a + 12 + (int64_t)(key - lo) * 4);
        if (off <= 0)
            PREEMPT();
        pc += off;
        DISPATCH();
    }
    OP(LOOKUPSWITCH) {
        const uint8_t *a = m->code + (((pc - m->code) + 4) & ~3);
        int32_t key = (--sp)->i, n = s4at(a + 4), off = s4at(a);
        int32_t lo = 0, hi = n - 1;
        while (lo <= hi) {
            int32_t mid = (lo + hi) >> 1, mk = s4at(a + 8 + mid * 8);
            if (mk == key) { off = s4at(a + 12 + mid * 8); break; }
            if (mk < key) lo = mid + 1; else hi = mid - 1;
        }
        if (off <= 0)
            PREEMPT();
        pc += off;
        DISPATCH();
    }

    /* Returns: the value goes where the callee's locals began. */
    OP(IRETURN) OP(FRETURN) OP(ARETURN) v = sp[-1]; idx = 1; goto do_return;
    OP(LRETURN) OP(DRETURN) v = sp[-2]; idx = 2; goto do_return;
    OP(RETURN) idx = 0; goto do_return;
    do_return: {
        if (f->lock) {
            SAVE();
            if (!sync_exit(t, f->lock)) {
                f->lock = NULL;
                vm_throw(t, "java/lang/IllegalMonitorStateException", NULL);
                goto exception;
            }
        }
        vm_value *dest = f->locals;
        struct vm_frame *pf = f->prev;
        dest[0] = v;
        t->frame = pf;
        if (f->entry) {
            t->stack_top = dest;
            return true;
        }
        sp = dest + idx;
        f = pf;
        m = f->m;
        locals = f->locals;
        rcache = m->rcache;
        pc = f->pc + invoke_len[*f->pc];
        t->stack_top = FRAME_STACK(f) + m->max_stack;
        DISPATCH();
    }

    /* Fields.  The first execution resolves and rewrites to a quick form. */
    OP(GETSTATIC) OP(PUTSTATIC) {
        /* Read the opcode now: while vm_init_class waits for another
         * thread, a third may quicken this very instruction. */
        bool get = *pc == GETSTATIC;
        SAVE();
        struct vm_field *fl = class_resolve_field(t, m->cls, u2at(pc + 1), true);
        if (!fl)
            goto exception;
        k = fl->cls;
        if (k->state != VM_CLASS_INITIALIZED && !vm_init_class(t, k))
            goto exception;
        vm_value *slot = &k->statics[fl->offset];
        bool quick = k->state == VM_CLASS_INITIALIZED;
        if (get) {
            switch (fl->type) {
            case VM_T_LONG: case VM_T_DOUBLE: PUSHL(slot->j); if (quick) *pc = Q_GETSTATIC_J; break;
            case VM_T_REF: PUSHA(slot->l); if (quick) *pc = Q_GETSTATIC_L; break;
            default: PUSHI(slot->i); if (quick) *pc = Q_GETSTATIC_I; break;
            }
        } else {
            uint8_t q;
            switch (fl->type) {
            case VM_T_LONG: case VM_T_DOUBLE: sp -= 2; slot->j = sp->j; q = Q_PUTSTATIC_J; break;
            case VM_T_REF: slot->l = (--sp)->l; q = Q_PUTSTATIC_L; break;
            case VM_T_BOOLEAN: slot->i = (--sp)->i & 1; q = Q_PUTSTATIC_Z; break;
            case VM_T_BYTE: slot->i = (int8_t)(--sp)->i; q = Q_PUTSTATIC_B; break;
            case VM_T_CHAR: slot->i = (uint16_t)(--sp)->i; q = Q_PUTSTATIC_C; break;
            case VM_T_SHORT: slot->i = (int16_t)(--sp)->i; q = Q_PUTSTATIC_S; break;
            default: slot->i = (--sp)->i; q = Q_PUTSTATIC_I; break;
            }
            if (quick)
                *pc = q;
        }
        NEXT(3);
    }
#define STATIC_SLOT() ({ struct vm_field *fl_ = rcache[u2at(pc + 1)]; &fl_->cls->statics[fl_->offset]; })
    OP(Q_GETSTATIC_I) PUSHI(STATIC_SLOT()->i); NEXT(3);
    OP(Q_GETSTATIC_J) PUSHL(STATIC_SLOT()->j); NEXT(3);
    OP(Q_GETSTATIC_L) PUSHA(STATIC_SLOT()->l); NEXT(3);
    OP(Q_PUTSTATIC_I) STATIC_SLOT()->i = (--sp)->i; NEXT(3);
    OP(Q_PUTSTATIC_J) sp -= 2; STATIC_SLOT()->j = sp->j; NEXT(3);
    OP(Q_PUTSTATIC_L) STATIC_SLOT()->l = (--sp)->l; NEXT(3);
    OP(Q_PUTSTATIC_Z) STATIC_SLOT()->i = (--sp)->i & 1; NEXT(3);
    OP(Q_PUTSTATIC_B) STATIC_SLOT()->i = (int8_t)(--sp)->i; NEXT(3);
    OP(Q_PUTSTATIC_C) STATIC_SLOT()->i = (uint16_t)(--sp)->i; NEXT(3);
    OP(Q_PUTSTATIC_S) STATIC_SLOT()->i = (int16_t)(--sp)->i; NEXT(3);

    OP(GETFIELD) OP(PUTFIELD) {
        SAVE();
        struct vm_field *fl = class_resolve_field(t, m->cls, u2at(pc + 1), false);
        if (!fl)
            goto exception;
        if (fl->offset > 0xffff)
            plat_abort("field offset beyond 64 KiB");
        uint8_t q;
        bool get = *pc == GETFIELD;
        switch (fl->type) {
        case VM_T_LONG: case VM_T_DOUBLE: q = get ? Q_GETFIELD_J : Q_PUTFIELD_J; break;
        case VM_T_REF: q = get ? Q_GETFIELD_L : Q_PUTFIELD_L; break;
        case VM_T_BOOLEAN: q = get ? Q_GETFIELD_B : Q_PUTFIELD_Z; break;
        case VM_T_BYTE: q = get ? Q_GETFIELD_B : Q_PUTFIELD_B; break;
        case VM_T_CHAR: q = get ? Q_GETFIELD_C : Q_PUTFIELD_C; break;
        case VM_T_SHORT: q = get ? Q_GETFIELD_S : Q_PUTFIELD_C; break;
        default: q = get ? Q_GETFIELD_I : Q_PUTFIELD_I; break;
        }
        /* The operand becomes the field's byte offset. */
        *pc = q;
        pc[1] = (uint8_t)(fl->offset >> 8);
        pc[2] = (uint8_t)fl->offset;
        DISPATCH();
    }
#define FOFF() u2at(pc + 1)
    OP(Q_GETFIELD_I) o = sp[-1].l; if (!o) NPE(); sp[-1].i = VM_FIELD(o, int32_t, FOFF()); NEXT(3);
    OP(Q_GETFIELD_J) o = sp[-1].l; if (!o) NPE(); sp[-1].j = VM_FIELD(o, int64_t, FOFF()); sp++; NEXT(3);
    OP(Q_GETFIELD_L) o = sp[-1].l; if (!o) NPE(); sp[-1].l = VM_FIELD(o, struct vm_object *, FOFF()); NEXT(3);
    OP(Q_GETFIELD_B) o = sp[-1].l; if (!o) NPE(); sp[-1].i = VM_FIELD(o, int8_t, FOFF()); NEXT(3);
    OP(Q_GETFIELD_C) o = sp[-1].l; if (!o) NPE(); sp[-1].i = VM_FIELD(o, uint16_t, FOFF()); NEXT(3);
    OP(Q_GETFIELD_S) o = sp[-1].l; if (!o) NPE(); sp[-1].i = VM_FIELD(o, int16_t, FOFF()); NEXT(3);
    OP(Q_PUTFIELD_I) o = sp[-2].l; if (!o) NPE(); VM_FIELD(o, int32_t, FOFF()) = sp[-1].i; sp -= 2; NEXT(3);
    OP(Q_PUTFIELD_J) o = sp[-3].l; if (!o) NPE(); VM_FIELD(o, int64_t, FOFF()) = sp[-2].j; sp -= 3; NEXT(3);
    OP(Q_PUTFIELD_L) o = sp[-2].l; if (!o) NPE(); VM_FIELD(o, struct vm_object *, FOFF()) = sp[-1].l; sp -= 2; NEXT(3);
    OP(Q_PUTFIELD_B) o = sp[-2].l; if (!o) NPE(); VM_FIELD(o, int8_t, FOFF()) = (int8_t)sp[-1].i; sp -= 2; NEXT(3);
    OP(Q_PUTFIELD_Z) o = sp[-2].l; if (!o) NPE(); VM_FIELD(o, int8_t, FOFF()) = (int8_t)(sp[-1].i & 1); sp -= 2; NEXT(3);
    OP(Q_PUTFIELD_C) o = sp[-2].l; if (!o) NPE(); VM_FIELD(o, uint16_t, FOFF()) = (uint16_t)sp[-1].i; sp -= 2; NEXT(3);

    /* Invocations. */
    OP(INVOKEVIRTUAL) {
        SAVE();
        callee = resolve_invoke(t, m->cls, u2at(pc + 1), RESOLVE_VIRTUAL);
        if (!callee)
            goto exception;
        if (class_is_interface(callee->cls))
            goto invoke_interface_slow;   /* a default method reached through a class */
        if (callee->vtable_index < 0 || (callee->access & (ACC_FINAL | ACC_PRIVATE)) ||
            (callee->cls->access & ACC_FINAL))
            *pc = Q_INVOKEDIRECT;
        else
            *pc = Q_INVOKEVIRTUAL;
        DISPATCH();
    }
    invoke_interface_slow: {
        /* Rare path (invokevirtual of a default method): look up each time. */
        o = sp[-callee->arg_slots].l;
        if (!o)
            NPE();
        struct vm_method *im = callee;
        callee = class_itable_lookup(o->cls, im);
        if (!callee || (callee->access & ACC_ABSTRACT)) {
            SAVE();
            throw_ame(t, o->cls, im);
            goto exception;
        }
        goto invoke;
    }
    OP(Q_INVOKEVIRTUAL) {
        callee = rcache[u2at(pc + 1)];
        o = sp[-callee->arg_slots].l;
        if (!o)
            NPE();
        callee = o->cls->ext->vtable[callee->vtable_index];
        goto invoke;
    }
    OP(Q_INVOKEDIRECT) {
        callee = rcache[u2at(pc + 1)];
        if (!sp[-callee->arg_slots].l)
            NPE();
        goto invoke;
    }
    OP(INVOKESPECIAL) {
        SAVE();
        callee = resolve_invoke(t, m->cls, u2at(pc + 1), RESOLVE_SPECIAL);
        if (!callee)
            goto exception;
        /* A super call (ACC_SUPER semantics): select from the current
         * class's superclass unless it is <init> or private. */
        k = callee->cls;
        if (!(callee->flags & METH_INIT) && !(callee->access & ACC_PRIVATE) && !class_is_interface(k) &&
            k != m->cls && class_is_assignable(m->cls, k) && m->cls->super) {
            struct vm_method *sel = class_find_method(m->cls->super, callee->name, callee->desc);
            if (sel && sel != callee) {
                /* The selected method differs from the resolved one (which
                 * the class's cache keeps): the site gets its own cache
                 * entry, by a 2-byte index. */
                if (nicaches < 0xffff) {
                    uint32_t ic = interp_icache_new(callee);
                    icaches[ic].target = sel;
                    *pc = Q_INVOKESUPER;
                    pc[1] = (uint8_t)(ic >> 8);
                    pc[2] = (uint8_t)ic;
                }
                callee = sel;
                if (!sp[-callee->arg_slots].l)
                    NPE();
                goto invoke;
            }
        }
        *pc = Q_INVOKEDIRECT;
        DISPATCH();
    }
    OP(Q_INVOKESUPER) {
        callee = icaches[u2at(pc + 1)].target;
        if (!sp[-callee->arg_slots].l)
            NPE();
        goto invoke;
    }
    OP(INVOKESTATIC) {
        SAVE();
        callee = resolve_invoke(t, m->cls, u2at(pc + 1), RESOLVE_STATIC);
        if (!callee)
            goto exception;
        if (callee->cls->state == VM_CLASS_INITIALIZED)
            *pc = is_sqrt(callee) ? Q_DSQRT : Q_INVOKESTATIC;
        goto invoke;
    }
    OP(Q_INVOKESTATIC) callee = rcache[u2at(pc + 1)]; goto invoke;
    /* Math.sqrt and StrictMath.sqrt: IEEE sqrt is correctly rounded, so
     * the C function is exactly the Java one; no native call. */
    OP(Q_DSQRT) sp[-2].d = sqrt(sp[-2].d); NEXT(3);
    OP(INVOKEINTERFACE) {
        SAVE();
        callee = resolve_invoke(t, m->cls, u2at(pc + 1), RESOLVE_INTERFACE);
        if (!callee)
            goto exception;
        if (callee->access & ACC_PRIVATE) {
            /* Private interface methods are invoked directly. */
            if (!sp[-callee->arg_slots].l)
                NPE();
            goto invoke;
        }
        uint32_t ic = interp_icache_new(callee);
        *pc = Q_INVOKEINTERFACE;
        memcpy(pc + 1, &ic, 4);
        DISPATCH();
    }
    OP(Q_INVOKEINTERFACE) {
        uint32_t ic;
        memcpy(&ic, pc + 1, 4);
        struct icache *c = &icaches[ic];
        o = sp[-c->imethod->arg_slots].l;
        if (!o)
            NPE();
        if (o->cls == c->cls) {
            callee = c->target;
        } else {
            callee = class_itable_lookup(o->cls, c->imethod);
            if (!callee || (callee->access & ACC_ABSTRACT)) {
                SAVE();
                if (!callee && !class_is_assignable(o->cls, c->imethod->cls)) {
                    char a[512], b[512];
                    vm_throw(t, "java/lang/IncompatibleClassChangeError",
                             "Class %s does not implement the requested interface %s",
                             vm_class_java_name(o->cls, a, sizeof a), vm_class_java_name(c->imethod->cls, b, sizeof b));
                } else {
                    throw_ame(t, o->cls, c->imethod);
                }
                goto exception;
            }
            c->cls = o->cls;
            c->target = callee;
        }
        goto invoke;
    }
    OP(INVOKEDYNAMIC) {
        SAVE();
        /* The call site's target is made once (indy.c) and cached. */
        if (!indy_link(t, m->cls, u2at(pc + 1)))
            goto exception;
        *pc = Q_INVOKEDYNAMIC;
        DISPATCH();
    }
    OP(Q_INVOKEDYNAMIC) {
        SAVE();
        struct indy_site *site = rcache[u2at(pc + 1)];
        callee = site->method;
        if (!callee) {
            /* A site answered in C (a constant result or a native). */
            sp = indy_invoke(t, site, sp);
            if (!sp)
                goto exception;
            NEXT(5);
        }
        goto invoke;
    }

    invoke: {
        /* callee's arguments are the top arg_slots of the stack.  One
         * test sends the common case (bytecode, not trivial, not
         * synchronized) straight to the frame push. */
        if (callee->flags & METH_PLAIN)
            goto invoke_frame;
        if (callee->flags & METH_TRIV_ANY) {
            /* Getter, setter or empty method: run here without a frame.
             * Nothing in these bodies can throw, loop or be seen in a
             * stack trace. */
            const uint8_t *c = callee->code;
            if (callee->flags & METH_TRIV_EMPTY) {
                sp -= callee->arg_slots;
                NEXT(invoke_len[*pc]);
            }
            if (callee->flags & METH_TRIV_GET) {
                o = sp[-1].l;
                if (o) {
                    uint16_t off = u2at(c + 2);
                    switch (c[1]) {
                    case Q_GETFIELD_I: sp[-1].i = VM_FIELD(o, int32_t, off); break;
                    case Q_GETFIELD_J: sp[-1].j = VM_FIELD(o, int64_t, off); sp++; break;
                    case Q_GETFIELD_L: sp[-1].l = VM_FIELD(o, struct vm_object *, off); break;
                    case Q_GETFIELD_B: sp[-1].i = VM_FIELD(o, int8_t, off); break;
                    case Q_GETFIELD_C: sp[-1].i = VM_FIELD(o, uint16_t, off); break;
                    default: sp[-1].i = VM_FIELD(o, int16_t, off); break;
                    }
                    NEXT(invoke_len[*pc]);
                }
            } else {
                vm_value *args = sp - callee->arg_slots;
                o = args[0].l;
                if (o) {
                    uint16_t off = u2at(c + 3);
                    switch (c[2]) {
                    case Q_PUTFIELD_I: VM_FIELD(o, int32_t, off) = args[1].i; break;
                    case Q_PUTFIELD_J: VM_FIELD(o, int64_t, off) = args[1].j; break;
                    case Q_PUTFIELD_L: VM_FIELD(o, struct vm_object *, off) = args[1].l; break;
                    case Q_PUTFIELD_B: VM_FIELD(o, int8_t, off) = (int8_t)args[1].i; break;
                    case Q_PUTFIELD_Z: VM_FIELD(o, int8_t, off) = (int8_t)(args[1].i & 1); break;
                    default: VM_FIELD(o, uint16_t, off) = (uint16_t)args[1].i; break;
                    }
                    sp = args;
                    NEXT(invoke_len[*pc]);
                }
            }
        } else if (!(callee->flags & METH_TRIV_SEEN)) {
            classify_trivial(callee);
        }
        if (callee->access & (ACC_NATIVE | ACC_ABSTRACT)) {
            PREEMPT();
            SAVE();
            vm_value *args = sp - callee->arg_slots, ret;
            if (callee->access & ACC_ABSTRACT) {
                throw_ame(t, args[0].l ? args[0].l->cls : callee->cls, callee);
                goto exception;
            }
            f->in_native = 1;
            bool ok = call_native(t, callee, args, &ret);
            f->in_native = 0;
            if (!ok)
                goto exception;
            sp = args;
            switch (callee->ret_type) {
            case VM_T_VOID: break;
            case VM_T_LONG: case VM_T_DOUBLE: sp[0] = ret; sp += 2; break;
            default: *sp++ = ret; break;
            }
            NEXT(invoke_len[*pc]);
        }
    invoke_frame:
        PREEMPT();
        vm_value *args = sp - callee->arg_slots;
        struct vm_frame *nf = push_frame(t, callee, args, f);
        SAVE();
        if (!nf) {
            throw_soe(t);
            goto exception;
        }
        t->frame = nf;
        t->stack_top = FRAME_STACK(nf) + callee->max_stack;
        f = nf;
        m = callee;
        locals = args;
        sp = FRAME_STACK(nf);
        pc = m->code;
        rcache = m->rcache;
        if (!(m->flags & METH_PLAIN) && (m->access & ACC_SYNCHRONIZED) && !lock_method(t, f))
            goto exception;
        DISPATCH();
    }

    /* Objects and arrays. */
    OP(NEW) {
        SAVE();
        k = class_resolve_class(t, m->cls, u2at(pc + 1));
        if (!k)
            goto exception;
        if (k->access & (ACC_ABSTRACT | ACC_INTERFACE)) {
            char jn[512];
            vm_throw(t, "java/lang/InstantiationError", "%s", vm_class_java_name(k, jn, sizeof jn));
            goto exception;
        }
        if (k->state != VM_CLASS_INITIALIZED && !vm_init_class(t, k))
            goto exception;
        if (k->state == VM_CLASS_INITIALIZED)
            *pc = Q_NEW;
        o = vm_new_object(t, k);
        if (!o)
            goto exception;
        PUSHA(o);
        NEXT(3);
    }
    OP(Q_NEW) {
        SAVE();
        o = vm_new_object(t, rcache[u2at(pc + 1)]);
        if (!o)
            goto exception;
        PUSHA(o);
        NEXT(3);
    }
    OP(NEWARRAY) {
        static const uint8_t types[] = { [4] = VM_T_BOOLEAN, VM_T_CHAR, VM_T_FLOAT, VM_T_DOUBLE,
                                         VM_T_BYTE, VM_T_SHORT, VM_T_INT, VM_T_LONG };
        SAVE();
        arr = vm_new_array(t, types[pc[1]], sp[-1].i);
        if (!arr)
            goto exception;
        sp[-1].l = &arr->hdr;
        NEXT(2);
    }
    OP(ANEWARRAY) {
        SAVE();
        k = class_resolve_class(t, m->cls, u2at(pc + 1));
        if (!k || !class_array_of(t, k))
            goto exception;
        *pc = Q_ANEWARRAY;
        DISPATCH();
    }
    OP(Q_ANEWARRAY) {
        SAVE();
        k = rcache[u2at(pc + 1)];
        arr = class_new_array_of_class(t, k->ext->array_class, sp[-1].i);
        if (!arr)
            goto exception;
        sp[-1].l = &arr->hdr;
        NEXT(3);
    }
    OP(MULTIANEWARRAY) {
        SAVE();
        k = class_resolve_class(t, m->cls, u2at(pc + 1));
        if (!k)
            goto exception;
        int nd = pc[3];
        int32_t counts[256];
        for (int i = 0; i < nd; i++) {
            counts[i] = sp[i - nd].i;
            if (counts[i] < 0) {
                vm_throw(t, "java/lang/NegativeArraySizeException", "%d", counts[i]);
                goto exception;
            }
        }
        arr = multi_array(t, k, counts, nd);
        if (!arr)
            goto exception;
        sp -= nd;
        PUSHA(&arr->hdr);
        NEXT(4);
    }
    OP(ARRAYLENGTH) {
        arr = (struct vm_array *)sp[-1].l;
        if (!arr)
            NPE();
        sp[-1].i = arr->length;
        NEXT(1);
    }
    OP(ATHROW) {
        o = sp[-1].l;
        if (!o)
            NPE();
        SAVE();
        t->exception = o;
        goto exception;
    }
    OP(CHECKCAST) OP(INSTANCEOF) {
        SAVE();
        if (!class_resolve_class(t, m->cls, u2at(pc + 1)))
            goto exception;
        *pc = *pc == CHECKCAST ? Q_CHECKCAST : Q_INSTANCEOF;
        DISPATCH();
    }
    OP(Q_CHECKCAST) {
        o = sp[-1].l;
        if (o && !is_subtype(o->cls, k = rcache[u2at(pc + 1)])) {
            SAVE();
            interp_throw_cce(t, o->cls, k);
            goto exception;
        }
        NEXT(3);
    }
    OP(Q_INSTANCEOF) {
        o = sp[-1].l;
        sp[-1].i = o && is_subtype(o->cls, rcache[u2at(pc + 1)]);
        NEXT(3);
    }
    OP(MONITORENTER) {
        o = (--sp)->l;
        if (!o) { sp++; NPE(); }
        SAVE();
        sync_enter(t, o);
        NEXT(1);
    }
    OP(MONITOREXIT) {
        o = (--sp)->l;
        if (!o) { sp++; NPE(); }
        SAVE();
        if (!sync_exit(t, o)) {
            vm_throw(t, "java/lang/IllegalMonitorStateException", NULL);
            goto exception;
        }
        NEXT(1);
    }
    OP(WIDE) {
        uint16_t n = u2at(pc + 2);
        switch (pc[1]) {
        case ILOAD: case FLOAD: case ALOAD: *sp++ = locals[n]; break;
        case LLOAD: case DLOAD: sp[0] = locals[n]; sp += 2; break;
        case ISTORE: case FSTORE: case ASTORE: locals[n] = *--sp; break;
        case LSTORE: case DSTORE: sp -= 2; locals[n] = sp[0]; break;
        case RET: pc = m->code + locals[n].i; DISPATCH();
        case IINC: locals[n].i += s2at(pc + 4); NEXT(6);
        }
        NEXT(4);
    }

    L_bad: {
        SAVE();
        vm_throw(t, "java/lang/VerifyError", "Bad instruction %u in method %s", *pc, m->name);
        goto exception;
    }
#if !USE_COMPUTED_GOTO
    }
#endif

exception: {
        /* t->exception is pending; f->pc is the instruction that threw.
         * Find a handler here or unwind to the caller. */
        for (;;) {
            o = t->exception;
            int32_t h = exc_find_handler(t, m, (uint32_t)(f->pc - m->code), o);
            if (h >= 0) {
                sp = FRAME_STACK(f);
                PUSHA(t->exception);
                t->exception = NULL;
                pc = m->code + h;
                DISPATCH();
            }
            if (f->lock) {
                struct vm_object *pending = t->exception;
                t->exception = NULL;
                sync_exit(t, f->lock);
                t->exception = pending;
                f->lock = NULL;
            }
            struct vm_frame *pf = f->prev;
            t->frame = pf;
            if (f->entry) {
                t->stack_top = f->locals;
                return false;
            }
            f = pf;
            m = f->m;
            locals = f->locals;
            rcache = m->rcache;
            t->stack_top = FRAME_STACK(f) + m->max_stack;
        }
    }
}

__attribute__((constructor)) static void interp_tables(void)
{
    invoke_len[INVOKEVIRTUAL] = invoke_len[INVOKESPECIAL] = invoke_len[INVOKESTATIC] = 3;
    invoke_len[Q_INVOKEVIRTUAL] = invoke_len[Q_INVOKEDIRECT] = invoke_len[Q_INVOKESTATIC] = 3;
    invoke_len[Q_INVOKESUPER] = invoke_len[Q_DSQRT] = 3;
    invoke_len[INVOKEINTERFACE] = invoke_len[INVOKEDYNAMIC] = 5;
    invoke_len[Q_INVOKEINTERFACE] = invoke_len[Q_INVOKEDYNAMIC] = 5;
}
