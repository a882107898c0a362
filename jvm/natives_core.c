/*
 * natives_core.c: natives of the VM-coupled part of java.lang: Object
 * (identity hash, getClass, clone), Class, System (arraycopy, clocks,
 * identity hash, properties, environment, exit), Runtime, Throwable
 * (backtraces), StackTraceElement support and String.intern.
 */
#include "class.h"
#include "exception.h"
#include "interp.h"
#include "native.h"
#include "platform.h"
#include "jstring.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NATIVE(name) static void name(struct vm_thread *t, vm_value *a, vm_value *r)
#define UNUSED_ARGS (void)t; (void)a; (void)r

/* ---- Object ---------------------------------------------------------------- */

/* Identity hashes: Marsaglia xor-shift as HotSpot (hashCode=5), per VM;
 * never 0 (0 means "not assigned" in the header). */
static uint32_t hash_x, hash_y = 842502087u, hash_z = 0x8767u, hash_w = 273326509u;

static int32_t identity_hash(struct vm_object *o)
{
    if (!o)
        return 0;
    if (o->hash)
        return (int32_t)o->hash;
    if (!hash_x) {
        plat_random(&hash_x, sizeof hash_x);
        hash_x |= 1;
    }
    uint32_t h;
    do {
        uint32_t tt = hash_x ^ (hash_x << 11);
        hash_x = hash_y; hash_y = hash_z; hash_z = hash_w;
        hash_w = (hash_w ^ (hash_w >> 19)) ^ (tt ^ (tt >> 8));
        h = hash_w & 0x7fffffff;
    } while (h == 0);
    o->hash = h;
    return (int32_t)h;
}

static int32_t restore_epoch;

void vm_reseed(void)
{
    hash_x = 0;   /* the next identity hash draws a fresh seed */
    plat_random(&hash_y, sizeof hash_y);
    restore_epoch++;
}

int32_t vm_restore_epoch(void)
{
    return restore_epoch;
}

NATIVE(obj_hash_code) { (void)t; r->i = identity_hash(a[0].l); }

NATIVE(obj_get_class) { r->l = class_mirror(t, a[0].l->cls); }

NATIVE(obj_clone)
{
    struct vm_object *o = a[0].l;
    struct vm_class *c = o->cls;
    size_t size;
    if (c->kind == VM_CLASS_ARRAY) {
        size = sizeof(struct vm_array) + (size_t)((struct vm_array *)o)->length * c->elem_size;
    } else {
        struct vm_class *cl = class_load(t, "java/lang/Cloneable");
        if (!cl)
            return;
        if (!class_is_assignable(c, cl)) {
            char jn[512];
            vm_throw(t, "java/lang/CloneNotSupportedException", "%s", vm_class_java_name(c, jn, sizeof jn));
            return;
        }
        size = c->instance_size;
    }
    struct vm_object *n = heap_alloc(t, size);
    if (!n) {
        vm_throw(t, "java/lang/OutOfMemoryError", "Java heap space");
        return;
    }
    memcpy((char *)n + sizeof(struct vm_object), (char *)o + sizeof(struct vm_object),
           size - sizeof(struct vm_object));
    n->cls = c;
    r->l = n;
}

/* ---- Class -------------------------------------------------------------------- */

#define THIS_CLASS class_of_mirror(a[0].l)

static struct vm_object *jstring(struct vm_thread *t, const char *s)
{
    return vm_string_from_utf8(t, s, strlen(s));
}

NATIVE(cls_get_name0)
{
    (void)t;
    char jn[1024];
    r->l = vm_string_intern(t, jstring(t, vm_class_java_name(THIS_CLASS, jn, sizeof jn)));
}

/* The simple name: after the last '$' of an inner class's InnerClasses
 * entry, or after the package; arrays add "[]". */
