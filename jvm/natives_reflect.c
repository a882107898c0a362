/*
 * natives_reflect.c: natives of core reflection.  Class's member lists
 * (Field, Method and Constructor objects made here, as HotSpot makes them,
 * so their constructors stay private), and jdk.internal.reflect.Reflection:
 * raw field reads and writes, calls (virtual dispatch, wrapped exceptions
 * left to Java), descriptors to classes, the caller's class for access
 * checks, and the raw annotation bytes and constants that
 * jdk.internal.reflect.AnnotationParser decodes.  The Java side does the
 * checks, conversions and messages; this file only touches the VM.
 */
#include "class.h"
#include "interp.h"
#include "jstring.h"

#include <stdlib.h>
#include <string.h>

#define NATIVE(name) static void name(struct vm_thread *t, vm_value *a, vm_value *r)

enum { MEMBER_FIELD, MEMBER_METHOD, MEMBER_CTOR };

/* The modifiers HotSpot reports (JVM_RECOGNIZED_*_MODIFIERS). */
#define FIELD_MODS  (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL | \
                     ACC_VOLATILE | ACC_TRANSIENT | ACC_ENUM | ACC_SYNTHETIC)
#define METHOD_MODS (ACC_PUBLIC | ACC_PRIVATE | ACC_PROTECTED | ACC_STATIC | ACC_FINAL | \
                     ACC_SYNCHRONIZED | ACC_BRIDGE | ACC_VARARGS | ACC_NATIVE | \
                     ACC_ABSTRACT | ACC_STRICT | ACC_SYNTHETIC)

static const char *const member_class[] = {
    "java/lang/reflect/Field", "java/lang/reflect/Method", "java/lang/reflect/Constructor"
};

static struct vm_object **ref_data(struct vm_array *a)
{
    return (struct vm_object **)VM_ARRAY_DATA(a);
}

static bool member_wanted(struct vm_class *c, int kind, int i, bool public_only)
{
    uint16_t acc;
    if (kind == MEMBER_FIELD) {
        acc = c->ext->fields[i].access;
    } else {
        struct vm_method *m = &c->ext->methods[i];
        if (m->name == sym_clinit || (m->name == sym_init) != (kind == MEMBER_CTOR))
            return false;
        acc = m->access;
    }
    return !public_only || (acc & ACC_PUBLIC);
}

/* A new Field/Method/Constructor for member i of c, its private fields set
 * directly (clazz, name, desc, modifiers, slot). */
static struct vm_object *member_new(struct vm_thread *t, struct vm_class *mc, struct vm_class *c,
                                    int kind, int i)
{
    const char *name, *desc;
    int mods;
    if (kind == MEMBER_FIELD) {
        struct vm_field *f = &c->ext->fields[i];
        name = f->name, desc = f->desc, mods = f->access & FIELD_MODS;
    } else {
        struct vm_method *m = &c->ext->methods[i];
        name = m->name, desc = m->desc, mods = m->access & METHOD_MODS;
    }
    struct vm_object *o = vm_new_object(t, mc);
    if (!o)
        return NULL;
    struct vm_object *jname = vm_string_intern(t, vm_string_from_utf8(t, name, strlen(name)));
    if (!jname)
        return NULL;
    VM_FIELD(o, struct vm_object *, vm_field_offset(mc, "name", "Ljava/lang/String;")) = jname;
    struct vm_object *jdesc = vm_string_from_utf8(t, desc, strlen(desc));
    if (!jdesc)
        return NULL;
    VM_FIELD(o, struct vm_object *, vm_field_offset(mc, "desc", "Ljava/lang/String;")) = jdesc;
    VM_FIELD(o, struct vm_object *, vm_field_offset(mc, "clazz", "Ljava/lang/Class;")) = c->mirror;
    VM_FIELD(o, int32_t, vm_field_offset(mc, "modifiers", "I")) = mods;
    VM_FIELD(o, int32_t, vm_field_offset(mc, "slot", "I")) = i;
    return o;
}

/* Like the JDK's Reflection.fieldFilterMap: the fields of the reflection
 * objects and of Class stay hidden, so no program can forge a member's
 * class or slot through reflection itself. */
