/*
 * class.c: classes.  Loading (class library first, then the class path),
 * superclass and interface resolution with circularity checks, linking
 * (field layout, statics, vtables, itables), array and primitive classes,
 * mirrors (java.lang.Class objects), initialization (JVMS 5.5),
 * constant-pool resolution, object and array allocation, symbols and the
 * VM's precise roots.
 */
#include "class.h"
#include "verify.h"
#include "exception.h"
#include "interp.h"
#include "platform.h"
#include "jstring.h"
#include "thread.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vm_class *class_object, *class_string, *class_class, *class_throwable;
struct vm_class *class_primitive[VM_T_REF];
int32_t class_off_string_value = -1, class_off_string_coder = -1, class_off_string_hash = -1;
int32_t class_off_class_vm = -1;
const char *sym_init, *sym_clinit, *sym_main, *sym_main_desc;

static void *xcalloc(size_t n, size_t sz)
{
    void *p = calloc(n ? n : 1, sz ? sz : 1);
    if (!p)
        plat_abort("out of memory (C heap)");
    return p;
}

/* ---- symbols ----------------------------------------------------------- */

static const char **sym_tab;
static size_t sym_cap, sym_count;

static uint32_t hash_str(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)s[i]) * 16777619u;
    return h;
}

const char *sym_intern_n(const char *s, size_t n)
{
    if (sym_count * 2 >= sym_cap) {
        size_t nc = sym_cap ? sym_cap * 2 : 4096;
        const char **nt = xcalloc(nc, sizeof *nt);
        for (size_t i = 0; i < sym_cap; i++) {
            if (!sym_tab[i])
                continue;
            size_t j = hash_str(sym_tab[i], strlen(sym_tab[i])) & (nc - 1);
            while (nt[j])
                j = (j + 1) & (nc - 1);
            nt[j] = sym_tab[i];
        }
        free(sym_tab);
        sym_tab = nt;
        sym_cap = nc;
    }
    size_t j = hash_str(s, n) & (sym_cap - 1);
    while (sym_tab[j]) {
        if (strncmp(sym_tab[j], s, n) == 0 && sym_tab[j][n] == 0)
            return sym_tab[j];
        j = (j + 1) & (sym_cap - 1);
    }
    char *c = xcalloc(n + 1, 1);
    memcpy(c, s, n);
    sym_tab[j] = c;
    sym_count++;
    return c;
}

const char *sym_intern(const char *s) { return sym_intern_n(s, strlen(s)); }

/* ---- class table ------------------------------------------------------- */

#define CLASS_TAB 4096
static struct vm_class *class_tab[CLASS_TAB];

struct vm_class *class_lookup(const char *name)
{
    uint32_t h = hash_str(name, strlen(name)) & (CLASS_TAB - 1);
    for (struct vm_class *c = class_tab[h]; c; c = c->ext->hash_next)
        if (strcmp(c->name, name) == 0)
            return c;
    return NULL;
}

static void class_table_add(struct vm_class *c)
{
    uint32_t h = hash_str(c->name, strlen(c->name)) & (CLASS_TAB - 1);
    c->ext->hash_next = class_tab[h];
    class_tab[h] = c;
}

void class_foreach(void (*fn)(struct vm_class *c, void *ctx), void *ctx)
{
    for (size_t i = 0; i < CLASS_TAB; i++)
        for (struct vm_class *c = class_tab[i]; c; c = c->ext->hash_next)
            fn(c, ctx);
}

static struct vm_class *new_class(const char *name)
{
    struct vm_class *c = xcalloc(1, sizeof *c + sizeof(struct vm_class_ext));
    c->ext = (struct vm_class_ext *)(c + 1);
    c->name = sym_intern(name);
    return c;
}

enum vm_type class_desc_type(char c)
{
    switch (c) {
    case 'Z': return VM_T_BOOLEAN;
    case 'B': return VM_T_BYTE;
    case 'C': return VM_T_CHAR;
    case 'S': return VM_T_SHORT;
    case 'I': return VM_T_INT;
    case 'F': return VM_T_FLOAT;
    case 'J': return VM_T_LONG;
    case 'D': return VM_T_DOUBLE;
    case 'V': return VM_T_VOID;
    default: return VM_T_REF;
    }
}

static const uint8_t type_size[] = { 0, 1, 1, 2, 2, 4, 4, 8, 8, 8 };

/* ---- roots --------------------------------------------------------------- */

static struct vm_object ***extra_roots;
static size_t nextra_roots, cap_extra_roots;

void class_add_root(struct vm_object **slot)
{
    if (nextra_roots == cap_extra_roots) {
        cap_extra_roots = cap_extra_roots ? cap_extra_roots * 2 : 64;
        extra_roots = realloc(extra_roots, cap_extra_roots * sizeof *extra_roots);
        if (!extra_roots)
            plat_abort("out of memory (C heap)");
    }
    extra_roots[nextra_roots++] = slot;
}

struct roots_ctx { vm_root_fn fn; void *ctx; };

static void class_roots(struct vm_class *c, void *p)
{
    struct roots_ctx *r = p;
    if (c->mirror)
        r->fn(&c->mirror, r->ctx);
    for (uint32_t i = 0; i < c->nstatic_refs; i++) {
        struct vm_object **slot = &c->statics[c->static_refs[i]].l;
        if (*slot)
            r->fn(slot, r->ctx);
    }
    if (c->ext->init_error)
        r->fn(&c->ext->init_error, r->ctx);
}

void vm_roots_foreach(vm_root_fn fn, void *ctx)
{
    struct roots_ctx r = { fn, ctx };
    class_foreach(class_roots, &r);
    /* The primitive classes are not in the class table; their mirrors
     * (int.class, ...) must live as long as the classes. */
    for (int i = 0; i < VM_T_REF; i++)
        if (class_primitive[i])
            class_roots(class_primitive[i], &r);
    for (size_t i = 0; i < nextra_roots; i++)
        if (*extra_roots[i])
            fn(extra_roots[i], ctx);
    str_roots_foreach(fn, ctx);
    interp_roots_foreach(fn, ctx);
}

/* ---- names --------------------------------------------------------------- */

const char *vm_class_java_name(struct vm_class *c, char *buf, size_t size)
{
    size_t i = 0;
    for (const char *s = c->name; *s && i + 1 < size; s++)
        buf[i++] = *s == '/' ? '.' : *s;
    if (size)
        buf[i] = 0;
    return buf;
}

const char *class_simple_name(struct vm_class *c)
{
    const char *simple = strrchr(c->name, '/');
    simple = simple ? simple + 1 : c->name;
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    for (uint16_t i = 0; cf && i < cf->ninner; i++) {
        const char *in = cf_class_name(cf, cf->inner[i].inner);
        if (in && strcmp(in, c->name) == 0)
            return cf->inner[i].name ? cf_utf8(cf, cf->inner[i].name) : "";
    }
    return simple;
}

