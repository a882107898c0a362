/*
 * class.h: the class model of the core: methods, fields, the per-class
 * extension (constant pool and its resolution cache, vtable, itable, init
 * state), symbols, and the loading, linking, initialization and resolution
 * calls used by the interpreter and the natives.
 */
#ifndef JVM_CLASS_H
#define JVM_CLASS_H

#include "vm.h"
#include "classfile.h"

struct vm_field {
    struct vm_class *cls;
    const char *name, *desc;     /* symbols (compare by pointer) */
    uint16_t access;
    uint8_t type;                /* enum vm_type */
    uint16_t const_value;        /* ConstantValue index, 0 if none */
    int32_t offset;              /* instance: byte offset; static: statics index */
};

/* vm_method.flags: METH_INIT and METH_CLINIT are set by class.c; bits
 * 0x08-0x80 belong to the interpreter (interp.c: METH_PLAIN, METH_TRIV_*,
 * its record of which methods run at the call site without a frame). */
enum { METH_INIT = 1, METH_CLINIT = 2, METH_INTERP_BITS = 0xF8 };

struct vm_method {
    struct vm_class *cls;
    const char *name, *desc;     /* symbols */
    uint16_t access;
    uint16_t max_stack, max_locals;
    uint16_t arg_slots;          /* including `this` */
    uint8_t ret_type;            /* enum vm_type */
    uint8_t flags;               /* METH_* */
    int32_t vtable_index;        /* -1: not dispatched through the vtable */
    int32_t itable_index;        /* interface methods: index in their interface */
    uint32_t code_len;
    uint8_t *code;               /* a private copy: quickening rewrites it */
    const uint8_t *orig_code;    /* as in the class file (for analyses) */
    uint16_t nhandlers;
    const struct cf_handler *handlers;
    uint32_t nlines;
    const struct cf_line *lines;
    vm_native_fn native;         /* bound on first call */
    void **rcache;               /* its class's resolution cache (one load on calls) */
    void *indy;                  /* indy.c's scratch while it builds a lambda class */
};

struct class_itable {
    struct vm_class *iface;
    struct vm_method **methods;  /* indexed by the interface method's itable_index */
};

struct vm_class_ext {
    struct cf_class *cf;         /* NULL for arrays, primitives, generated classes */
    struct vm_method *methods;
    uint16_t nmethods;
    uint16_t nfields;
    struct vm_field *fields;
    struct vm_method **vtable;
    uint32_t vtable_len;
    uint32_t nitable;
    struct class_itable *itable;
    struct vm_class **all_ifaces;    /* every superinterface, transitively */
    uint32_t nall_ifaces;
    uint32_t depth;                  /* superclass chain length */
    void **rcache;                   /* resolved constant-pool entries (by index) */
    struct vm_thread *init_thread;
    struct vm_object *init_error;    /* the ExceptionInInitializerError cause, kept */
    struct vm_class *array_class;    /* the class of arrays of this */
    const char *source_file;
    const char *java_name;           /* "java.lang.String", made on demand */
    struct vm_class *hash_next;      /* class table chain */
    bool is_boot;                    /* from the class library */
    bool loading;                    /* circularity check */
    bool verified;                   /* class_link passed (verify.c) */
};

#define CLASS_EXT(c) ((c)->ext)

/* ---- symbols: interned C strings, compared by pointer ------------------ */
const char *sym_intern(const char *s);
const char *sym_intern_n(const char *s, size_t n);

/* Well-known symbols, set by class_bootstrap. */
extern const char *sym_init, *sym_clinit, *sym_main, *sym_main_desc;

/* ---- well-known classes and offsets ------------------------------------ */
extern struct vm_class *class_object, *class_string, *class_class, *class_throwable;
extern struct vm_class *class_primitive[VM_T_REF];   /* by enum vm_type; [0] = void */
extern int32_t class_off_string_value, class_off_string_coder, class_off_string_hash;
extern int32_t class_off_class_vm;   /* Class: the hidden vm_class pointer (a long) */