static bool fields_filtered(struct vm_class *c)
{
    static const char *const hidden[] = {
        "java/lang/Class", "java/lang/reflect/AccessibleObject", "java/lang/reflect/Executable",
        "java/lang/reflect/Field", "java/lang/reflect/Method", "java/lang/reflect/Constructor",
    };
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++)
        if (strcmp(c->name, hidden[i]) == 0 && c->ext->is_boot)
            return true;
    return false;
}

/* The declared members of one kind, in class-file order. */
static void declared_members(struct vm_thread *t, struct vm_object *mirror, int kind,
                             bool public_only, vm_value *r)
{
    struct vm_class *c = class_of_mirror(mirror);
    struct vm_class *mc = vm_find_class(t, member_class[kind]);
    if (!mc || !vm_init_class(t, mc))
        return;
    int total = 0, n = 0;
    if (c->kind == VM_CLASS_INSTANCE && !(kind == MEMBER_FIELD && fields_filtered(c)))
        total = kind == MEMBER_FIELD ? c->ext->nfields : c->ext->nmethods;
    for (int i = 0; i < total; i++)
        n += member_wanted(c, kind, i, public_only);
    struct vm_array *arr = vm_new_ref_array(t, mc, n);
    if (!arr)
        return;
    r->l = &arr->hdr;   /* on the C stack: keeps the array alive while we allocate */
    for (int i = 0, k = 0; i < total; i++) {
        if (!member_wanted(c, kind, i, public_only))
            continue;
        struct vm_object *o = member_new(t, mc, c, kind, i);
        if (!o) {
            r->l = NULL;
            return;
        }
        ref_data(arr)[k++] = o;
    }
}

NATIVE(cls_declared_fields) { declared_members(t, a[0].l, MEMBER_FIELD, a[1].i, r); }
NATIVE(cls_declared_methods) { declared_members(t, a[0].l, MEMBER_METHOD, a[1].i, r); }
NATIVE(cls_declared_ctors) { declared_members(t, a[0].l, MEMBER_CTOR, a[1].i, r); }

/* Member classes declared by this one (InnerClasses entries whose outer
 * class is this). */
NATIVE(cls_declared_classes)
{
    struct vm_class *c = class_of_mirror(a[0].l);
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    int n = 0;
    for (uint16_t i = 0; cf && i < cf->ninner; i++) {
        const char *out = cf->inner[i].outer ? cf_class_name(cf, cf->inner[i].outer) : NULL;
        n += out && strcmp(out, c->name) == 0;
    }
    struct vm_array *arr = vm_new_ref_array(t, class_class, n);
    if (!arr)
        return;
    r->l = &arr->hdr;
    for (uint16_t i = 0, k = 0; cf && i < cf->ninner; i++) {
        const char *out = cf->inner[i].outer ? cf_class_name(cf, cf->inner[i].outer) : NULL;
        if (!out || strcmp(out, c->name) != 0)
            continue;
        struct vm_class *ic = class_load(t, cf_class_name(cf, cf->inner[i].inner));
        struct vm_object *m = ic ? class_mirror(t, ic) : NULL;
        if (!m) {
            r->l = NULL;
            return;
        }
        ref_data(arr)[k++] = m;
    }
}

/* EnclosingMethod: { enclosing class, method name or null, descriptor or
 * null }, or null for a class that is neither local nor anonymous. */
NATIVE(cls_enclosing_method_info)
{
    struct vm_class *c = class_of_mirror(a[0].l);
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    r->l = NULL;
    if (!cf || !cf->enclosing_class)
        return;
    struct vm_class *ec = class_load(t, cf_class_name(cf, cf->enclosing_class));
    struct vm_object *em = ec ? class_mirror(t, ec) : NULL;
    if (!em)
        return;
    struct vm_array *arr = vm_new_ref_array(t, class_object, 3);
    if (!arr)
        return;
    r->l = &arr->hdr;
    ref_data(arr)[0] = em;
    if (cf->enclosing_method) {
        const struct cf_const *nt = &cf->cp[cf->enclosing_method];
        const char *name = cf_utf8(cf, nt->a), *desc = cf_utf8(cf, nt->b);
        struct vm_object *jn = name ? vm_string_from_utf8(t, name, strlen(name)) : NULL;
        if (jn)
            ref_data(arr)[1] = jn;
        struct vm_object *jd = desc ? vm_string_from_utf8(t, desc, strlen(desc)) : NULL;
        if (jd)
            ref_data(arr)[2] = jd;
        if (!jn || !jd)
            r->l = NULL;
    }
}