/* ---- allocation ---------------------------------------------------------- */

static struct vm_object *oom_prealloc;

/* Building an OutOfMemoryError allocates (the error, its message, its stack
 * trace); when that fails too we must not try again, or vm_throw ->
 * vm_new_object -> throw_oom recurses until the C stack is gone. One flag
 * for the VM: a thread that runs out while another builds its error gets
 * the preallocated one, which is still an OutOfMemoryError. */
static bool oom_building;

static struct vm_object *throw_oom(struct vm_thread *t, const char *msg)
{
    if (oom_building) {
        t->exception = oom_prealloc;
        return NULL;
    }
    /* A fresh error if there is room for one, else the one made at start. */
    oom_building = true;
    bool thrown = vm_throw(t, "java/lang/OutOfMemoryError", "%s", msg);
    oom_building = false;
    if (!thrown && !t->exception)
        t->exception = oom_prealloc;
    if (t->exception && t->exception->cls != class_lookup("java/lang/OutOfMemoryError") && oom_prealloc)
        t->exception = oom_prealloc;
    return NULL;
}

struct vm_object *vm_new_object(struct vm_thread *t, struct vm_class *c)
{
    struct vm_object *o = heap_alloc(t, c->instance_size);
    if (!o)
        return throw_oom(t, "Java heap space");
    o->cls = c;
    return o;
}

static struct vm_array *new_array(struct vm_thread *t, struct vm_class *ac, int32_t len)
{
    if (len < 0) {
        vm_throw(t, "java/lang/NegativeArraySizeException", "%d", len);
        return NULL;
    }
    if ((uint64_t)len * ac->elem_size > (uint64_t)0x7fffffff - 64)
        return (struct vm_array *)throw_oom(t, "Requested array size exceeds VM limit");
    if ((uint64_t)len * ac->elem_size + sizeof(struct vm_array) > heap_max())
        return (struct vm_array *)throw_oom(t, "Java heap space");
    struct vm_array *a = (struct vm_array *)heap_alloc(t, sizeof(struct vm_array) + (size_t)len * ac->elem_size);
    if (!a)
        return (struct vm_array *)throw_oom(t, "Java heap space");
    a->hdr.cls = ac;
    a->length = len;
    return a;
}

struct vm_array *vm_new_array(struct vm_thread *t, enum vm_type elem, int32_t len)
{
    struct vm_class *ac = class_array_of(t, class_primitive[elem]);
    return ac ? new_array(t, ac, len) : NULL;
}

struct vm_array *vm_new_ref_array(struct vm_thread *t, struct vm_class *elem_class, int32_t len)
{
    struct vm_class *ac = class_array_of(t, elem_class);
    return ac ? new_array(t, ac, len) : NULL;
}

struct vm_array *class_new_array_of_class(struct vm_thread *t, struct vm_class *ac, int32_t len)
{
    return new_array(t, ac, len);
}

/* ---- mirrors ------------------------------------------------------------- */

struct vm_class *class_of_mirror(struct vm_object *m)
{
    return (struct vm_class *)(uintptr_t)VM_FIELD(m, int64_t, class_off_class_vm);
}

struct vm_object *class_mirror(struct vm_thread *t, struct vm_class *c)
{
    if (c->mirror)
        return c->mirror;
    struct vm_object *m = vm_new_object(t, class_class);
    if (!m)
        return NULL;
    VM_FIELD(m, int64_t, class_off_class_vm) = (int64_t)(uintptr_t)c;
    c->mirror = m;
    return m;
}

/* ---- array and primitive classes ---------------------------------------- */

struct vm_class *class_array_of(struct vm_thread *t, struct vm_class *comp)
{
    if (comp->ext->array_class)
        return comp->ext->array_class;
    if (comp->kind == VM_CLASS_PRIMITIVE && comp->elem_type == VM_T_VOID)
        return NULL;
    char buf[1024];
    if (comp->kind == VM_CLASS_INSTANCE)
        snprintf(buf, sizeof buf, "[L%s;", comp->name);
    else if (comp->kind == VM_CLASS_ARRAY)
        snprintf(buf, sizeof buf, "[%s", comp->name);
    else
        snprintf(buf, sizeof buf, "[%c", "VZBCSIFJD"[comp->elem_type]);
    size_t dims = strspn(buf, "[");
    if (strlen(buf) >= sizeof buf - 1 || dims > 255) {
        vm_throw(t, "java/lang/IllegalArgumentException", "array type too deep");
        return NULL;
    }
    struct vm_class *a = new_class(buf);
    a->kind = VM_CLASS_ARRAY;
    a->super = class_object;
    a->component = comp;
    a->access = (comp->kind == VM_CLASS_PRIMITIVE ? ACC_PUBLIC : (comp->access & (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED)))
              | ACC_FINAL | ACC_ABSTRACT;
    a->elem_type = comp->kind == VM_CLASS_PRIMITIVE ? comp->elem_type : VM_T_REF;
    a->elem_size = type_size[a->elem_type];
    a->state = VM_CLASS_INITIALIZED;
    static struct vm_class *array_ifaces[2];
    if (!array_ifaces[0]) {
        array_ifaces[0] = class_load(t, "java/lang/Cloneable");
        array_ifaces[1] = class_load(t, "java/io/Serializable");
        if (!array_ifaces[0] || !array_ifaces[1]) {
            array_ifaces[0] = NULL;
            return NULL;
        }
    }
    a->interfaces = array_ifaces;
    a->ninterfaces = 2;
    a->ext->all_ifaces = array_ifaces;
    a->ext->nall_ifaces = 2;
    a->ext->vtable = class_object->ext->vtable;
    a->ext->vtable_len = class_object->ext->vtable_len;
    a->ext->depth = 1;
    a->ext->is_boot = comp->kind != VM_CLASS_INSTANCE || comp->ext->is_boot;
    comp->ext->array_class = a;
    class_table_add(a);
    return a;
}

static void make_primitives(void)
{
    static const char *names[] = { "void", "boolean", "byte", "char", "short", "int", "float", "long", "double" };
    for (int i = 0; i < VM_T_REF; i++) {
        struct vm_class *p = new_class(names[i]);
        p->kind = VM_CLASS_PRIMITIVE;
        p->elem_type = (uint8_t)i;
        p->elem_size = type_size[i];
        p->access = ACC_PUBLIC | ACC_FINAL | ACC_ABSTRACT;
        p->state = VM_CLASS_INITIALIZED;
        class_primitive[i] = p;
        /* Not in the class table: "int" is not a loadable class name. */
    }
}

/* ---- lookup of members ---------------------------------------------------- */

struct vm_method *class_find_declared_method(struct vm_class *c, const char *name, const char *desc)
{
    struct vm_class_ext *x = c->ext;
    for (uint16_t i = 0; i < x->nmethods; i++)
        if (x->methods[i].name == name && x->methods[i].desc == desc)
            return &x->methods[i];
    return NULL;
}

