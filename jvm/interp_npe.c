/*
 * interp_npe.c: helpful NullPointerException messages (JEP 358) as
 * HotSpot words them: what the failing instruction tried to do ("Cannot
 * invoke \"String.length()\"") and where the null came from ("because
 * \"<local1>.name\" is null").  The source is found by simulating the
 * method's original bytecode: every operand-stack slot remembers the bci
 * of the instruction that pushed it; where paths disagree the slot is
 * unknown and the "because" part is left out, as HotSpot does.
 */
#include "exception.h"
#include "class.h"
#include "interp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UNKNOWN (-1)

struct npe {
    const struct vm_method *m;
    const struct cf_class *cf;
    const uint8_t *code;
    uint32_t len;
    int ms;                  /* max_stack */
    int32_t *st;             /* per bci: [depth, slot0, slot1, ...] or depth -1 = unvisited */
    uint8_t *dirty;
};

static inline uint16_t u2(const uint8_t *p) { return (uint16_t)(p[0] << 8 | p[1]); }
static inline int32_t s4(const uint8_t *p)
{
    return (int32_t)((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]);
}

static int32_t *state(struct npe *n, uint32_t bci) { return n->st + (size_t)bci * (size_t)(n->ms + 1); }

static uint32_t insn_len(const uint8_t *code, uint32_t pc)
{
    static const signed char l[256] = {
        [0x10] = 2, [0x11] = 3, [0x12] = 2, [0x13] = 3, [0x14] = 3, [0x15] = 2, [0x16] = 2, [0x17] = 2,
        [0x18] = 2, [0x19] = 2, [0x36] = 2, [0x37] = 2, [0x38] = 2, [0x39] = 2, [0x3a] = 2, [0x84] = 3,
        [0x99] = 3, [0x9a] = 3, [0x9b] = 3, [0x9c] = 3, [0x9d] = 3, [0x9e] = 3, [0x9f] = 3, [0xa0] = 3,
        [0xa1] = 3, [0xa2] = 3, [0xa3] = 3, [0xa4] = 3, [0xa5] = 3, [0xa6] = 3, [0xa7] = 3, [0xa8] = 3,
        [0xa9] = 2, [0xb2] = 3, [0xb3] = 3, [0xb4] = 3, [0xb5] = 3, [0xb6] = 3, [0xb7] = 3, [0xb8] = 3,
        [0xb9] = 5, [0xba] = 5, [0xbb] = 3, [0xbc] = 2, [0xbd] = 3, [0xc0] = 3, [0xc1] = 3, [0xc5] = 4,
        [0xc6] = 3, [0xc7] = 3, [0xc8] = 5, [0xc9] = 5,
    };
    uint8_t op = code[pc];
    if (op == 0xaa || op == 0xab) {
        uint32_t a = (pc + 4) & ~3u;
        if (op == 0xaa)
            return a + 12 + (uint32_t)(s4(code + a + 8) - s4(code + a + 4) + 1) * 4 - pc;
        return a + 8 + (uint32_t)s4(code + a + 4) * 8 - pc;
    }
    if (op == 0xc4)
        return code[pc + 1] == 0x84 ? 6 : 4;
    return l[op] ? (uint32_t)l[op] : 1;
}

/* Merge `from` into the state at bci; returns false if inconsistent. */
static bool merge(struct npe *n, uint32_t bci, const int32_t *from)
{
    if (bci >= n->len)
        return false;
    int32_t *to = state(n, bci);
    if (to[0] < 0) {
        memcpy(to, from, sizeof *to * (size_t)(from[0] + 1));
        n->dirty[bci] = 1;
        return true;
    }
    if (to[0] != from[0])
        return false;
    for (int i = 1; i <= from[0]; i++) {
        if (to[i] != from[i] && to[i] != UNKNOWN) {
            to[i] = UNKNOWN;
            n->dirty[bci] = 1;
        }
    }
    return true;
}

static int desc_slots(const char *d) { return (*d == 'J' || *d == 'D') ? 2 : *d == 'V' ? 0 : 1; }