/* ---- jdk.internal.reflect.Reflection -------------------------------------------- */

static bool in_reflection(struct vm_class *c)
{
    return strncmp(c->name, "java/lang/reflect/", 18) == 0 ||
           strncmp(c->name, "jdk/internal/reflect/", 21) == 0 ||
           c == class_class;
}

/* The class of the first frame outside reflection's own code (or, for
 * setAccessible, only outside java.lang.reflect). */
static void caller_class(struct vm_thread *t, vm_value *r, bool only_lang_reflect)
{
    for (struct vm_frame *f = t->frame; f; f = f->prev) {
        struct vm_class *c = f->m ? f->m->cls : NULL;
        if (c && (only_lang_reflect ? strncmp(c->name, "java/lang/reflect/", 18) != 0 : !in_reflection(c))) {
            r->l = class_mirror(t, c);
            return;
        }
    }
    r->l = NULL;
}

NATIVE(refl_caller_class) { (void)a; caller_class(t, r, false); }
NATIVE(refl_setter_class) { (void)a; caller_class(t, r, true); }

NATIVE(refl_is_boot_class)
{
    (void)t;
    struct vm_class *c = class_of_mirror(a[0].l);
    r->i = c->kind == VM_CLASS_PRIMITIVE || c->ext->is_boot;   /* arrays: their element class's */
}

NATIVE(refl_class_access_flags) { (void)t; r->i = class_of_mirror(a[0].l)->access; }

NATIVE(refl_nest_host)
{
    struct vm_class *c = class_of_mirror(a[0].l);
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    struct vm_class *h = c;
    if (cf && cf->nest_host) {
        h = class_load(t, cf->nest_host);
        if (!h) {
            t->exception = NULL;   /* an unloadable host: a nest of its own */
            h = c;
        }
    }
    r->l = class_mirror(t, h);
}

/* The class named by a field descriptor ("I", "[J", "Ljava/lang/String;"). */
static struct vm_class *desc_class(struct vm_thread *t, const char *d, size_t n)
{
    if (n == 1) {
        for (int i = 0; i < VM_T_REF; i++)
            if (i != VM_T_VOID ? class_desc_type(d[0]) == (enum vm_type)i : d[0] == 'V')
                return class_primitive[i];
    }
    char buf[1024];
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    if (d[0] == 'L') {
        memcpy(buf, d + 1, n - 2);
        buf[n - 2] = 0;
    } else {
        memcpy(buf, d, n);
        buf[n] = 0;
    }
    return class_load(t, buf);
}

NATIVE(refl_type_of)
{
    char *d = vm_string_to_utf8(a[0].l);
    if (!d) {
        vm_throw(t, "java/lang/OutOfMemoryError", NULL);
        return;
    }
    struct vm_class *c = desc_class(t, d, strlen(d));
    free(d);
    if (c)
        r->l = class_mirror(t, c);
}

/* Members by slot.  The Java side passes the slot the VM gave it; the
 * checks keep a bad one (which only a bug could make) from going further
 * than an exception. */
static struct vm_method *method_of(struct vm_thread *t, struct vm_object *mirror, int32_t slot)
{
    struct vm_class *c = mirror ? class_of_mirror(mirror) : NULL;
    if (!c || c->kind != VM_CLASS_INSTANCE || slot < 0 || slot >= c->ext->nmethods) {
        vm_throw(t, "java/lang/InternalError", "bad method slot %d", slot);
        return NULL;
    }
    return &c->ext->methods[slot];
}

static struct vm_field *field_of(struct vm_thread *t, struct vm_object *mirror, int32_t slot)
{
    struct vm_class *c = mirror ? class_of_mirror(mirror) : NULL;
    if (!c || c->kind != VM_CLASS_INSTANCE || slot < 0 || slot >= c->ext->nfields) {
        vm_throw(t, "java/lang/InternalError", "bad field slot %d", slot);
        return NULL;
    }
    return &c->ext->fields[slot];
}