NATIVE(cls_get_simple_name)
{
    struct vm_class *c = THIS_CLASS;
    int dims = 0;
    while (c->kind == VM_CLASS_ARRAY) {
        c = c->component;
        dims++;
    }
    char buf[1024];
    const char *simple = c->kind == VM_CLASS_INSTANCE ? class_simple_name(c) : c->name;
    size_t n = (size_t)snprintf(buf, sizeof buf, "%s", simple);
    while (dims-- > 0 && n + 3 < sizeof buf) {
        buf[n++] = '[';
        buf[n++] = ']';
        buf[n] = 0;
    }
    r->l = jstring(t, buf);
}

NATIVE(cls_is_instance)
{
    (void)t;
    struct vm_object *o = a[1].l;
    r->i = o && class_is_assignable(o->cls, THIS_CLASS);
}

NATIVE(cls_is_assignable_from)
{
    if (!a[1].l) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    r->i = class_is_assignable(class_of_mirror(a[1].l), THIS_CLASS);
}

NATIVE(cls_is_array) { (void)t; r->i = THIS_CLASS->kind == VM_CLASS_ARRAY; }
NATIVE(cls_is_primitive) { (void)t; r->i = THIS_CLASS->kind == VM_CLASS_PRIMITIVE; }
NATIVE(cls_is_interface)
{
    (void)t;
    struct vm_class *c = THIS_CLASS;
    r->i = c->kind == VM_CLASS_INSTANCE && class_is_interface(c);
}

NATIVE(cls_get_superclass)
{
    struct vm_class *c = THIS_CLASS;
    if (c->kind == VM_CLASS_PRIMITIVE || (c->kind == VM_CLASS_INSTANCE && class_is_interface(c)) || !c->super)
        r->l = NULL;
    else
        r->l = class_mirror(t, c->super);
}

NATIVE(cls_get_component_type)
{
    struct vm_class *c = THIS_CLASS;
    r->l = c->kind == VM_CLASS_ARRAY ? class_mirror(t, c->component) : NULL;
}

NATIVE(cls_get_interfaces)
{
    struct vm_class *c = THIS_CLASS;
    uint16_t n = c->kind == VM_CLASS_PRIMITIVE ? 0 : c->ninterfaces;
    struct vm_array *arr = vm_new_ref_array(t, class_class, n);
    if (!arr)
        return;
    for (uint16_t i = 0; i < n; i++) {
        struct vm_object *m = class_mirror(t, c->interfaces[i]);
        if (!m)
            return;
        ((struct vm_object **)VM_ARRAY_DATA(arr))[i] = m;
    }
    r->l = &arr->hdr;
}

NATIVE(cls_get_modifiers)
{
    (void)t;
    struct vm_class *c = THIS_CLASS;
    uint16_t acc = c->access;
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    for (uint16_t i = 0; cf && i < cf->ninner; i++) {
        const char *in = cf_class_name(cf, cf->inner[i].inner);
        if (in && strcmp(in, c->name) == 0) {
            acc = cf->inner[i].access;
            break;
        }
    }
    r->i = acc & ~ACC_SUPER & 0x7fff;
}

/* -ea enables assertions in the application's classes, not the library's
 * (that is -esa), as in HotSpot. */
NATIVE(cls_desired_assertion_status)
{
    (void)t;
    struct vm_class *c = THIS_CLASS;
    while (c->kind == VM_CLASS_ARRAY)
        c = c->component;
    r->i = vm_opts.assertions && c->kind == VM_CLASS_INSTANCE && !c->ext->is_boot;
}

NATIVE(cls_get_primitive_class)
{
    char buf[32];
    str_to_buf(a[0].l, buf, sizeof buf);
    for (int i = 0; i < VM_T_REF; i++) {
        if (strcmp(class_primitive[i]->name, buf) == 0) {
            r->l = class_mirror(t, class_primitive[i]);
            return;
        }
    }
    vm_throw(t, "java/lang/IllegalArgumentException", "%s", buf);
}