/* The name-and-type descriptor of a member reference. */
static const char *ref_desc(const struct cf_class *cf, uint16_t idx)
{
    const struct cf_const *e = &cf->cp[idx];
    return cf_utf8(cf, cf->cp[e->b].b);
}
static const char *ref_name(const struct cf_class *cf, uint16_t idx)
{
    const struct cf_const *e = &cf->cp[idx];
    return cf_utf8(cf, cf->cp[e->b].a);
}

/* Simulate the instruction at pc on s (in place).  Returns false when
 * the analysis cannot go on (jsr/ret, overflow). */
static bool simulate(struct npe *n, uint32_t pc, int32_t *s)
{
    const uint8_t *c = n->code + pc;
    uint8_t op = *c;
    int pop = 0, push = 0;
    int32_t src = (int32_t)pc;
#define SP s[0]
    switch (op) {
    case 0x00: break;
    case 0x01: case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07: case 0x08:
    case 0x0b: case 0x0c: case 0x0d: case 0x10: case 0x11: case 0x12: case 0x13:
    case 0x15: case 0x17: case 0x19: case 0x1a: case 0x1b: case 0x1c: case 0x1d:
    case 0x22: case 0x23: case 0x24: case 0x25: case 0x2a: case 0x2b: case 0x2c: case 0x2d:
    case 0xbb:
        push = 1; break;
    case 0x09: case 0x0a: case 0x0e: case 0x0f: case 0x14: case 0x16: case 0x18:
    case 0x1e: case 0x1f: case 0x20: case 0x21: case 0x26: case 0x27: case 0x28: case 0x29:
        push = 2; break;
    case 0x2e: case 0x30: case 0x32: case 0x33: case 0x34: case 0x35: pop = 2; push = 1; break;
    case 0x2f: case 0x31: pop = 2; push = 2; break;
    case 0x36: case 0x38: case 0x3a: case 0x3b: case 0x3c: case 0x3d: case 0x3e:
    case 0x43: case 0x44: case 0x45: case 0x46: case 0x4b: case 0x4c: case 0x4d: case 0x4e:
    case 0x57: case 0xc2: case 0xc3: case 0x99: case 0x9a: case 0x9b: case 0x9c: case 0x9d: case 0x9e:
    case 0xc6: case 0xc7: case 0xaa: case 0xab:
        pop = 1; break;
    case 0x37: case 0x39: case 0x3f: case 0x40: case 0x41: case 0x42: case 0x47: case 0x48: case 0x49: case 0x4a:
    case 0x58: case 0x9f: case 0xa0: case 0xa1: case 0xa2: case 0xa3: case 0xa4: case 0xa5: case 0xa6:
        pop = 2; break;
    case 0x4f: case 0x51: case 0x53: case 0x54: case 0x55: case 0x56: pop = 3; break;
    case 0x50: case 0x52: pop = 4; break;
    case 0x59:                                   /* dup */
        if (SP < 1 || SP + 1 > n->ms) return false;
        s[SP + 1] = s[SP]; SP++; return true;
    case 0x5a: {                                 /* dup_x1 */
        if (SP < 2 || SP + 1 > n->ms) return false;
        int32_t a = s[SP], b = s[SP - 1];
        s[SP - 1] = a; s[SP] = b; s[SP + 1] = a; SP++; return true;
    }
    case 0x5b: {                                 /* dup_x2 */
        if (SP < 3 || SP + 1 > n->ms) return false;
        int32_t a = s[SP], b = s[SP - 1], d = s[SP - 2];
        s[SP - 2] = a; s[SP - 1] = d; s[SP] = b; s[SP + 1] = a; SP++; return true;
    }
    case 0x5c:                                   /* dup2 */
        if (SP < 2 || SP + 2 > n->ms) return false;
        s[SP + 1] = s[SP - 1]; s[SP + 2] = s[SP]; SP += 2; return true;
    case 0x5d: {                                 /* dup2_x1 */
        if (SP < 3 || SP + 2 > n->ms) return false;
        int32_t a = s[SP - 2], b = s[SP - 1], d = s[SP];
        s[SP - 2] = b; s[SP - 1] = d; s[SP] = a; s[SP + 1] = b; s[SP + 2] = d; SP += 2; return true;
    }
    case 0x5e: {                                 /* dup2_x2 */
        if (SP < 4 || SP + 2 > n->ms) return false;
        int32_t a = s[SP - 3], b = s[SP - 2], d = s[SP - 1], e = s[SP];
        s[SP - 3] = d; s[SP - 2] = e; s[SP - 1] = a; s[SP] = b; s[SP + 1] = d; s[SP + 2] = e; SP += 2; return true;
    }
    case 0x5f: {                                 /* swap */
        if (SP < 2) return false;
        int32_t a = s[SP]; s[SP] = s[SP - 1]; s[SP - 1] = a; return true;
    }
    case 0x60: case 0x62: case 0x64: case 0x66: case 0x68: case 0x6a: case 0x6c: case 0x6e: case 0x70: case 0x72:
    case 0x78: case 0x7a: case 0x7c: case 0x7e: case 0x80: case 0x82: case 0x95: case 0x96:
        pop = 2; push = 1; break;
    case 0x61: case 0x63: case 0x65: case 0x67: case 0x69: case 0x6b: case 0x6d: case 0x6f: case 0x71: case 0x73:
    case 0x7f: case 0x81: case 0x83:
        pop = 4; push = 2; break;
    case 0x79: case 0x7b: case 0x7d: pop = 3; push = 2; break;
    case 0x74: case 0x76: case 0x86: case 0x8b: case 0x91: case 0x92: case 0x93: case 0xbc: case 0xbd:
    case 0xbe: case 0xc1:
        pop = 1; push = 1; break;
    case 0x75: case 0x77: case 0x8a: case 0x8f: pop = 2; push = 2; break;
    case 0x85: case 0x87: case 0x8c: case 0x8d: pop = 1; push = 2; break;
    case 0x88: case 0x89: case 0x8e: case 0x90: pop = 2; push = 1; break;
    case 0x94: case 0x97: case 0x98: pop = 4; push = 1; break;
    case 0x84: case 0xa7: case 0xc8: break;
    case 0xc0: return SP >= 1;                   /* checkcast: the value passes through */
    case 0xb2: push = desc_slots(ref_desc(n->cf, u2(c + 1))); break;
    case 0xb3: pop = desc_slots(ref_desc(n->cf, u2(c + 1))); break;
    case 0xb4: pop = 1; push = desc_slots(ref_desc(n->cf, u2(c + 1))); break;
    case 0xb5: pop = 1 + desc_slots(ref_desc(n->cf, u2(c + 1))); break;
    case 0xb6: case 0xb7: case 0xb8: case 0xb9: case 0xba: {
        const char *d = ref_desc(n->cf, u2(c + 1));
        pop = cf_arg_slots(d) + (op != 0xb8 && op != 0xba);
        push = desc_slots(strchr(d, ')') + 1);
        break;
    }
    case 0xc5: pop = c[3]; push = 1; break;
    case 0xc4: {                                 /* wide */
        uint8_t w = c[1];
        if (w == 0x84) break;
        if (w == 0x15 || w == 0x17 || w == 0x19) push = 1;
        else if (w == 0x16 || w == 0x18) push = 2;
        else if (w == 0x36 || w == 0x38 || w == 0x3a) pop = 1;
        else if (w == 0x37 || w == 0x39) pop = 2;
        else return false;
        break;
    }
    default:
        return false;                            /* jsr, ret, returns, athrow: handled by the caller */
    }
    if (SP < pop || SP - pop + push > n->ms)
        return false;
    SP -= pop;
    for (int i = 0; i < push; i++)
        s[++SP] = src;
    return true;
#undef SP
}