/* The maximally-specific superinterface method (JVMS 5.4.3.3 step 3),
 * preferring non-abstract ones. */
static struct vm_method *find_iface_method(struct vm_class *c, const char *name, const char *desc)
{
    struct vm_method *best = NULL;
    for (uint32_t i = 0; i < c->ext->nall_ifaces; i++) {
        struct vm_method *m = class_find_declared_method(c->ext->all_ifaces[i], name, desc);
        if (!m || (m->access & (ACC_STATIC | ACC_PRIVATE)))
            continue;
        if (!best) {
            best = m;
        } else if (class_is_assignable(m->cls, best->cls)) {
            best = m;                            /* more specific */
        } else if (!class_is_assignable(best->cls, m->cls) &&
                   (best->access & ACC_ABSTRACT) && !(m->access & ACC_ABSTRACT)) {
            best = m;
        }
    }
    return best;
}

struct vm_method *class_find_method(struct vm_class *c, const char *name, const char *desc)
{
    name = sym_intern(name);
    desc = sym_intern(desc);
    for (struct vm_class *k = c; k; k = k->super) {
        struct vm_method *m = class_find_declared_method(k, name, desc);
        if (m)
            return m;
    }
    return find_iface_method(c, name, desc);
}

struct vm_method *vm_find_method(struct vm_class *c, const char *name, const char *desc)
{
    return class_find_method(c, name, desc);
}

static struct vm_field *find_declared_field(struct vm_class *c, const char *name, const char *desc)
{
    for (uint16_t i = 0; i < c->ext->nfields; i++)
        if (c->ext->fields[i].name == name && c->ext->fields[i].desc == desc)
            return &c->ext->fields[i];
    return NULL;
}

struct vm_field *class_find_field(struct vm_class *c, const char *name, const char *desc)
{
    name = sym_intern(name);
    desc = sym_intern(desc);
    for (struct vm_class *k = c; k; k = k->super) {
        struct vm_field *f = find_declared_field(k, name, desc);
        if (f)
            return f;
        for (uint16_t i = 0; i < k->ninterfaces; i++) {
            f = class_find_field(k->interfaces[i], name, desc);
            if (f)
                return f;
        }
    }
    return NULL;
}

int32_t vm_field_offset(struct vm_class *c, const char *name, const char *desc)
{
    struct vm_field *f = class_find_field(c, name, desc);
    return f && !(f->access & ACC_STATIC) ? f->offset : -1;
}

vm_value *vm_static(struct vm_class *c, const char *name, const char *desc)
{
    struct vm_field *f = class_find_field(c, name, desc);
    return f && (f->access & ACC_STATIC) ? &f->cls->statics[f->offset] : NULL;
}

/* ---- subtyping ------------------------------------------------------------ */

static bool implements(struct vm_class *s, struct vm_class *iface)
{
    for (uint32_t i = 0; i < s->ext->nall_ifaces; i++)
        if (s->ext->all_ifaces[i] == iface)
            return true;
    return false;
}

bool class_is_assignable(struct vm_class *s, struct vm_class *t)
{
    if (s == t)
        return true;
    if (t == class_object)
        return s->kind != VM_CLASS_PRIMITIVE;
    if (s->kind == VM_CLASS_ARRAY) {
        if (t->kind == VM_CLASS_ARRAY) {
            struct vm_class *sc = s->component, *tc = t->component;
            if (sc->kind == VM_CLASS_PRIMITIVE || tc->kind == VM_CLASS_PRIMITIVE)
                return sc == tc;
            return class_is_assignable(sc, tc);
        }
        return class_is_interface(t) && implements(s, t);
    }
    if (s->kind == VM_CLASS_PRIMITIVE || t->kind != VM_CLASS_INSTANCE)
        return false;
    if (class_is_interface(t))
        return implements(s, t);
    uint32_t d = t->ext->depth;
    if (s->ext->depth < d)
        return false;
    struct vm_class *k = s;
    for (uint32_t i = s->ext->depth; i > d; i--)
        k = k->super;
    return k == t;
}

/* ---- linking ---------------------------------------------------------------- */

static void add_iface(struct vm_class **list, uint32_t *n, struct vm_class *i)
{
    for (uint32_t k = 0; k < *n; k++)
        if (list[k] == i)
            return;
    list[(*n)++] = i;
}

static void link_ifaces(struct vm_class *c)
{
    uint32_t cap = c->super ? c->super->ext->nall_ifaces : 0;
    for (uint16_t i = 0; i < c->ninterfaces; i++)
        cap += 1 + c->interfaces[i]->ext->nall_ifaces;
    struct vm_class **list = xcalloc(cap + 1, sizeof *list);
    uint32_t n = 0;
    /* Superinterfaces first keeps the order stable: supers' then ours. */
    if (c->super)
        for (uint32_t i = 0; i < c->super->ext->nall_ifaces; i++)
            add_iface(list, &n, c->super->ext->all_ifaces[i]);
    for (uint16_t i = 0; i < c->ninterfaces; i++) {
        struct vm_class *d = c->interfaces[i];
        add_iface(list, &n, d);
        for (uint32_t k = 0; k < d->ext->nall_ifaces; k++)
            add_iface(list, &n, d->ext->all_ifaces[k]);
    }
    c->ext->all_ifaces = list;
    c->ext->nall_ifaces = n;
}

static void layout_fields(struct vm_class *c)
{
    struct vm_class_ext *x = c->ext;
    uint32_t off = c->super ? c->super->instance_size : sizeof(struct vm_object);
    uint32_t nrefs = c->super ? c->super->nrefs : 0, own_refs = 0, nstatics = 0, nsrefs = 0;
    for (uint16_t i = 0; i < x->nfields; i++) {
        struct vm_field *f = &x->fields[i];
        if (f->access & ACC_STATIC) {
            nstatics++;
            nsrefs += f->type == VM_T_REF;
        } else {
            own_refs += f->type == VM_T_REF;
        }
    }
    off = (off + 7) & ~7u;
    /* Sizes 8 (references first, grouped), 4, 2, 1: aligned with no holes. */
    static const uint8_t order[] = { 8, 4, 2, 1 };
    for (int pass = 0; pass < 5; pass++) {
        for (uint16_t i = 0; i < x->nfields; i++) {
            struct vm_field *f = &x->fields[i];
            if (f->access & ACC_STATIC)
                continue;
            bool ref = f->type == VM_T_REF;
            if (pass == 0 ? !ref : (ref || type_size[f->type] != order[pass - 1]))
                continue;
            f->offset = (int32_t)off;
            off += type_size[f->type];
        }
    }
    c->instance_size = (off + 7) & ~7u;
    c->nrefs = nrefs + own_refs;
    c->ref_offsets = xcalloc(c->nrefs + 1, sizeof *c->ref_offsets);
    if (c->super && c->super->nrefs)
        memcpy(c->ref_offsets, c->super->ref_offsets, c->super->nrefs * sizeof *c->ref_offsets);
    uint32_t r = nrefs;
    for (uint16_t i = 0; i < x->nfields; i++)
        if (!(x->fields[i].access & ACC_STATIC) && x->fields[i].type == VM_T_REF)
            c->ref_offsets[r++] = (uint32_t)x->fields[i].offset;
    c->nstatics = nstatics;
    c->statics = xcalloc(nstatics + 1, sizeof *c->statics);
    c->nstatic_refs = nsrefs;
    c->static_refs = xcalloc(nsrefs + 1, sizeof *c->static_refs);
    uint32_t s = 0, sr = 0;
    for (uint16_t i = 0; i < x->nfields; i++) {
        struct vm_field *f = &x->fields[i];
        if (!(f->access & ACC_STATIC))
            continue;
        f->offset = (int32_t)s;
        if (f->type == VM_T_REF)
            c->static_refs[sr++] = s;
        /* Constant values of primitives now; strings at initialization. */
        if (f->const_value && x->cf) {
            const struct cf_const *k = &x->cf->cp[f->const_value];
            switch (k->tag) {
            case CF_INTEGER: c->statics[s].i = k->v.i; break;
            case CF_FLOAT: c->statics[s].f = k->v.f; break;
            case CF_LONG: c->statics[s].j = k->v.j; break;
            case CF_DOUBLE: c->statics[s].d = k->v.d; break;
            default: break;
            }
        }
        s++;
    }
}