NATIVE(cls_for_name0)
{
    struct vm_object *s = a[0].l;
    if (!s) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    char *name = vm_string_to_utf8(s);
    if (!name) {
        vm_throw(t, "java/lang/OutOfMemoryError", NULL);
        return;
    }
    /* Binary names use dots; arrays "[Ljava.lang.String;". */
    bool bad = strchr(name, '/') != NULL || !*name;
    for (char *p = name; *p; p++)
        if (*p == '.')
            *p = '/';
    struct vm_class *c = bad ? NULL : class_load(t, name);
    if (!c) {
        struct vm_object *cause = t->exception;
        struct vm_class *ncdfe = class_lookup("java/lang/NoClassDefFoundError");
        bool not_found = !cause || (ncdfe && cause->cls == ncdfe);
        if (not_found) {
            t->exception = NULL;
            char *orig = vm_string_to_utf8(s);
            vm_throw(t, "java/lang/ClassNotFoundException", "%s", orig ? orig : "");
            free(orig);
        }
        free(name);
        return;
    }
    free(name);
    if (a[1].i && !vm_init_class(t, c))
        return;
    r->l = class_mirror(t, c);
}

/* values() of an enum class, or null. */
NATIVE(cls_enum_values)
{
    struct vm_class *c = THIS_CLASS;
    r->l = NULL;
    if (c->kind != VM_CLASS_INSTANCE || !(c->access & ACC_ENUM))
        return;
    char desc[1100];
    snprintf(desc, sizeof desc, "()[L%s;", c->name);
    struct vm_method *m = class_find_declared_method(c, sym_intern("values"), sym_intern(desc));
    if (!m || !(m->access & ACC_STATIC))
        return;
    if (!vm_init_class(t, c))
        return;
    vm_call(t, m, NULL, r);
}

NATIVE(cls_is_sealed)
{
    (void)t;
    struct vm_class *c = THIS_CLASS;
    r->i = c->kind == VM_CLASS_INSTANCE && c->ext->cf && c->ext->cf->npermitted > 0;
}

NATIVE(cls_get_permitted_subclasses)
{
    struct vm_class *c = THIS_CLASS;
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    r->l = NULL;
    if (!cf || cf->npermitted == 0)
        return;
    struct vm_array *arr = vm_new_ref_array(t, class_class, cf->npermitted);
    if (!arr)
        return;
    for (uint16_t i = 0; i < cf->npermitted; i++) {
        struct vm_class *k = class_load(t, cf->permitted[i]);
        struct vm_object *m = k ? class_mirror(t, k) : NULL;
        if (!m)
            return;
        ((struct vm_object **)VM_ARRAY_DATA(arr))[i] = m;
    }
    r->l = &arr->hdr;
}

NATIVE(cls_is_hidden) { (void)t; r->i = THIS_CLASS->ext->cf == NULL && THIS_CLASS->kind == VM_CLASS_INSTANCE; }

/* The nest host for private access of lambdas and inner classes. */
NATIVE(cls_get_declaring_class0)
{
    struct vm_class *c = THIS_CLASS;
    struct cf_class *cf = c->kind == VM_CLASS_INSTANCE ? c->ext->cf : NULL;
    r->l = NULL;
    for (uint16_t i = 0; cf && i < cf->ninner; i++) {
        const char *in = cf_class_name(cf, cf->inner[i].inner);
        if (in && strcmp(in, c->name) == 0 && cf->inner[i].outer) {
            struct vm_class *o = class_load(t, cf_class_name(cf, cf->inner[i].outer));
            if (o)
                r->l = class_mirror(t, o);
            return;
        }
    }
}

/* ---- System ----------------------------------------------------------------- */