static bool analyse(struct npe *n)
{
    size_t per = (size_t)(n->ms + 1);
    for (uint32_t i = 0; i < n->len; i++)
        state(n, i)[0] = -1;
    int32_t *tmp = calloc(per, sizeof *tmp);
    if (!tmp)
        return false;
    tmp[0] = 0;
    merge(n, 0, tmp);
    for (uint16_t h = 0; h < n->m->nhandlers; h++) {
        tmp[0] = 1;
        tmp[1] = UNKNOWN;
        merge(n, n->m->handlers[h].handler, tmp);
    }
    bool changed = true, ok = true;
    for (int rounds = 0; changed && ok && rounds < 100; rounds++) {
        changed = false;
        for (uint32_t pc = 0; pc < n->len && ok; pc += insn_len(n->code, pc)) {
            if (!n->dirty[pc])
                continue;
            n->dirty[pc] = 0;
            changed = true;
            memcpy(tmp, state(n, pc), per * sizeof *tmp);
            uint8_t op = n->code[pc];
            uint32_t next = pc + insn_len(n->code, pc);
            if ((op >= 0xac && op <= 0xb1) || op == 0xbf)
                continue;
            if (op == 0xa8 || op == 0xa9 || op == 0xc9) {
                ok = false;
                break;
            }
            if (!simulate(n, pc, tmp)) {
                ok = false;
                break;
            }
            const uint8_t *c = n->code + pc;
            if ((op >= 0x99 && op <= 0xa6) || op == 0xc6 || op == 0xc7) {
                ok = merge(n, (uint32_t)((int32_t)pc + (int16_t)u2(c + 1)), tmp) && merge(n, next, tmp);
            } else if (op == 0xa7) {
                ok = merge(n, (uint32_t)((int32_t)pc + (int16_t)u2(c + 1)), tmp);
            } else if (op == 0xc8) {
                ok = merge(n, (uint32_t)((int32_t)pc + s4(c + 1)), tmp);
            } else if (op == 0xaa || op == 0xab) {
                uint32_t a = (pc + 4) & ~3u;
                ok = merge(n, (uint32_t)((int32_t)pc + s4(n->code + a)), tmp);
                int32_t cnt = op == 0xaa ? s4(n->code + a + 8) - s4(n->code + a + 4) + 1 : s4(n->code + a + 4);
                for (int32_t i = 0; i < cnt && ok; i++) {
                    int32_t off = op == 0xaa ? s4(n->code + a + 12 + 4 * (uint32_t)i)
                                             : s4(n->code + a + 12 + 8 * (uint32_t)i);
                    ok = merge(n, (uint32_t)((int32_t)pc + off), tmp);
                }
            } else {
                ok = merge(n, next, tmp);
            }
        }
    }
    free(tmp);
    return ok;
}