/* A field access: the receiver must be an instance for instance fields,
 * and the value's kind (reference or not) the field's. */
static struct vm_field *field_checked(struct vm_thread *t, struct vm_object *obj, struct vm_object *mirror,
                                      int32_t slot, bool ref)
{
    struct vm_field *f = field_of(t, mirror, slot);
    if (!f)
        return NULL;
    if ((f->type == VM_T_REF) != ref ||
        (!(f->access & ACC_STATIC) && (!obj || !class_is_assignable(obj->cls, f->cls)))) {
        vm_throw(t, "java/lang/InternalError", "bad field access");
        return NULL;
    }
    return f;
}

NATIVE(refl_exception_types)
{
    struct vm_class *c = class_of_mirror(a[0].l);
    struct cf_member *cm = NULL;
    struct vm_method *m = method_of(t, a[0].l, a[1].i);
    if (!m)
        return;
    for (uint16_t i = 0; c->ext->cf && i < c->ext->cf->nmethods; i++)
        if (strcmp(c->ext->cf->methods[i].name, m->name) == 0 &&
            strcmp(c->ext->cf->methods[i].desc, m->desc) == 0)
            cm = &c->ext->cf->methods[i];
    int n = cm ? cm->nexceptions : 0;
    struct vm_array *arr = vm_new_ref_array(t, class_class, n);
    if (!arr)
        return;
    r->l = &arr->hdr;
    for (int i = 0; i < n; i++) {
        struct vm_class *e = class_load(t, cf_class_name(c->ext->cf, cm->exceptions[i]));
        struct vm_object *em = e ? class_mirror(t, e) : NULL;
        if (!em) {
            r->l = NULL;
            return;
        }
        ref_data(arr)[i] = em;
    }
}

/* The class file's record of a member (same order as ext's tables). */
static struct cf_member *cf_member_of(struct vm_class *c, int kind, int32_t slot)
{
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    if (!cf)
        return NULL;
    const char *name, *desc;
    struct cf_member *ms;
    uint16_t n;
    if (kind == MEMBER_FIELD) {
        name = c->ext->fields[slot].name, desc = c->ext->fields[slot].desc;
        ms = cf->fields, n = cf->nfields;
    } else {
        name = c->ext->methods[slot].name, desc = c->ext->methods[slot].desc;
        ms = cf->methods, n = cf->nmethods;
    }
    for (uint16_t i = 0; i < n; i++)
        if (strcmp(ms[i].name, name) == 0 && strcmp(ms[i].desc, desc) == 0)
            return &ms[i];
    return NULL;
}

/* Raw annotation bytes: kind 0 class, 1 field, 2 method, 3 a method's
 * AnnotationDefault, 4 its RuntimeVisibleParameterAnnotations; null if
 * absent. */
NATIVE(refl_annotations)
{
    struct vm_class *c = class_of_mirror(a[0].l);
    int kind = a[1].i;
    const uint8_t *p = NULL;
    uint32_t n = 0;
    if (kind == 0) {
        struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
        if (cf)
            p = cf->annotations, n = cf->annotations_len;
    } else {
        struct cf_member *cm = cf_member_of(c, kind == 1 ? MEMBER_FIELD : MEMBER_METHOD, a[2].i);
        if (cm && kind == 3)
            p = cm->ann_default, n = cm->ann_default_len;
        else if (cm && kind == 4)
            p = cm->param_annotations, n = cm->param_annotations_len;
        else if (cm)
            p = cm->annotations, n = cm->annotations_len;
    }
    r->l = NULL;
    if (!p)
        return;
    struct vm_array *arr = vm_new_array(t, VM_T_BYTE, (int32_t)n);
    if (!arr)
        return;
    memcpy(VM_ARRAY_DATA(arr), p, n);
    r->l = &arr->hdr;
}

/* signature(clazz, kind, slot): the class's (0), a field's (1) or a
 * method's (2) Signature attribute, or null. */