static void vtable_add(struct vm_method ***vt, uint32_t *n, uint32_t *cap, struct vm_method *m)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *vt = realloc(*vt, *cap * sizeof **vt);
        if (!*vt)
            plat_abort("out of memory (C heap)");
    }
    (*vt)[(*n)++] = m;
}

/* Would m (in class c) override sm, a method of a superclass?  Package
 * access matters: a package-private method is overridden only from its
 * own package. */
static bool same_package(const char *a, const char *b)
{
    const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
    size_t la = sa ? (size_t)(sa - a) : 0, lb = sb ? (size_t)(sb - b) : 0;
    return la == lb && strncmp(a, b, la) == 0;
}

static bool overrides(struct vm_method *m, struct vm_method *sm)
{
    if (sm->access & (ACC_PUBLIC | ACC_PROTECTED))
        return true;
    return same_package(m->cls->name, sm->cls->name);
}

/* The method a class uses for interface method im: its own or an
 * inherited class method, else the maximally-specific default. */
static struct vm_method *select_impl(struct vm_class *c, struct vm_method *im)
{
    for (struct vm_class *k = c; k; k = k->super) {
        struct vm_method *m = class_find_declared_method(k, im->name, im->desc);
        if (m && !(m->access & ACC_STATIC) && !class_is_interface(k) && !(m->access & ACC_PRIVATE))
            return m;
    }
    struct vm_method *d = find_iface_method(c, im->name, im->desc);
    return d ? d : im;
}

static void link_methods(struct vm_class *c)
{
    struct vm_class_ext *x = c->ext;
    if (class_is_interface(c)) {
        for (uint16_t i = 0; i < x->nmethods; i++) {
            x->methods[i].itable_index = i;
            x->methods[i].vtable_index = -1;
        }
        /* Interfaces dispatch Object's methods through Object's vtable. */
        x->vtable = class_object ? class_object->ext->vtable : NULL;
        x->vtable_len = class_object ? class_object->ext->vtable_len : 0;
        return;
    }
    struct vm_method **vt = NULL;
    uint32_t n = 0, cap = 0;
    if (c->super)
        for (uint32_t i = 0; i < c->super->ext->vtable_len; i++)
            vtable_add(&vt, &n, &cap, c->super->ext->vtable[i]);
    for (uint16_t i = 0; i < x->nmethods; i++) {
        struct vm_method *m = &x->methods[i];
        m->vtable_index = -1;
        m->itable_index = -1;
        if ((m->access & (ACC_STATIC | ACC_PRIVATE)) || m->name == sym_init)
            continue;
        for (uint32_t k = 0; k < n; k++) {
            struct vm_method *sm = vt[k];
            if (sm->name == m->name && sm->desc == m->desc && overrides(m, sm)) {
                vt[k] = m;
                if (m->vtable_index < 0)
                    m->vtable_index = (int32_t)k;
            }
        }
        if (m->vtable_index < 0) {
            m->vtable_index = (int32_t)n;
            vtable_add(&vt, &n, &cap, m);
        }
    }
    /* Interface methods not implemented by a class method: defaults (or
     * abstract "miranda" entries) get vtable slots too, so invokevirtual
     * through the class finds them. */
    for (uint32_t i = 0; i < x->nall_ifaces; i++) {
        struct vm_class *ic = x->all_ifaces[i];
        for (uint16_t k = 0; k < ic->ext->nmethods; k++) {
            struct vm_method *im = &ic->ext->methods[k];
            if (im->access & (ACC_STATIC | ACC_PRIVATE) || im->name == sym_clinit)
                continue;
            bool found = false;
            for (uint32_t v = 0; v < n && !found; v++)
                found = vt[v]->name == im->name && vt[v]->desc == im->desc;
            if (!found)
                vtable_add(&vt, &n, &cap, select_impl(c, im));
        }
    }
    /* Inherited default entries may be overridden by more specific
     * defaults of our own interfaces. */
    for (uint32_t v = 0; v < n; v++)
        if (class_is_interface(vt[v]->cls))
            vt[v] = select_impl(c, vt[v]);
    x->vtable = vt;
    x->vtable_len = n;
    /* itables. */
    x->nitable = x->nall_ifaces;
    x->itable = xcalloc(x->nitable + 1, sizeof *x->itable);
    if (c->access & ACC_ABSTRACT && 0)
        return;
    for (uint32_t i = 0; i < x->nall_ifaces; i++) {
        struct vm_class *ic = x->all_ifaces[i];
        x->itable[i].iface = ic;
        x->itable[i].methods = xcalloc(ic->ext->nmethods + 1u, sizeof(struct vm_method *));
        for (uint16_t k = 0; k < ic->ext->nmethods; k++) {
            struct vm_method *im = &ic->ext->methods[k];
            if (im->access & (ACC_STATIC | ACC_PRIVATE) || im->name == sym_clinit)
                continue;
            x->itable[i].methods[k] = select_impl(c, im);
        }
    }
}

struct vm_method *class_itable_lookup(struct vm_class *c, struct vm_method *im)
{
    if (!class_is_interface(im->cls)) {
        if (im->vtable_index >= 0 && (uint32_t)im->vtable_index < c->ext->vtable_len)
            return c->ext->vtable[im->vtable_index];
        return im;
    }
    struct vm_class_ext *x = c->ext;
    if (c->kind == VM_CLASS_ARRAY)
        return NULL;
    for (uint32_t i = 0; i < x->nitable; i++)
        if (x->itable[i].iface == im->cls)
            return x->itable[i].methods[im->itable_index];
    return NULL;
}