/* ---- wording --------------------------------------------------------------- */

struct out { char *b; size_t n, cap; };

static void put(struct out *o, const char *s)
{
    size_t l = strlen(s);
    if (o->n + l + 1 > o->cap)
        return;
    memcpy(o->b + o->n, s, l + 1);
    o->n += l;
}

/* A class name as HotSpot prints it: external, java.lang.Object and
 * java.lang.String shortened. */
static void put_class(struct out *o, const char *internal)
{
    char b[512];
    size_t i = 0;
    for (const char *s = internal; *s && i + 1 < sizeof b; s++)
        b[i++] = *s == '/' ? '.' : *s;
    b[i] = 0;
    if (strcmp(b, "java.lang.Object") == 0)
        put(o, "Object");
    else if (strcmp(b, "java.lang.String") == 0)
        put(o, "String");
    else
        put(o, b);
}

static void put_type(struct out *o, const char *d)
{
    int dims = 0;
    while (*d == '[') {
        dims++;
        d++;
    }
    static const char *prim[128] = { ['Z'] = "boolean", ['B'] = "byte", ['C'] = "char", ['S'] = "short",
        ['I'] = "int", ['J'] = "long", ['F'] = "float", ['D'] = "double", ['V'] = "void" };
    if (*d == 'L') {
        char b[512];
        const char *e = strchr(d, ';');
        size_t n = (size_t)(e - d - 1) < sizeof b - 1 ? (size_t)(e - d - 1) : sizeof b - 1;
        memcpy(b, d + 1, n);
        b[n] = 0;
        put_class(o, b);
    } else {
        put(o, prim[(int)*d] ? prim[(int)*d] : "?");
    }
    while (dims-- > 0)
        put(o, "[]");
}

static void put_method(struct out *o, const struct cf_class *cf, uint16_t idx)
{
    const struct cf_const *e = &cf->cp[idx];
    put_class(o, cf_class_name(cf, e->a));
    put(o, ".");
    put(o, ref_name(cf, idx));
    put(o, "(");
    const char *d = ref_desc(cf, idx) + 1;
    bool first = true;
    while (*d != ')') {
        if (!first)
            put(o, ", ");
        put_type(o, d);
        first = false;
        d = cf_field_type_end(d);
    }
    put(o, ")");
}