NATIVE(refl_signature)
{
    if (a[1].i == 0) {
        struct vm_class *c = class_of_mirror(a[0].l);
        struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
        r->l = cf && cf->signature ? vm_string_from_utf8(t, cf->signature, strlen(cf->signature)) : NULL;
        return;
    }
    struct cf_member *cm = cf_member_of(class_of_mirror(a[0].l), a[1].i == 1 ? MEMBER_FIELD : MEMBER_METHOD, a[2].i);
    r->l = cm && cm->signature ? vm_string_from_utf8(t, cm->signature, strlen(cm->signature)) : NULL;
}

/* Constant-pool entries of a class, for annotation element values. */
static const struct cf_const *cp_entry(struct vm_thread *t, struct vm_object *mirror, int32_t idx, int tag)
{
    struct vm_class *c = class_of_mirror(mirror);
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    if (!cf || idx <= 0 || idx >= cf->ncp || cf->cp[idx].tag != tag) {
        vm_throw(t, "java/lang/annotation/AnnotationFormatError", "Invalid constant pool index %d", idx);
        return NULL;
    }
    return &cf->cp[idx];
}

NATIVE(refl_const_utf8)
{
    const struct cf_const *k = cp_entry(t, a[0].l, a[1].i, CF_UTF8);
    if (k)
        r->l = vm_string_from_utf8(t, k->v.s, k->len);
}

NATIVE(refl_const_int)
{
    const struct cf_const *k = cp_entry(t, a[0].l, a[1].i, CF_INTEGER);
    if (k)
        r->i = k->v.i;
}

NATIVE(refl_const_long)
{
    const struct cf_const *k = cp_entry(t, a[0].l, a[1].i, CF_LONG);
    if (k)
        r->j = k->v.j;
}

NATIVE(refl_const_float)
{
    const struct cf_const *k = cp_entry(t, a[0].l, a[1].i, CF_FLOAT);
    if (k)
        r->f = k->v.f;
}

NATIVE(refl_const_double)
{
    const struct cf_const *k = cp_entry(t, a[0].l, a[1].i, CF_DOUBLE);
    if (k)
        r->d = k->v.d;
}

NATIVE(refl_ensure_init)
{
    (void)r;
    vm_init_class(t, class_of_mirror(a[0].l));
}

/* ---- field access: the Java side has checked the receiver and the type --- */

static void *field_addr(struct vm_field *f, struct vm_object *obj)
{
    if (f->access & ACC_STATIC)
        return &f->cls->statics[f->offset];
    return (char *)obj + f->offset;
}

/* getRaw(obj, clazz, slot): a primitive field's value as long bits (floats
 * as their int bits, doubles as their long bits). */
NATIVE(refl_get_raw)
{
    struct vm_field *f = field_checked(t, a[0].l, a[1].l, a[2].i, false);
    if (!f)
        return;
    void *p = field_addr(f, a[0].l);
    bool st = f->access & ACC_STATIC;
    switch (f->type) {
    case VM_T_BOOLEAN: r->j = st ? ((vm_value *)p)->i : *(uint8_t *)p; break;
    case VM_T_BYTE: r->j = st ? ((vm_value *)p)->i : *(int8_t *)p; break;
    case VM_T_CHAR: r->j = st ? ((vm_value *)p)->i : *(uint16_t *)p; break;
    case VM_T_SHORT: r->j = st ? ((vm_value *)p)->i : *(int16_t *)p; break;
    case VM_T_INT: case VM_T_FLOAT: r->j = st ? ((vm_value *)p)->i : *(int32_t *)p; break;
    default: r->j = *(int64_t *)p; break;
    }
}

NATIVE(refl_get_ref)
{
    struct vm_field *f = field_checked(t, a[0].l, a[1].l, a[2].i, true);
    if (!f)
        return;
    r->l = *(struct vm_object **)field_addr(f, a[0].l);
}