static const char *type_name_of(struct vm_class *ac, char *buf, size_t size)
{
    /* "int[]" / "object array[]" as HotSpot's arraycopy messages say. */
    if (ac->kind != VM_CLASS_ARRAY) {
        vm_class_java_name(ac, buf, size);
        return buf;
    }
    if (ac->component->kind == VM_CLASS_PRIMITIVE)
        snprintf(buf, size, "%s[]", ac->component->name);
    else
        snprintf(buf, size, "object array[]");
    return buf;
}

/* "java.lang.Object[]", "int[][]". */
static const char *array_type_name(struct vm_class *c, char *buf, size_t size)
{
    int dims = 0;
    while (c->kind == VM_CLASS_ARRAY) {
        c = c->component;
        dims++;
    }
    vm_class_java_name(c, buf, size);
    size_t n = strlen(buf);
    while (dims-- > 0 && n + 3 < size) {
        buf[n++] = '[';
        buf[n++] = ']';
    }
    buf[n] = 0;
    return buf;
}

NATIVE(sys_arraycopy)
{
    (void)r;
    struct vm_array *src = (struct vm_array *)a[0].l, *dst = (struct vm_array *)a[2].l;
    int32_t sp = a[1].i, dp = a[3].i, len = a[4].i;
    if (!src || !dst) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    struct vm_class *sc = src->hdr.cls, *dc = dst->hdr.cls;
    char b1[600], b2[600];
    if (sc->kind != VM_CLASS_ARRAY) {
        vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: source type %s is not an array",
                 vm_class_java_name(sc, b1, sizeof b1));
        return;
    }
    if (dc->kind != VM_CLASS_ARRAY) {
        vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: destination type %s is not an array",
                 vm_class_java_name(dc, b1, sizeof b1));
        return;
    }
    bool sprim = sc->component->kind == VM_CLASS_PRIMITIVE, dprim = dc->component->kind == VM_CLASS_PRIMITIVE;
    if ((sprim || dprim) && sc != dc) {
        if (sprim && dprim)
            vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy %s into %s",
                     type_name_of(sc, b1, sizeof b1), type_name_of(dc, b2, sizeof b2));
        else
            vm_throw(t, "java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy %s into %s",
                     type_name_of(sc, b1, sizeof b1), type_name_of(dc, b2, sizeof b2));
        return;
    }
    if (sp < 0 || dp < 0 || len < 0 || (int64_t)sp + len > src->length || (int64_t)dp + len > dst->length) {
        const char *which;
        int32_t idx, alen;
        char msg[300];
        if (len < 0) {
            snprintf(msg, sizeof msg, "arraycopy: length %d is negative", len);
        } else {
            if (sp < 0 || (int64_t)sp + len > src->length) {
                which = "source";
                idx = sp;
                alen = src->length;
            } else {
                which = "destination";
                idx = dp;
                alen = dst->length;
            }
            if (idx < 0)
                snprintf(msg, sizeof msg, "arraycopy: %s index %d out of bounds for %s",
                         which, idx, type_name_of(which[0] == 's' ? sc : dc, b1, sizeof b1));
            else
                snprintf(msg, sizeof msg, "arraycopy: last %s index %lld out of bounds for %s",
                         which, (long long)idx + len, type_name_of(which[0] == 's' ? sc : dc, b1, sizeof b1));
            /* "int[5]": HotSpot shows the length inside the brackets. */
            char *br = strstr(msg, "[]");
            if (br) {
                char tail[300];
                snprintf(tail, sizeof tail, "[%d]%s", alen, br + 2);
                snprintf(br, sizeof msg - (size_t)(br - msg), "%s", tail);
            }
        }
        vm_throw(t, "java/lang/ArrayIndexOutOfBoundsException", "%s", msg);
        return;
    }
    if (len == 0)
        return;
    size_t es = sc->elem_size;
    char *s = (char *)VM_ARRAY_DATA(src) + (size_t)sp * es;
    char *d = (char *)VM_ARRAY_DATA(dst) + (size_t)dp * es;
    if (sprim || sc == dc || class_is_assignable(sc->component, dc->component)) {
        memmove(d, s, (size_t)len * es);
        return;
    }
    /* Element by element with store checks. */
    struct vm_object **so = (struct vm_object **)s, **dobj = (struct vm_object **)d;
    for (int32_t i = 0; i < len; i++) {
        struct vm_object *e = so[i];
        if (e && !class_is_assignable(e->cls, dc->component)) {
            char jn[512];
            vm_throw(t, "java/lang/ArrayStoreException",
                     "arraycopy: element type mismatch: can not cast one of the elements of %s to the type "
                     "of the destination array, %s",
                     array_type_name(sc, b1, sizeof b1), vm_class_java_name(dc->component, jn, sizeof jn));
            return;
        }
        dobj[i] = e;
    }
}