static void put_local(struct out *o, const struct vm_method *m, int slot)
{
    char b[64];
    bool is_static = m->access & ACC_STATIC;
    if (!is_static && slot == 0) {
        put(o, "this");
        return;
    }
    int s = is_static ? 0 : 1, param = 1;
    const char *d = m->desc + 1;
    while (*d != ')') {
        if (s == slot) {
            snprintf(b, sizeof b, "<parameter%d>", param);
            put(o, b);
            return;
        }
        s += (*d == 'J' || *d == 'D') ? 2 : 1;
        param++;
        d = cf_field_type_end(d);
    }
    snprintf(b, sizeof b, "<local%d>", slot);
    put(o, b);
}

static int local_of(const uint8_t *c)
{
    switch (c[0]) {
    case 0x15: case 0x16: case 0x17: case 0x18: case 0x19: return c[1];
    case 0x1a: case 0x1b: case 0x1c: case 0x1d: return c[0] - 0x1a;
    case 0x1e: case 0x1f: case 0x20: case 0x21: return c[0] - 0x1e;
    case 0x22: case 0x23: case 0x24: case 0x25: return c[0] - 0x22;
    case 0x26: case 0x27: case 0x28: case 0x29: return c[0] - 0x26;
    case 0x2a: case 0x2b: case 0x2c: case 0x2d: return c[0] - 0x2a;
    case 0xc4: return u2(c + 2);
    default: return -1;
    }
}

/* The operand `depth` slots below the top before the instruction at bci. */
static int32_t source(struct npe *n, uint32_t bci, int depth)
{
    int32_t *s = state(n, bci);
    if (s[0] <= depth)
        return UNKNOWN;
    return s[s[0] - depth];
}

/* Describe the value pushed by the instruction at src.  top: the whole
 * cause, where a call result reads "the return value of". */
static bool describe(struct npe *n, struct out *o, int32_t src, int level, bool top)
{
    if (src == UNKNOWN || level > 5)
        return false;
    const uint8_t *c = n->code + src;
    char b[64];
    int loc = local_of(c);
    if (loc >= 0 && (c[0] == 0x19 || (c[0] >= 0x2a && c[0] <= 0x2d) || (c[0] == 0xc4 && c[1] == 0x19))) {
        if (top) put(o, "\"");
        put_local(o, n->m, loc);
        if (top) put(o, "\"");
        return true;
    }
    switch (c[0]) {
    case 0x01:
        put(o, top ? "\"null\"" : "null");
        return true;
    case 0xb2: {
        if (top) put(o, "\"");
        put_class(o, cf_class_name(n->cf, n->cf->cp[u2(c + 1)].a));
        put(o, ".");
        put(o, ref_name(n->cf, u2(c + 1)));
        if (top) put(o, "\"");
        return true;
    }
    case 0xb4: {
        if (top) put(o, "\"");
        if (!describe(n, o, source(n, (uint32_t)src, 0), level + 1, false))
            return false;
        put(o, ".");
        put(o, ref_name(n->cf, u2(c + 1)));
        if (top) put(o, "\"");
        return true;
    }
    case 0x32: {
        if (top) put(o, "\"");
        if (!describe(n, o, source(n, (uint32_t)src, 1), level + 1, false))
            return false;
        put(o, "[");
        int32_t is = source(n, (uint32_t)src, 0);
        const uint8_t *ic = is == UNKNOWN ? NULL : n->code + is;
        int il = ic ? local_of(ic) : -1;
        if (ic && *ic >= 0x02 && *ic <= 0x08) {
            snprintf(b, sizeof b, "%d", *ic - 0x03);
            put(o, b);
        } else if (ic && *ic == 0x10) {
            snprintf(b, sizeof b, "%d", (int8_t)ic[1]);
            put(o, b);
        } else if (ic && *ic == 0x11) {
            snprintf(b, sizeof b, "%d", (int16_t)u2(ic + 1));
            put(o, b);
        } else if (il >= 0) {
            put_local(o, n->m, il);
        } else {
            put(o, "...");
        }
        put(o, "]");
        if (top) put(o, "\"");
        return true;
    }
    case 0xb6: case 0xb7: case 0xb8: case 0xb9:
        if (top) put(o, "the return value of \"");
        put_method(o, n->cf, u2(c + 1));
        if (top) put(o, "\"");
        return true;
    case 0xc0:
        return describe(n, o, source(n, (uint32_t)src, 0), level, top);
    default:
        return false;
    }
}