NATIVE(refl_set_raw)
{
    (void)r;
    struct vm_field *f = field_checked(t, a[0].l, a[1].l, a[2].i, false);
    if (!f)
        return;
    void *p = field_addr(f, a[0].l);
    int64_t v = a[3].j;
    if (f->access & ACC_STATIC) {
        if (f->type == VM_T_LONG || f->type == VM_T_DOUBLE)
            ((vm_value *)p)->j = v;
        else
            ((vm_value *)p)->i = (int32_t)v;
        return;
    }
    switch (f->type) {
    case VM_T_BOOLEAN: case VM_T_BYTE: *(int8_t *)p = (int8_t)v; break;
    case VM_T_CHAR: case VM_T_SHORT: *(int16_t *)p = (int16_t)v; break;
    case VM_T_INT: case VM_T_FLOAT: *(int32_t *)p = (int32_t)v; break;
    default: *(int64_t *)p = v; break;
    }
}

NATIVE(refl_set_ref)
{
    (void)r;
    struct vm_field *f = field_checked(t, a[0].l, a[1].l, a[2].i, true);
    if (!f)
        return;
    if (a[3].l) {
        struct vm_class *ft = desc_class(t, f->desc, strlen(f->desc));
        if (!ft)
            return;
        if (!class_is_assignable(a[3].l->cls, ft)) {
            vm_throw(t, "java/lang/InternalError", "bad field value");
            return;
        }
    }
    *(struct vm_object **)field_addr(f, a[0].l) = a[3].l;
}

/* ---- calls ------------------------------------------------------------------ */

/* The value of a wrapper object (Integer, Long, ...) as a slot. */
static bool unbox(struct vm_object *o, enum vm_type ty, vm_value *out)
{
    static const char *const desc[] = { "", "Z", "B", "C", "S", "I", "F", "J", "D" };
    int32_t off = vm_field_offset(o->cls, "value", desc[ty]);
    if (off < 0)
        return false;
    switch (ty) {
    case VM_T_BOOLEAN: out->i = VM_FIELD(o, uint8_t, off); break;
    case VM_T_BYTE: out->i = VM_FIELD(o, int8_t, off); break;
    case VM_T_CHAR: out->i = VM_FIELD(o, uint16_t, off); break;
    case VM_T_SHORT: out->i = VM_FIELD(o, int16_t, off); break;
    case VM_T_INT: out->i = VM_FIELD(o, int32_t, off); break;
    case VM_T_FLOAT: out->f = VM_FIELD(o, float, off); break;
    case VM_T_LONG: out->j = VM_FIELD(o, int64_t, off); break;
    case VM_T_DOUBLE: out->d = VM_FIELD(o, double, off); break;
    default: return false;
    }
    return true;
}

/* Lay out args (already of the exact wrapper types, checked by the Java
 * side) as the callee's locals after `this` (if any). */
static bool lay_out_args(struct vm_method *m, struct vm_array *args, vm_value *slots, int k)
{
    const char *d = m->desc + 1;
    int i = 0;
    while (*d != ')') {
        const char *e = cf_field_type_end(d);
        struct vm_object *o = args ? ref_data(args)[i] : NULL;
        enum vm_type ty = class_desc_type(*d);
        if (ty == VM_T_REF) {
            slots[k++].l = o;
        } else {
            if (!o || !unbox(o, ty, &slots[k]))
                return false;
            k += (ty == VM_T_LONG || ty == VM_T_DOUBLE) ? 2 : 1;
        }
        i++;
        d = e;
    }
    return true;
}

/* The method that a virtual call of m on recv runs. */
static struct vm_method *dispatch(struct vm_thread *t, struct vm_method *m, struct vm_object *recv)
{
    if ((m->access & (ACC_STATIC | ACC_PRIVATE)) || m->name == sym_init)
        return m;
    struct vm_class *rc = recv->cls;
    struct vm_method *im = m;
    if (class_is_interface(m->cls)) {
        im = class_itable_lookup(rc, m);
    } else if (m->vtable_index >= 0 && (uint32_t)m->vtable_index < rc->ext->vtable_len) {
        im = rc->ext->vtable[m->vtable_index];
    }
    if (!im || (im->access & ACC_ABSTRACT)) {
        char buf[1024], jn[512];
        class_method_string(m->cls->name, m->name, m->desc, buf, sizeof buf);
        vm_throw(t, "java/lang/AbstractMethodError",
                 "Receiver class %s does not define or inherit an implementation of the resolved method %s",
                 vm_class_java_name(rc, jn, sizeof jn), buf);
        return NULL;
    }
    return im;
}