NATIVE(sys_nano_time) { UNUSED_ARGS; r->j = (int64_t)plat_nanotime(); }
NATIVE(sys_current_time_millis) { UNUSED_ARGS; r->j = (int64_t)(plat_walltime_ns() / 1000000); }
/* Clock.wallNanos(): the wall clock in ns, for Instant.now()'s precision. */
NATIVE(clock_wall_nanos) { UNUSED_ARGS; r->j = (int64_t)plat_walltime_ns(); }
NATIVE(sys_identity_hash_code) { (void)t; r->i = identity_hash(a[0].l); }

static const char **user_props;
static int nuser_props;

void native_set_properties(const char **kv, int n)
{
    user_props = kv;
    nuser_props = n;
}

/* Properties as a flat String[] of keys and values: defaults first, then
 * -D's, which override. */
NATIVE(sys_vm_properties)
{
    (void)a;
    static const char *defaults[] = {
        "java.version", "17.0.15", "java.specification.version", "17", "java.vm.specification.version", "17",
        "java.class.version", "61.0", "java.vendor", "plinth", "java.vm.name", "plinth-jvm",
        "java.vm.vendor", "plinth", "java.vm.version", "0.1", "java.runtime.name", "plinth",
        "os.name", "Linux", "os.arch", "amd64", "file.separator", "/", "path.separator", ":",
        "line.separator", "\n", "file.encoding", "UTF-8", "native.encoding", "UTF-8",
        "sun.jnu.encoding", "UTF-8", "stdout.encoding", "UTF-8", "stderr.encoding", "UTF-8",
        "java.io.tmpdir", "/tmp", "user.dir", "/", "user.home", "/", "user.name", "plinth",
        "java.home", "/plinth", "sun.arch.data.model", "64", "java.library.path", "",
    };
    int nd = (int)(sizeof defaults / sizeof defaults[0]) / 2;
    int n = nd + 2 + nuser_props;
    struct vm_array *arr = vm_new_ref_array(t, class_string, 2 * n);
    if (!arr)
        return;
    struct vm_object **d = VM_ARRAY_DATA(arr);
    int k = 0;
    for (int i = 0; i < nd; i++) {
        const char *v = defaults[2 * i + 1];
        char *env = NULL;
        if (strcmp(defaults[2 * i], "user.dir") == 0 || strcmp(defaults[2 * i], "user.home") == 0 ||
            strcmp(defaults[2 * i], "user.name") == 0) {
            const char *var = defaults[2 * i][5] == 'd' ? "PWD" : defaults[2 * i][5] == 'h' ? "HOME" : "USER";
            for (char **e = plat_environ(); e && *e; e++)
                if (strncmp(*e, var, strlen(var)) == 0 && (*e)[strlen(var)] == '=')
                    env = *e + strlen(var) + 1;
            if (env)
                v = env;
        }
        if (!(d[k++] = jstring(t, defaults[2 * i])) || !(d[k++] = jstring(t, v)))
            return;
    }
    if (!(d[k++] = jstring(t, "java.class.path")) || !(d[k++] = jstring(t, plat_class_path())))
        return;
    if (!(d[k++] = jstring(t, "java.vm.info")) || !(d[k++] = jstring(t, "interpreted mode")))
        return;
    for (int i = 0; i < nuser_props; i++) {
        const char *eq = strchr(user_props[i], '=');
        size_t kl = eq ? (size_t)(eq - user_props[i]) : strlen(user_props[i]);
        if (!(d[k++] = vm_string_from_utf8(t, user_props[i], kl)))
            return;
        if (!(d[k++] = jstring(t, eq ? eq + 1 : "")))
            return;
    }
    r->l = &arr->hdr;
}