/* ---- defining ----------------------------------------------------------- */

static struct vm_method *make_methods(struct cf_class *cf, struct vm_class *c)
{
    struct vm_method *ms = xcalloc(cf->nmethods + 1u, sizeof *ms);
    for (uint16_t i = 0; i < cf->nmethods; i++) {
        const struct cf_member *cm = &cf->methods[i];
        struct vm_method *m = &ms[i];
        m->cls = c;
        m->name = sym_intern(cm->name);
        m->desc = sym_intern(cm->desc);
        m->access = cm->access;
        m->arg_slots = (uint16_t)(cf_arg_slots(cm->desc) + !(cm->access & ACC_STATIC));
        m->ret_type = (uint8_t)class_desc_type(strchr(cm->desc, ')')[1]);
        if (m->name == sym_init)
            m->flags |= METH_INIT;
        if (m->name == sym_clinit)
            m->flags |= METH_CLINIT;
        if (cm->code) {
            m->max_stack = cm->code->max_stack;
            m->max_locals = cm->code->max_locals;
            m->code_len = cm->code->len;
            m->code = malloc(cm->code->len);
            if (!m->code)
                plat_abort("out of memory (C heap)");
            memcpy(m->code, cm->code->code, cm->code->len);
            m->orig_code = cm->code->code;
            m->nhandlers = cm->code->nhandlers;
            m->handlers = cm->code->handlers;
            m->nlines = cm->code->nlines;
            m->lines = cm->code->lines;
        } else {
            m->max_locals = m->arg_slots;
        }
        m->vtable_index = -1;
        m->itable_index = -1;
    }
    return ms;
}

static struct vm_field *make_fields(struct cf_class *cf, struct vm_class *c)
{
    struct vm_field *fs = xcalloc(cf->nfields + 1u, sizeof *fs);
    for (uint16_t i = 0; i < cf->nfields; i++) {
        fs[i].cls = c;
        fs[i].name = sym_intern(cf->fields[i].name);
        fs[i].desc = sym_intern(cf->fields[i].desc);
        fs[i].access = cf->fields[i].access;
        fs[i].type = (uint8_t)class_desc_type(cf->fields[i].desc[0]);
        fs[i].const_value = cf->fields[i].const_value;
    }
    return fs;
}

/* java.lang.ref: tell the collector which classes are References (their
 * subclasses inherit the kind) and where Reference keeps its fields. */
static void link_reference(struct vm_class *c)
{
    static const char *const names[] = {
        [VM_REF_SOFT] = "java/lang/ref/SoftReference",
        [VM_REF_WEAK] = "java/lang/ref/WeakReference",
        [VM_REF_PHANTOM] = "java/lang/ref/PhantomReference",
    };
    c->ref_kind = c->super ? c->super->ref_kind : VM_REF_NONE;
    if (!c->ext->is_boot || strncmp(c->name, "java/lang/ref/", 14) != 0)
        return;
    for (uint8_t k = VM_REF_SOFT; k <= VM_REF_PHANTOM; k++)
        if (strcmp(c->name, names[k]) == 0)
            c->ref_kind = k;
    if (strcmp(c->name, "java/lang/ref/Reference") == 0)
        heap_reference_layout((uint32_t)vm_field_offset(c, "referent", "Ljava/lang/Object;"),
                              (uint32_t)vm_field_offset(c, "queue", "Ljava/lang/ref/ReferenceQueue;"),
                              (uint32_t)vm_field_offset(c, "next", "Ljava/lang/ref/Reference;"),
                              (uint32_t)vm_field_offset(c, "discovered", "J"));
}

static void finish_link(struct vm_class *c)
{
    c->ext->depth = c->super ? c->super->ext->depth + 1 : 0;
    link_ifaces(c);
    layout_fields(c);
    link_reference(c);
    link_methods(c);
    c->state = VM_CLASS_LINKED;
}

struct vm_class *class_define(struct vm_thread *t, struct cf_class *cf, bool boot)
{
    struct vm_class *c = new_class(cf->name);
    struct vm_class_ext *x = c->ext;
    c->kind = VM_CLASS_INSTANCE;
    c->access = cf->access;
    x->cf = cf;
    x->is_boot = boot;
    x->source_file = cf->source_file ? sym_intern(cf->source_file) : NULL;
    x->rcache = xcalloc(cf->ncp, sizeof *x->rcache);
    x->methods = make_methods(cf, c);
    x->nmethods = cf->nmethods;
    for (uint16_t i = 0; i < cf->nmethods; i++)
        x->methods[i].rcache = x->rcache;
    x->fields = make_fields(cf, c);
    x->nfields = cf->nfields;
    c->state = 0;
    /* Register before loading supers so a cycle is seen as "loading". */
    x->loading = true;
    class_table_add(c);
    char jn[512];
    if (cf->super_name) {
        struct vm_class *s = class_lookup(cf->super_name);
        if (s && s->ext->loading) {
            vm_throw(t, "java/lang/ClassCircularityError", "%s", vm_class_java_name(c, jn, sizeof jn));
            goto fail;
        }
        s = class_load(t, cf->super_name);
        if (!s)
            goto fail;
        if (class_is_interface(s)) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError",
                     "class %s has interface %s as super class", vm_class_java_name(c, jn, sizeof jn), s->name);
            goto fail;
        }
        if (s->access & ACC_FINAL) {
            vm_throw(t, "java/lang/VerifyError", "Cannot inherit from final class");
            goto fail;
        }
        c->super = s;
    }
    c->interfaces = xcalloc(cf->ninterfaces + 1u, sizeof *c->interfaces);
    for (uint16_t i = 0; i < cf->ninterfaces; i++) {
        struct vm_class *ic = class_lookup(cf->interfaces[i]);
        if (ic && ic->ext->loading) {
            vm_throw(t, "java/lang/ClassCircularityError", "%s", vm_class_java_name(c, jn, sizeof jn));
            goto fail;
        }
        ic = class_load(t, cf->interfaces[i]);
        if (!ic)
            goto fail;
        if (!class_is_interface(ic)) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError",
                     "class %s can not implement %s, because it is not an interface",
                     vm_class_java_name(c, jn, sizeof jn), ic->name);
            goto fail;
        }
        c->interfaces[i] = ic;
    }
    c->ninterfaces = cf->ninterfaces;
    x->loading = false;
    c->state = VM_CLASS_LOADED;
    finish_link(c);
    return c;
fail:
    /* Unregister: a later attempt reports the error again. */
    {
        uint32_t h = hash_str(c->name, strlen(c->name)) & (CLASS_TAB - 1);
        struct vm_class **pp = &class_tab[h];
        while (*pp && *pp != c)
            pp = &(*pp)->ext->hash_next;
        if (*pp)
            *pp = c->ext->hash_next;
    }
    return NULL;
}