/* invoke0(clazz, slot, recv, args, raw, thrown): calls the method (with
 * virtual dispatch unless it is static, private or a constructor).  A
 * reference result is returned; a primitive one goes to raw[0] as bits.
 * An exception of the callee goes to thrown[0] (the Java side wraps it in
 * InvocationTargetException); one of ours (class initialization) is
 * thrown as is. */
static void invoke(struct vm_thread *t, vm_value *a, vm_value *r, bool virtual);

NATIVE(refl_invoke) { invoke(t, a, r, true); }

/* invokeSpecial0: the same without virtual dispatch (default methods of
 * proxies, InvocationHandler.invokeDefault). */
NATIVE(refl_invoke_special) { invoke(t, a, r, false); }

static void invoke(struct vm_thread *t, vm_value *a, vm_value *r, bool virtual)
{
    struct vm_method *m = method_of(t, a[0].l, a[1].i);
    if (!m)
        return;
    struct vm_object *recv = a[2].l;
    struct vm_array *args = (struct vm_array *)a[3].l;
    struct vm_array *raw = (struct vm_array *)a[4].l;
    struct vm_array *thrown = (struct vm_array *)a[5].l;
    if ((m->access & ACC_STATIC) && !vm_init_class(t, m->cls))
        return;
    vm_value slots[260];
    int k = 0;
    if (!(m->access & ACC_STATIC))
        slots[k++].l = recv;
    if (!lay_out_args(m, args, slots, k)) {
        vm_throw(t, "java/lang/IllegalArgumentException", "argument type mismatch");
        return;
    }
    struct vm_method *target = virtual && recv && !(m->access & ACC_STATIC) ? dispatch(t, m, recv) : m;
    if (!virtual && (m->access & ACC_ABSTRACT)) {
        vm_throw(t, "java/lang/AbstractMethodError", NULL);
        return;
    }
    if (!target)
        return;
    vm_value ret = { .raw = 0 };
    if (!vm_call(t, target, slots, &ret)) {
        ref_data(thrown)[0] = t->exception;
        t->exception = NULL;
        return;
    }
    switch (m->ret_type) {
    case VM_T_REF: r->l = ret.l; break;
    case VM_T_VOID: break;
    case VM_T_LONG: case VM_T_DOUBLE: ((int64_t *)VM_ARRAY_DATA(raw))[0] = ret.j; break;
    case VM_T_FLOAT: ((int64_t *)VM_ARRAY_DATA(raw))[0] = (int64_t)(uint32_t)ret.i; break;
    case VM_T_BOOLEAN: ((int64_t *)VM_ARRAY_DATA(raw))[0] = ret.i & 1; break;
    default: ((int64_t *)VM_ARRAY_DATA(raw))[0] = ret.i; break;
    }
}

/* newInstance0(clazz, slot, args, thrown): a new object of clazz built by
 * constructor slot. */
NATIVE(refl_new_instance)
{
    struct vm_class *c = class_of_mirror(a[0].l);
    struct vm_method *m = method_of(t, a[0].l, a[1].i);
    if (!m)
        return;
    struct vm_array *args = (struct vm_array *)a[2].l;
    struct vm_array *thrown = (struct vm_array *)a[3].l;
    if (!vm_init_class(t, c))
        return;
    struct vm_object *o = vm_new_object(t, c);
    if (!o)
        return;
    r->l = o;   /* kept alive on the C stack during the call */
    vm_value slots[260];
    slots[0].l = o;
    if (!lay_out_args(m, args, slots, 1)) {
        r->l = NULL;
        vm_throw(t, "java/lang/IllegalArgumentException", "argument type mismatch");
        return;
    }
    vm_value ret;
    if (!vm_call(t, m, slots, &ret)) {
        ref_data(thrown)[0] = t->exception;
        t->exception = NULL;
        r->l = NULL;
    }
}

/* defineClass(bytes): a class generated by the library (annotation
 * implementations), defined in the boot loader. */