NATIVE(sys_getenv0)
{
    char name[1024];
    str_to_buf(a[0].l, name, sizeof name);
    size_t n = strlen(name);
    r->l = NULL;
    for (char **e = plat_environ(); e && *e; e++) {
        if (strncmp(*e, name, n) == 0 && (*e)[n] == '=') {
            r->l = jstring(t, *e + n + 1);
            return;
        }
    }
}

/* All of the environment as a flat String[] of names and values. */
NATIVE(sys_environ0)
{
    (void)a;
    int n = 0;
    for (char **e = plat_environ(); e && *e; e++)
        n += strchr(*e, '=') != NULL;
    struct vm_array *arr = vm_new_ref_array(t, class_string, 2 * n);
    if (!arr)
        return;
    int k = 0;
    for (char **e = plat_environ(); e && *e && k < 2 * n; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        struct vm_object *s = vm_string_from_utf8(t, *e, (size_t)(eq - *e));
        if (!s)
            return;
        ((struct vm_object **)VM_ARRAY_DATA(arr))[k++] = s;
        if (!(s = jstring(t, eq + 1)))
            return;
        ((struct vm_object **)VM_ARRAY_DATA(arr))[k++] = s;
    }
    r->l = &arr->hdr;
}

/* ---- Runtime ------------------------------------------------------------------ */

NATIVE(rt_exit0) { (void)t; (void)r; plat_exit(a[0].i); }
NATIVE(rt_halt0) { (void)t; (void)r; plat_exit(a[0].i); }
NATIVE(rt_available_processors) { UNUSED_ARGS; r->i = 1; }

/* ---- Throwable ------------------------------------------------------------------ */

NATIVE(thr_fill_in_stack_trace0) { (void)r; exc_fill_backtrace(t, a[0].l); }

NATIVE(thr_get_stack_trace0)
{
    struct vm_array *st = exc_stack_trace(t, a[0].l);
    r->l = st ? &st->hdr : NULL;
}

/* ---- String ------------------------------------------------------------------------ */

NATIVE(str_intern) { r->l = vm_string_intern(t, a[0].l); }

/* ---- reflect.Array ----------------------------------------------------------------- */

NATIVE(array_new_array)
{
    struct vm_object *cm = a[0].l;
    if (!cm) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    struct vm_class *c = class_of_mirror(cm);
    if (c->kind == VM_CLASS_PRIMITIVE && c->elem_type == VM_T_VOID) {
        vm_throw(t, "java/lang/IllegalArgumentException", NULL);
        return;
    }
    struct vm_array *arr = c->kind == VM_CLASS_PRIMITIVE ? vm_new_array(t, c->elem_type, a[1].i)
                                                        : vm_new_ref_array(t, c, a[1].i);
    r->l = arr ? &arr->hdr : NULL;
}

NATIVE(array_get_length)
{
    struct vm_object *o = a[0].l;
    if (!o) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    if (o->cls->kind != VM_CLASS_ARRAY) {
        vm_throw(t, "java/lang/IllegalArgumentException", "Argument is not an array");
        return;
    }
    r->i = ((struct vm_array *)o)->length;
}