struct vm_class *class_define_synthetic(struct vm_thread *t, const char *name,
                                        struct vm_class *super,
                                        struct vm_class **ifaces, uint16_t nifaces,
                                        struct vm_method *methods, uint16_t nmethods,
                                        struct vm_field *fields, uint16_t nfields)
{
    (void)t;
    struct vm_class *c = new_class(name);
    c->kind = VM_CLASS_INSTANCE;
    c->access = ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC;
    c->super = super;
    c->interfaces = ifaces;
    c->ninterfaces = nifaces;
    c->ext->methods = methods;
    c->ext->nmethods = nmethods;
    c->ext->fields = fields;
    c->ext->nfields = nfields;
    c->ext->is_boot = false;
    for (uint16_t i = 0; i < nmethods; i++)
        methods[i].cls = c;
    for (uint16_t i = 0; i < nfields; i++)
        fields[i].cls = c;
    class_table_add(c);
    finish_link(c);
    c->state = VM_CLASS_INITIALIZED;
    return c;
}

/* ---- loading -------------------------------------------------------------- */

static struct vm_class *load_array(struct vm_thread *t, const char *name)
{
    const char *e = cf_field_type_end(name);
    if (!e || *e)
        return NULL;
    struct vm_class *comp;
    if (name[1] == '[') {
        comp = class_load(t, name + 1);
    } else if (name[1] == 'L') {
        char buf[1024];
        size_t n = strlen(name) - 3;
        if (n >= sizeof buf)
            return NULL;
        memcpy(buf, name + 2, n);
        buf[n] = 0;
        comp = class_load(t, buf);
    } else {
        comp = class_primitive[class_desc_type(name[1])];
    }
    return comp ? class_array_of(t, comp) : NULL;
}

static bool valid_binary_name(const char *name)
{
    if (!*name || strlen(name) > 1000)
        return false;
    for (const char *s = name; *s; s++)
        if (*s == '.' || *s == ';' || *s == '[' || (*s == '/' && (s == name || s[1] == '/' || !s[1])))
            return false;
    return true;
}

struct vm_class *class_load(struct vm_thread *t, const char *name)
{
    struct vm_class *c = class_lookup(name);
    if (c)
        return c;
    if (name[0] == '[') {
        c = load_array(t, name);
        if (!c && !t->exception)
            vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
        return c;
    }
    size_t len;
    bool library = false;
    const uint8_t *bytes = valid_binary_name(name) ? plat_find_class(name, &len, &library) : NULL;
    if (!bytes) {
        vm_throw(t, "java/lang/NoClassDefFoundError", "%s", name);
        return NULL;
    }
    /* The java packages are the library's alone (HotSpot's rule for every
     * loader but the boot loader): an application class there would be
     * trusted as the library's and never verified. */
    if (!library && strncmp(name, "java/", 5) == 0) {
        char pkg[512];
        const char *end = strrchr(name, '/');
        size_t n = (size_t)(end - name) < sizeof pkg - 1 ? (size_t)(end - name) : sizeof pkg - 1;
        for (size_t i = 0; i < n; i++)
            pkg[i] = name[i] == '/' ? '.' : name[i];
        pkg[n] = 0;
        vm_throw(t, "java/lang/SecurityException", "Prohibited package name: %s", pkg);
        return NULL;
    }
    struct cf_class *cf;
    char err[512];
    enum cf_status st = cf_parse(bytes, len, &cf, err, sizeof err);
    if (st != CF_OK) {
        vm_throw(t, st == CF_VERSION ? "java/lang/UnsupportedClassVersionError"
                    : st == CF_NOMEM ? "java/lang/OutOfMemoryError" : "java/lang/ClassFormatError",
                 "%s", err);
        return NULL;
    }
    if (strcmp(cf->name, name) != 0) {
        char a[512];
        snprintf(a, sizeof a, "%s (wrong name: %s)", name, cf->name);
        cf_free(cf);
        vm_throw(t, "java/lang/NoClassDefFoundError", "%s", a);
        return NULL;
    }
    /* Boot classes are those the library image holds. */
    return class_define(t, cf, library);
}

struct vm_class *vm_find_class(struct vm_thread *t, const char *name)
{
    return class_load(t, name);
}

/* ---- initialization ----------------------------------------------------- */

/* Keep "Exception X: msg [in thread "T"]" with X's stack trace, the
 * cause of later NoClassDefFoundErrors (as JDK 17 does). */
static void save_init_error(struct vm_thread *t, struct vm_class *c, struct vm_object *e)
{
    struct vm_object *pending = t->exception;
    t->exception = NULL;
    char jn[512], msg[1024] = "", tn[256] = "main", b[2048];
    int32_t off_msg = vm_field_offset(class_throwable, "detailMessage", "Ljava/lang/String;");
    int32_t off_bt = vm_field_offset(class_throwable, "backtrace", "Ljava/lang/Object;");
    int32_t off_st = vm_field_offset(class_throwable, "stackTrace", "[Ljava/lang/StackTraceElement;");
    if (off_msg >= 0 && VM_FIELD(e, struct vm_object *, off_msg))
        str_to_buf(VM_FIELD(e, struct vm_object *, off_msg), msg, sizeof msg);
    if (t->jthread) {
        int32_t off_name = vm_field_offset(t->jthread->cls, "name", "Ljava/lang/String;");
        if (off_name >= 0 && VM_FIELD(t->jthread, struct vm_object *, off_name))
            str_to_buf(VM_FIELD(t->jthread, struct vm_object *, off_name), tn, sizeof tn);
    }
    snprintf(b, sizeof b, "Exception %s%s%s [in thread \"%s\"]", vm_class_java_name(e->cls, jn, sizeof jn),
             *msg ? ": " : "", msg, tn);
    struct vm_class *k = class_load(t, "java/lang/ExceptionInInitializerError");
    struct vm_method *ctor = k ? class_find_method(k, "<init>", "(Ljava/lang/String;)V") : NULL;
    struct vm_object *o = ctor ? vm_new_object(t, k) : NULL;
    struct vm_object *s = o ? vm_string_from_utf8(t, b, strlen(b)) : NULL;
    if (s) {
        vm_value args[2];
        args[0].l = o;
        args[1].l = s;
        if (vm_call(t, ctor, args, NULL) && off_bt >= 0 && off_st >= 0) {
            VM_FIELD(o, struct vm_object *, off_bt) = VM_FIELD(e, struct vm_object *, off_bt);
            VM_FIELD(o, struct vm_object *, off_st) = NULL;
            c->ext->init_error = o;
        }
    }
    t->exception = pending;
}

/* Threads blocked until another thread finishes initializing a class
 * (JVMS 5.5 step 2). Each entry lives on its waiter's own C stack. */
struct init_waiter {
    struct vm_thread *t;
    struct vm_class *c;
    struct init_waiter *next;
};
static struct init_waiter *init_waiters;