/* Start-up: load Object, String, Class, the primitive classes; mirrors. */
bool class_bootstrap(struct vm_thread *t);

/* ---- loading, linking, initialization --------------------------------- */

/* The class of a mirror. */
struct vm_class *class_of_mirror(struct vm_object *mirror);
/* Make the mirror if not made yet (NULL + OOM pending). */
struct vm_object *class_mirror(struct vm_thread *t, struct vm_class *c);
/* Array class with the given component class, or by name ("[I"). */
struct vm_class *class_array_of(struct vm_thread *t, struct vm_class *component);
/* Load by internal name or descriptor-style array name, with
 * NoClassDefFoundError naming it if absent (the caller's wording is that
 * of a reference from code).  vm_find_class also. */
struct vm_class *class_load(struct vm_thread *t, const char *name);
/* Already loaded? (no loading) */
struct vm_class *class_lookup(const char *name);
/* Define a class from parsed bytes (indy's generated classes use it). */
struct vm_class *class_define(struct vm_thread *t, struct cf_class *cf, bool boot);
/* A class built in C (lambda proxies): super, interfaces, methods given. */
struct vm_class *class_define_synthetic(struct vm_thread *t, const char *name,
                                        struct vm_class *super,
                                        struct vm_class **ifaces, uint16_t nifaces,
                                        struct vm_method *methods, uint16_t nmethods,
                                        struct vm_field *fields, uint16_t nfields);

/* Link time: verify c's code (application classes, once), after its
 * superclass and superinterfaces, as HotSpot links before initializing.
 * False with VerifyError (or a loading error) pending. */
bool class_link(struct vm_thread *t, struct vm_class *c);

/* Is S assignable to T (checkcast/instanceof rules, arrays included)? */
bool class_is_assignable(struct vm_class *s, struct vm_class *t);
static inline bool class_is_interface(const struct vm_class *c) { return c->access & ACC_INTERFACE; }

/* Method lookup, JVMS 5.4.3.3/4 (supers, then superinterfaces). */
struct vm_method *class_find_method(struct vm_class *c, const char *name, const char *desc);
/* Only the class itself. */
struct vm_method *class_find_declared_method(struct vm_class *c, const char *name, const char *desc);
struct vm_field *class_find_field(struct vm_class *c, const char *name, const char *desc);
/* Interface dispatch: the method that implements im for receiver class c
 * (NULL: AbstractMethodError/IncompatibleClassChangeError). */
struct vm_method *class_itable_lookup(struct vm_class *c, struct vm_method *im);

/* ---- constant-pool resolution (results cached in rcache) -------------- */
struct vm_class *class_resolve_class(struct vm_thread *t, struct vm_class *c, uint16_t idx);
struct vm_field *class_resolve_field(struct vm_thread *t, struct vm_class *c, uint16_t idx, bool is_static);
struct vm_method *class_resolve_method(struct vm_thread *t, struct vm_class *c, uint16_t idx, int kind);
struct vm_object *class_resolve_string(struct vm_thread *t, struct vm_class *c, uint16_t idx);
enum { RESOLVE_VIRTUAL, RESOLVE_SPECIAL, RESOLVE_STATIC, RESOLVE_INTERFACE };

/* "'void Foo.bar(int)'" as HotSpot's messages name a method. */
void class_method_string(const char *cls, const char *name, const char *desc, char *buf, size_t size);
struct vm_array *class_new_array_of_class(struct vm_thread *t, struct vm_class *ac, int32_t len);

/* Class.getSimpleName() of an instance class ("" for anonymous ones). */
const char *class_simple_name(struct vm_class *c);

/* Type of a field descriptor's first char. */
enum vm_type class_desc_type(char c);

/* All loaded classes (for roots). */
void class_foreach(void (*fn)(struct vm_class *c, void *ctx), void *ctx);

/* VM-global roots (exceptions prepared at start-up, indy results...). */
void class_add_root(struct vm_object **slot);

#endif /* JVM_CLASS_H */