static const char *array_kind(uint8_t op)
{
    switch (op) {
    case 0x2e: case 0x4f: return "int";
    case 0x2f: case 0x50: return "long";
    case 0x30: case 0x51: return "float";
    case 0x31: case 0x52: return "double";
    case 0x32: case 0x53: return "object";
    case 0x33: case 0x54: return "byte/boolean";
    case 0x34: case 0x55: return "char";
    default: return "short";
    }
}

bool exc_throw_npe(struct vm_thread *t, struct vm_method *m, uint32_t bci)
{
    const struct cf_class *cf = m->cls->ext->cf;
    if (!cf || !m->orig_code || bci >= m->code_len)
        return vm_throw(t, "java/lang/NullPointerException", NULL);
    const uint8_t *c = m->orig_code + bci;
    char msg[1024];
    struct out o = { msg, 0, sizeof msg };
    msg[0] = 0;
    int depth;
    switch (c[0]) {
    case 0xb4:
        put(&o, "Cannot read field \"");
        put(&o, ref_name(cf, u2(c + 1)));
        put(&o, "\"");
        depth = 0;
        break;
    case 0xb5:
        put(&o, "Cannot assign field \"");
        put(&o, ref_name(cf, u2(c + 1)));
        put(&o, "\"");
        depth = desc_slots(ref_desc(cf, u2(c + 1)));
        break;
    case 0xb6: case 0xb7: case 0xb9:
        put(&o, "Cannot invoke \"");
        put_method(&o, cf, u2(c + 1));
        put(&o, "\"");
        depth = cf_arg_slots(ref_desc(cf, u2(c + 1)));
        break;
    case 0xbe:
        put(&o, "Cannot read the array length");
        depth = 0;
        break;
    case 0x2e: case 0x2f: case 0x30: case 0x31: case 0x32: case 0x33: case 0x34: case 0x35:
        put(&o, "Cannot load from ");
        put(&o, array_kind(c[0]));
        put(&o, " array");
        depth = 1;
        break;
    case 0x4f: case 0x50: case 0x51: case 0x52: case 0x53: case 0x54: case 0x55: case 0x56:
        put(&o, "Cannot store to ");
        put(&o, array_kind(c[0]));
        put(&o, " array");
        depth = (c[0] == 0x50 || c[0] == 0x52) ? 3 : 2;
        break;
    case 0xbf:
        put(&o, "Cannot throw exception");
        depth = 0;
        break;
    case 0xc2:
        put(&o, "Cannot enter synchronized block");
        depth = 0;
        break;
    case 0xc3:
        put(&o, "Cannot exit synchronized block");
        depth = 0;
        break;
    default:
        return vm_throw(t, "java/lang/NullPointerException", NULL);
    }
    /* The cause, when the analysis can tell. */
    struct npe n = { m, cf, m->orig_code, m->code_len, m->max_stack, NULL, NULL };
    size_t cells = (size_t)n.len * (size_t)(n.ms + 1);
    if (cells < ((size_t)1 << 22)) {
        n.st = malloc(cells * sizeof *n.st);
        n.dirty = calloc(n.len, 1);
        if (n.st && n.dirty && analyse(&n) && state(&n, bci)[0] >= 0) {
            char cause[512];
            struct out co = { cause, 0, sizeof cause };
            cause[0] = 0;
            if (describe(&n, &co, source(&n, bci, depth), 0, true)) {
                put(&o, " because ");
                put(&o, cause);
                put(&o, " is null");
            }
        }
        free(n.st);
        free(n.dirty);
    }
    return vm_throw(t, "java/lang/NullPointerException", "%s", msg);
}