static void init_wait(struct vm_thread *t, struct vm_class *c)
{
    if (!t->sched) {
        thread_yield(t);   /* the scheduler is not up: no other thread can run */
        return;
    }
    struct init_waiter w = { t, c, init_waiters };
    init_waiters = &w;
    thread_block(t, VM_THREAD_BLOCKED, THREAD_BLOCK_CLASS_INIT, 0);
}

/* c left the INITIALIZING state: its waiters look at it again. */
static void init_wake_all(struct vm_class *c)
{
    for (struct init_waiter **p = &init_waiters; *p;) {
        struct init_waiter *w = *p;
        if (w->c == c) {
            *p = w->next;
            thread_wake(w->t, THREAD_WAKE_NOTIFIED);
        } else {
            p = &w->next;
        }
    }
}

static bool init_fail(struct vm_thread *t, struct vm_class *c)
{
    c->state = VM_CLASS_ERROR;
    c->ext->init_thread = NULL;
    init_wake_all(c);
    if (t->exception && !c->ext->init_error) {
        /* The original exception, not its ExceptionInInitializerError. */
        struct vm_object *e = t->exception;
        struct vm_class *eiie = class_lookup("java/lang/ExceptionInInitializerError");
        int32_t off_cause = vm_field_offset(class_throwable, "cause", "Ljava/lang/Throwable;");
        if (eiie && e->cls == eiie && off_cause >= 0 && VM_FIELD(e, struct vm_object *, off_cause) &&
            VM_FIELD(e, struct vm_object *, off_cause) != e)
            e = VM_FIELD(e, struct vm_object *, off_cause);
        save_init_error(t, c, e);
    }
    return false;
}

static bool has_default_methods(struct vm_class *i)
{
    for (uint16_t k = 0; k < i->ext->nmethods; k++) {
        struct vm_method *m = &i->ext->methods[k];
        if (!(m->access & (ACC_ABSTRACT | ACC_STATIC)))
            return true;
    }
    return false;
}

/* JVMS 5.5 step 7: the superinterfaces that declare default methods,
 * each after its own superinterfaces, left to right. */
static bool init_superinterfaces(struct vm_thread *t, struct vm_class *i)
{
    for (uint16_t k = 0; k < i->ninterfaces; k++)
        if (!init_superinterfaces(t, i->interfaces[k]))
            return false;
    if (i->state != VM_CLASS_INITIALIZED && has_default_methods(i))
        return vm_init_class(t, i);
    return true;
}

/* The class library is ours, compiled by javac: like HotSpot, which does
 * not verify boot classes, we trust its code (start-up stays fast).  The
 * verifier guarantees what the interpreter relies on (types, stack
 * bounds, no falling off the code), so no code runs before this. */
bool class_link(struct vm_thread *t, struct vm_class *c)
{
    struct vm_class_ext *x = c->ext;
    if (c->kind != VM_CLASS_INSTANCE || x->verified || x->is_boot || !x->cf)
        return true;
    if (c->super && !class_link(t, c->super))
        return false;
    for (uint16_t i = 0; i < c->ninterfaces; i++)
        if (!class_link(t, c->interfaces[i]))
            return false;
    if (!verify_class(t, c))
        return false;
    x->verified = true;
    return true;
}

bool vm_init_class(struct vm_thread *t, struct vm_class *c)
{
    char jn[512];
    for (;;) {
        if (c->state == VM_CLASS_INITIALIZED)
            return true;
        if (c->state == VM_CLASS_ERROR) {
            vm_throw(t, "java/lang/NoClassDefFoundError", "Could not initialize class %s",
                     vm_class_java_name(c, jn, sizeof jn));
            /* JDK 17: the cause tells what the initializer threw. */
            int32_t off = vm_field_offset(class_throwable, "cause", "Ljava/lang/Throwable;");
            if (t->exception && c->ext->init_error && off >= 0)
                VM_FIELD(t->exception, struct vm_object *, off) = c->ext->init_error;
            return false;
        }
        if (c->state == VM_CLASS_INITIALIZING) {
            if (c->ext->init_thread == t)
                return true;
            init_wait(t, c);        /* another thread runs <clinit> */
            continue;
        }
        break;
    }
    if (!class_link(t, c))
        return false;
    c->state = VM_CLASS_INITIALIZING;
    c->ext->init_thread = t;
    if (c->super && !class_is_interface(c) && c->super->state != VM_CLASS_INITIALIZED) {
        if (!vm_init_class(t, c->super))
            return init_fail(t, c);
    }
    if (!class_is_interface(c)) {
        for (uint16_t i = 0; i < c->ninterfaces; i++)
            if (!init_superinterfaces(t, c->interfaces[i]))
                return init_fail(t, c);
    }
    /* String constants of static finals. */
    struct vm_class_ext *x = c->ext;
    for (uint16_t i = 0; i < x->nfields; i++) {
        struct vm_field *f = &x->fields[i];
        if ((f->access & ACC_STATIC) && f->const_value && x->cf && x->cf->cp[f->const_value].tag == CF_STRING) {
            struct vm_object *s = class_resolve_string(t, c, f->const_value);
            if (!s)
                return init_fail(t, c);
            c->statics[f->offset].l = s;
        }
    }
    struct vm_method *clinit = class_find_declared_method(c, sym_clinit, sym_intern("()V"));
    if (clinit && !vm_call(t, clinit, NULL, NULL)) {
        struct vm_object *e = t->exception;
        struct vm_class *err = class_lookup("java/lang/Error");
        if (!err || !class_is_assignable(e->cls, err)) {
            t->exception = NULL;
            struct vm_class *eiie = class_load(t, "java/lang/ExceptionInInitializerError");
            struct vm_method *ctor = eiie ? class_find_method(eiie, "<init>", "(Ljava/lang/Throwable;)V") : NULL;
            struct vm_object *o = ctor ? vm_new_object(t, eiie) : NULL;
            if (o) {
                vm_value args[2];
                args[0].l = o;
                args[1].l = e;
                if (vm_call(t, ctor, args, NULL))
                    t->exception = o;
            }
            if (!t->exception)
                t->exception = e;
        }
        return init_fail(t, c);
    }
    c->state = VM_CLASS_INITIALIZED;
    c->ext->init_thread = NULL;
    init_wake_all(c);
    return true;
}

/* ---- resolution ----------------------------------------------------------- */

struct vm_class *class_resolve_class(struct vm_thread *t, struct vm_class *c, uint16_t idx)
{
    struct vm_class_ext *x = c->ext;
    if (x->rcache[idx])
        return x->rcache[idx];
    struct vm_class *r = class_load(t, cf_class_name(x->cf, idx));
    if (r)
        x->rcache[idx] = r;
    return r;
}