const struct vm_native vm_natives_core[] = {
    { "java/lang/Object", "hashCode", "()I", obj_hash_code },
    { "java/lang/Object", "getClass", "()Ljava/lang/Class;", obj_get_class },
    { "java/lang/Object", "clone", "()Ljava/lang/Object;", obj_clone },
    { "java/lang/Class", "getName0", "()Ljava/lang/String;", cls_get_name0 },
    { "java/lang/Class", "getSimpleName0", "()Ljava/lang/String;", cls_get_simple_name },
    { "java/lang/Class", "isInstance", "(Ljava/lang/Object;)Z", cls_is_instance },
    { "java/lang/Class", "isAssignableFrom", "(Ljava/lang/Class;)Z", cls_is_assignable_from },
    { "java/lang/Class", "isArray", "()Z", cls_is_array },
    { "java/lang/Class", "isPrimitive", "()Z", cls_is_primitive },
    { "java/lang/Class", "isInterface", "()Z", cls_is_interface },
    { "java/lang/Class", "isHidden", "()Z", cls_is_hidden },
    { "java/lang/Class", "isSealed", "()Z", cls_is_sealed },
    { "java/lang/Class", "getPermittedSubclasses", "()[Ljava/lang/Class;", cls_get_permitted_subclasses },
    { "java/lang/Class", "getSuperclass", "()Ljava/lang/Class;", cls_get_superclass },
    { "java/lang/Class", "getComponentType", "()Ljava/lang/Class;", cls_get_component_type },
    { "java/lang/Class", "getInterfaces0", "()[Ljava/lang/Class;", cls_get_interfaces },
    { "java/lang/Class", "getModifiers", "()I", cls_get_modifiers },
    { "java/lang/Class", "desiredAssertionStatus0", "()Z", cls_desired_assertion_status },
    { "java/lang/Class", "getPrimitiveClass", "(Ljava/lang/String;)Ljava/lang/Class;", cls_get_primitive_class },
    { "java/lang/Class", "forName0", "(Ljava/lang/String;Z)Ljava/lang/Class;", cls_for_name0 },
    { "java/lang/Class", "enumValues0", "()[Ljava/lang/Object;", cls_enum_values },
    { "java/lang/Class", "getDeclaringClass0", "()Ljava/lang/Class;", cls_get_declaring_class0 },
    { "java/lang/System", "arraycopy", "(Ljava/lang/Object;ILjava/lang/Object;II)V", sys_arraycopy },
    { "java/lang/System", "nanoTime", "()J", sys_nano_time },
    { "java/lang/System", "currentTimeMillis", "()J", sys_current_time_millis },
    { "java/time/Clock", "wallNanos", "()J", clock_wall_nanos },
    { "java/lang/System", "identityHashCode", "(Ljava/lang/Object;)I", sys_identity_hash_code },
    { "java/lang/System", "vmProperties", "()[Ljava/lang/String;", sys_vm_properties },
    { "java/lang/System", "getenv0", "(Ljava/lang/String;)Ljava/lang/String;", sys_getenv0 },
    { "java/lang/System", "environ0", "()[Ljava/lang/String;", sys_environ0 },
    { "java/lang/Runtime", "exit0", "(I)V", rt_exit0 },
    { "java/lang/Runtime", "halt0", "(I)V", rt_halt0 },
    { "java/lang/Runtime", "availableProcessors", "()I", rt_available_processors },
    { "java/lang/Throwable", "fillInStackTrace0", "()V", thr_fill_in_stack_trace0 },
    { "java/lang/Throwable", "getStackTrace0", "()[Ljava/lang/StackTraceElement;", thr_get_stack_trace0 },
    { "java/lang/String", "intern", "()Ljava/lang/String;", str_intern },
    { "java/lang/reflect/Array", "newArray", "(Ljava/lang/Class;I)Ljava/lang/Object;", array_new_array },
    { "java/lang/reflect/Array", "getLength", "(Ljava/lang/Object;)I", array_get_length },
    { NULL, NULL, NULL, NULL },
};