NATIVE(refl_define_class)
{
    struct vm_array *b = (struct vm_array *)a[0].l;
    struct cf_class *cf;
    char err[256];
    if (cf_parse(VM_ARRAY_DATA(b), (size_t)b->length, &cf, err, sizeof err) != CF_OK) {
        vm_throw(t, "java/lang/ClassFormatError", "%s", err);
        return;
    }
    struct vm_class *c = class_lookup(cf->name);
    if (c) {
        cf_free(cf);
    } else {
        c = class_define(t, cf, true);
        if (!c || !class_link(t, c))
            return;
    }
    r->l = class_mirror(t, c);
}

const struct vm_native vm_natives_reflect[] = {
    { "java/lang/Class", "getDeclaredFields0", "(Z)[Ljava/lang/reflect/Field;", cls_declared_fields },
    { "java/lang/Class", "getDeclaredMethods0", "(Z)[Ljava/lang/reflect/Method;", cls_declared_methods },
    { "java/lang/Class", "getDeclaredConstructors0", "(Z)[Ljava/lang/reflect/Constructor;", cls_declared_ctors },
    { "java/lang/Class", "getDeclaredClasses0", "()[Ljava/lang/Class;", cls_declared_classes },
    { "java/lang/Class", "getEnclosingMethod0", "()[Ljava/lang/Object;", cls_enclosing_method_info },
#define R "jdk/internal/reflect/Reflection"
    { R, "getCallerClass", "()Ljava/lang/Class;", refl_caller_class },
    { R, "getSetAccessibleCaller", "()Ljava/lang/Class;", refl_setter_class },
    { R, "isBootClass", "(Ljava/lang/Class;)Z", refl_is_boot_class },
    { R, "classAccessFlags", "(Ljava/lang/Class;)I", refl_class_access_flags },
    { R, "nestHost", "(Ljava/lang/Class;)Ljava/lang/Class;", refl_nest_host },
    { R, "typeOf", "(Ljava/lang/String;)Ljava/lang/Class;", refl_type_of },
    { R, "exceptionTypes", "(Ljava/lang/Class;I)[Ljava/lang/Class;", refl_exception_types },
    { R, "annotations", "(Ljava/lang/Class;II)[B", refl_annotations },
    { R, "signature", "(Ljava/lang/Class;II)Ljava/lang/String;", refl_signature },
    { R, "constUtf8", "(Ljava/lang/Class;I)Ljava/lang/String;", refl_const_utf8 },
    { R, "constInt", "(Ljava/lang/Class;I)I", refl_const_int },
    { R, "constLong", "(Ljava/lang/Class;I)J", refl_const_long },
    { R, "constFloat", "(Ljava/lang/Class;I)F", refl_const_float },
    { R, "constDouble", "(Ljava/lang/Class;I)D", refl_const_double },
    { R, "ensureInit", "(Ljava/lang/Class;)V", refl_ensure_init },
    { R, "getRaw", "(Ljava/lang/Object;Ljava/lang/Class;I)J", refl_get_raw },
    { R, "getRef", "(Ljava/lang/Object;Ljava/lang/Class;I)Ljava/lang/Object;", refl_get_ref },
    { R, "setRaw", "(Ljava/lang/Object;Ljava/lang/Class;IJ)V", refl_set_raw },
    { R, "setRef", "(Ljava/lang/Object;Ljava/lang/Class;ILjava/lang/Object;)V", refl_set_ref },
    { R, "invoke0", "(Ljava/lang/Class;ILjava/lang/Object;[Ljava/lang/Object;[J[Ljava/lang/Throwable;)Ljava/lang/Object;", refl_invoke },
    { R, "invokeSpecial0", "(Ljava/lang/Class;ILjava/lang/Object;[Ljava/lang/Object;[J[Ljava/lang/Throwable;)Ljava/lang/Object;", refl_invoke_special },
    { R, "newInstance0", "(Ljava/lang/Class;I[Ljava/lang/Object;[Ljava/lang/Throwable;)Ljava/lang/Object;", refl_new_instance },
    { R, "defineClass", "([B)Ljava/lang/Class;", refl_define_class },
#undef R
    { NULL, NULL, NULL, NULL }
};