static void java_type_name(const char *d, char *buf, size_t size)
{
    /* "[Ljava/lang/String;" -> "java.lang.String[]", "I" -> "int". */
    int dims = 0;
    while (*d == '[') {
        dims++;
        d++;
    }
    size_t n = 0;
    static const char *prim[] = { [VM_T_BOOLEAN] = "boolean", [VM_T_BYTE] = "byte", [VM_T_CHAR] = "char",
        [VM_T_SHORT] = "short", [VM_T_INT] = "int", [VM_T_FLOAT] = "float", [VM_T_LONG] = "long",
        [VM_T_DOUBLE] = "double", [VM_T_VOID] = "void" };
    if (*d == 'L') {
        for (d++; *d && *d != ';' && n + 1 < size; d++)
            buf[n++] = *d == '/' ? '.' : *d;
    } else {
        const char *p = prim[class_desc_type(*d)];
        while (*p && n + 1 < size)
            buf[n++] = *p++;
    }
    while (dims-- > 0 && n + 3 < size) {
        buf[n++] = '[';
        buf[n++] = ']';
    }
    buf[n] = 0;
}

/* "'void Foo.bar(int, java.lang.String)'" as HotSpot words a method. */
void class_method_string(const char *cls, const char *name, const char *desc, char *buf, size_t size)
{
    char ret[256], arg[256];
    java_type_name(strchr(desc, ')') + 1, ret, sizeof ret);
    size_t n = (size_t)snprintf(buf, size, "'%s ", ret);
    for (const char *s = cls; *s && n + 1 < size; s++)
        buf[n++] = *s == '/' ? '.' : *s;
    n += (size_t)snprintf(buf + n, n < size ? size - n : 0, ".%s(", name);
    const char *d = desc + 1;
    bool first = true;
    while (*d != ')' && n < size) {
        java_type_name(d, arg, sizeof arg);
        n += (size_t)snprintf(buf + n, size - n, "%s%s", first ? "" : ", ", arg);
        first = false;
        d = cf_field_type_end(d);
    }
    if (n < size)
        snprintf(buf + n, size - n, ")'");
}

struct vm_field *class_resolve_field(struct vm_thread *t, struct vm_class *c, uint16_t idx, bool is_static)
{
    struct vm_class_ext *x = c->ext;
    struct vm_field *f = x->rcache[idx];
    if (!f) {
        const struct cf_const *ref = &x->cf->cp[idx];
        struct vm_class *k = class_resolve_class(t, c, ref->a);
        if (!k)
            return NULL;
        const struct cf_const *nt = &x->cf->cp[ref->b];
        const char *name = cf_utf8(x->cf, nt->a), *desc = cf_utf8(x->cf, nt->b);
        f = class_find_field(k, name, desc);
        if (!f) {
            vm_throw(t, "java/lang/NoSuchFieldError", "%s", name);
            return NULL;
        }
        x->rcache[idx] = f;
    }
    if (!!(f->access & ACC_STATIC) != is_static) {
        char jn[512];
        vm_class_java_name(f->cls, jn, sizeof jn);
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "Expected %sstatic field %s.%s",
                 is_static ? "" : "non-", jn, f->name);
        return NULL;
    }
    return f;
}

struct vm_method *class_resolve_method(struct vm_thread *t, struct vm_class *c, uint16_t idx, int kind)
{
    struct vm_class_ext *x = c->ext;
    struct vm_method *m = x->rcache[idx];
    const struct cf_const *ref = &x->cf->cp[idx];
    char buf[1024], jn[512];
    if (!m) {
        struct vm_class *k = class_resolve_class(t, c, ref->a);
        if (!k)
            return NULL;
        const struct cf_const *nt = &x->cf->cp[ref->b];
        const char *name = cf_utf8(x->cf, nt->a), *desc = cf_utf8(x->cf, nt->b);
        if (ref->tag == CF_METHODREF && class_is_interface(k)) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError", "Found interface %s, but class was expected",
                     vm_class_java_name(k, jn, sizeof jn));
            return NULL;
        }
        if (ref->tag == CF_IMETHODREF && !class_is_interface(k)) {
            vm_throw(t, "java/lang/IncompatibleClassChangeError", "Found class %s, but interface was expected",
                     vm_class_java_name(k, jn, sizeof jn));
            return NULL;
        }
        m = class_find_method(k, name, desc);
        if (!m && class_is_interface(k)) {
            struct vm_method *om = class_find_declared_method(class_object, sym_intern(name), sym_intern(desc));
            if (om && (om->access & ACC_PUBLIC) && !(om->access & ACC_STATIC))
                m = om;
        }
        if (!m) {
            /* Signature-polymorphic methods are not supported. */
            class_method_string(k->name, name, desc, buf, sizeof buf);
            vm_throw(t, "java/lang/NoSuchMethodError", "%s", buf);
            return NULL;
        }
        x->rcache[idx] = m;
    }
    bool st = m->access & ACC_STATIC;
    if ((kind == RESOLVE_STATIC) != st) {
        class_method_string(m->cls->name, m->name, m->desc, buf, sizeof buf);
        vm_throw(t, "java/lang/IncompatibleClassChangeError", "Expected %s method %s",
                 st ? "non-static" : "static", buf);
        return NULL;
    }
    return m;
}

struct vm_object *class_resolve_string(struct vm_thread *t, struct vm_class *c, uint16_t idx)
{
    struct vm_class_ext *x = c->ext;
    if (x->rcache[idx])
        return x->rcache[idx];
    const struct cf_const *k = &x->cf->cp[x->cf->cp[idx].a];
    struct vm_object *s = str_from_mutf8(t, k->v.s, k->len);
    if (!s)
        return NULL;
    s = vm_string_intern(t, s);
    if (s)
        x->rcache[idx] = s;     /* kept alive by the intern table */
    return s;
}

/* ---- bootstrap -------------------------------------------------------------- */

bool class_bootstrap(struct vm_thread *t)
{
    sym_init = sym_intern("<init>");
    sym_clinit = sym_intern("<clinit>");
    sym_main = sym_intern("main");
    sym_main_desc = sym_intern("([Ljava/lang/String;)V");
    make_primitives();
    if (!(class_object = class_load(t, "java/lang/Object")))
        return false;
    /* Interfaces loaded before Object linked have no Object vtable. */
    if (!(class_class = class_load(t, "java/lang/Class")) ||
        !(class_string = class_load(t, "java/lang/String")) ||
        !(class_throwable = class_load(t, "java/lang/Throwable")))
        return false;
    class_off_class_vm = vm_field_offset(class_class, "vmClass", "J");
    class_off_string_value = vm_field_offset(class_string, "value", "[B");
    class_off_string_coder = vm_field_offset(class_string, "coder", "B");
    class_off_string_hash = vm_field_offset(class_string, "hash", "I");
    if (class_off_class_vm < 0 || class_off_string_value < 0 || class_off_string_coder < 0 ||
        class_off_string_hash < 0)
        plat_abort("the class library lacks a VM-known field of Class or String");
    struct vm_class *oomc = class_load(t, "java/lang/OutOfMemoryError");
    if (!oomc)
        return false;
    oom_prealloc = vm_new_object(t, oomc);
    if (!oom_prealloc)
        return false;
    class_add_root(&oom_prealloc);
    return true;
}
