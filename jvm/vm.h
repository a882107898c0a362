/*
 * vm.h: the JVM's shared core types and the calls between its modules.
 *
 * This is the contract between the JVM's parts: the class model and
 * interpreter (class.c, interp.c, ...), the heap and collector (heap.c), the
 * green threads and monitors (thread.c, sync.c) and the natives of the class
 * library.  Fields and functions listed here keep their meaning; modules may
 * add fields to these structs (at the places marked) and their own headers.
 * docs/jvm.md explains the design.
 */
#ifndef JVM_VM_H
#define JVM_VM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

struct vm_class;
struct vm_method;
struct vm_field;
struct vm_thread;
struct vm_frame;

/* ---- values ------------------------------------------------------------ */

/* One slot of the operand stack or local variables, and a static field.
 * long and double take two slots as in the JVM specification (the value is
 * in the first), so bytecode local indexes are used unchanged. */
typedef union vm_value {
    int32_t i;
    int64_t j;
    float f;
    double d;
    struct vm_object *l;
    uint64_t raw;
} vm_value;

/* Primitive and reference type codes (also array element types). */
enum vm_type {
    VM_T_VOID = 0, VM_T_BOOLEAN, VM_T_BYTE, VM_T_CHAR, VM_T_SHORT,
    VM_T_INT, VM_T_FLOAT, VM_T_LONG, VM_T_DOUBLE, VM_T_REF
};

/* ---- objects ----------------------------------------------------------- */

/* Every heap object starts with this header.  Fields follow at offset 16,
 * laid out by class.c; `lock` belongs to sync.c, `hash` is the identity
 * hash (0 = not yet assigned). */
struct vm_object {
    struct vm_class *cls;
    uint32_t lock;
    uint32_t hash;
};

/* Arrays: the header, the length, then the elements at offset 24 (8-aligned
 * so long and double elements are aligned). */
struct vm_array {
    struct vm_object hdr;
    int32_t length;
    int32_t _pad;
};
#define VM_ARRAY_DATA(a) ((void *)((char *)(a) + sizeof(struct vm_array)))

/* Field access by byte offset. */
#define VM_FIELD(obj, type, off) (*(type *)((char *)(obj) + (off)))

/* ---- classes ----------------------------------------------------------- */

enum vm_class_kind { VM_CLASS_INSTANCE = 1, VM_CLASS_ARRAY, VM_CLASS_PRIMITIVE };

/* java.lang.ref: the kind of Reference a class's instances are. */
enum vm_ref_kind { VM_REF_NONE = 0, VM_REF_SOFT, VM_REF_WEAK, VM_REF_PHANTOM };

enum vm_class_state {
    VM_CLASS_LOADED = 1,     /* parsed, super and interfaces loaded */
    VM_CLASS_LINKED,         /* layout, vtable, itable done */
    VM_CLASS_INITIALIZING,   /* <clinit> running (init_thread says by whom) */
    VM_CLASS_INITIALIZED,
    VM_CLASS_ERROR           /* <clinit> failed: NoClassDefFoundError on use */
};

struct vm_class {
    const char *name;            /* internal form: "java/lang/String", "[I", "[Ljava/lang/Object;", "int" */
    struct vm_class *super;      /* NULL for Object, interfaces have Object */
    struct vm_class **interfaces;/* direct superinterfaces */
    uint16_t ninterfaces;
    uint16_t access;             /* ACC_* flags from the class file */
    uint8_t kind;                /* enum vm_class_kind */
    uint8_t state;               /* enum vm_class_state */
    uint8_t elem_type;           /* arrays: enum vm_type of the elements; primitives: their type */
    uint8_t elem_size;           /* arrays: bytes per element (1, 2, 4, 8) */

    /* Instances: size in bytes including the header, and the byte offsets
     * of every reference field (this class's and its superclasses'). The
     * collector reads only these. */
    uint32_t instance_size;
    uint32_t nrefs;
    uint32_t *ref_offsets;
    /* Subclasses of java.lang.ref.Reference (enum vm_ref_kind, set at
     * link): the collector does not mark through their referent. */
    uint8_t ref_kind;

    struct vm_class *component;  /* arrays: element class */

    /* Statics: one vm_value per static field; static_refs lists the indexes
     * of reference-typed ones (collector roots). */
    vm_value *statics;
    uint32_t nstatics;
    uint32_t nstatic_refs;
    uint32_t *static_refs;

    struct vm_object *mirror;    /* the java.lang.Class instance (a root) */

    /* --- class.c adds its own fields from here (methods, fields, vtable,
     *     itable, constant pool, source file, init thread, ...). --- */
    struct vm_class_ext *ext;
};

/* ---- threads ----------------------------------------------------------- */

enum vm_thread_state {
    VM_THREAD_NEW = 0, VM_THREAD_RUNNABLE, VM_THREAD_BLOCKED,   /* on a monitor */
    VM_THREAD_WAITING, VM_THREAD_TIMED_WAITING, VM_THREAD_TERMINATED
};

/* A Java thread.  Interpreter fields are owned by interp.c; scheduling
 * fields by thread.c. */
struct vm_thread {
    struct vm_object *jthread;    /* its java.lang.Thread (a root) */
    struct vm_object *exception;  /* pending exception, NULL if none (a root) */
    struct vm_frame *frame;       /* innermost interpreter frame */
    vm_value *stack_base;         /* Java stack: slots and frames, grows up */
    vm_value *stack_limit;
    vm_value *stack_top;          /* first free slot above the innermost frame */
    uint32_t id;                  /* 1 = main */
    uint8_t state;                /* enum vm_thread_state */
    uint8_t daemon;
    uint8_t interrupted;
    uint8_t _pad;
    int32_t preempt_budget;       /* interp.c decrements at back-branches and
                                     calls; at <= 0 it calls thread_preempt() */

    /* --- thread.c adds scheduling state from here (context, C stack,
     *     wake-up time, queue links, ...). --- */
    struct vm_thread_sched *sched;
};

/* ---- natives ----------------------------------------------------------- */

/* A native method.  args follow the JVM's local-variable layout: args[0] is
 * `this` for instance methods, long and double take two slots.  A native
 * that throws calls vm_throw*() and returns (ret is then ignored). */
typedef void (*vm_native_fn)(struct vm_thread *t, vm_value *args, vm_value *ret);

struct vm_native {
    const char *cls;     /* "java/lang/Object" */
    const char *name;    /* "hashCode" */
    const char *desc;    /* "()I" */
    vm_native_fn fn;
};

/* Each owner's table, terminated by an entry with cls == NULL. */
extern const struct vm_native vm_natives_core[];    /* natives_core.c: Object, Class, System, Throwable, String.intern, Runtime, reflection-lite */
extern const struct vm_native vm_natives_heap[];    /* heap.c: Runtime.gc/freeMemory/totalMemory/maxMemory */
extern const struct vm_native vm_natives_thread[];  /* natives_thread.c: Thread, Object.wait/notify/notifyAll */
extern const struct vm_native vm_natives_lib[];     /* natives_lib.c: Math/StrictMath, Float/Double bits, I/O streams, ... */
extern const struct vm_native vm_natives_plinth[];  /* natives_plinth.c: the plinth API (Partition) */
extern const struct vm_native vm_natives_fs[];      /* natives_fs.c: files (java.io.File, file streams, java.nio.file) */

/* natives_core.c: after a restore from a snapshot, renews what copies of one
 * snapshot must not share (the identity hash generator) and bumps the
 * restore epoch that the class library's unseeded generators check
 * (plinth.Seeds.epoch); called by whoever saw the restore. */
void vm_reseed(void);
int32_t vm_restore_epoch(void);

/* ---- options ------------------------------------------------------------ */

/* Set once by the command line (main_hosted.c) before anything runs. */
struct vm_options {
    size_t heap_max;         /* -Xmx, bytes */
    size_t java_stack_size;  /* -Xss, bytes of Java stack per thread */
    size_t c_stack_size;     /* bytes of C stack per green thread */
    bool gc_stress;          /* -XX:+PlinthGCStress: collect at every allocation */
    bool assertions;         /* -ea */
};
extern struct vm_options vm_opts;

/* ---- calls between modules --------------------------------------------- */

/* heap.c: allocation and collection.  Memory comes zeroed.  heap_alloc
 * returns NULL when the heap is exhausted even after a collection; the
 * caller (vm_new_*) then throws OutOfMemoryError.  In stress mode every
 * allocation collects first. */
bool heap_init(size_t max_bytes, bool stress);
struct vm_object *heap_alloc(struct vm_thread *t, size_t bytes);
void heap_collect(struct vm_thread *t);
size_t heap_used(void);
size_t heap_committed(void);
size_t heap_max(void);
/* class.c, when it links java.lang.ref.Reference: the byte offsets of its
 * fields referent (not marked through), queue (cleared references with one
 * go on the pending list), next (the pending list's link) and discovered
 * (a long: the collector's own list during a collection). */
void heap_reference_layout(uint32_t referent, uint32_t queue, uint32_t next, uint32_t discovered);
/* The object that contains address p (interior pointers allowed), or NULL.
 * Used for conservative roots; also handy in asserts. */
struct vm_object *heap_object_at(const void *p);

/* Roots, asked by the collector.  Precise roots (class statics, mirrors,
 * interned strings, VM globals, pending exceptions, Thread objects) come
 * from vm_roots_foreach; thread stacks (Java stacks and C stacks) are
 * scanned conservatively as address ranges from thread_foreach_stack. */
typedef void (*vm_root_fn)(struct vm_object **slot, void *ctx);
typedef void (*vm_range_fn)(const void *lo, const void *hi, void *ctx);
void vm_roots_foreach(vm_root_fn fn, void *ctx);                           /* class.c & co */
void thread_foreach_stack(vm_range_fn fn, void *ctx, const void *cur_sp); /* thread.c */

/* thread.c: green threads.  Switching happens only at safepoints (calls
 * below, and thread_preempt from the interpreter). */
void thread_init(struct vm_thread *main_thread, const void *cstack_hi);
/* Create the java.lang.Thread object of the main thread ("main"), once the
 * core classes are loaded; before System.initPhase1(). */
bool thread_create_main_object(struct vm_thread *main_thread);
struct vm_thread *thread_current(void);
/* Start jthread (a java.lang.Thread) running its run() method. */
bool thread_start(struct vm_thread *t, struct vm_object *jthread);
void thread_preempt(struct vm_thread *t);  /* time slice over: maybe switch */
void thread_yield(struct vm_thread *t);
/* Sleep; returns false if interrupted (the caller throws). */
bool thread_sleep(struct vm_thread *t, uint64_t ns);
/* After main() returns: run until every non-daemon thread has ended. */
void thread_wait_for_non_daemons(struct vm_thread *t);

/* sync.c: object monitors (synchronized, wait/notify).  enter never fails;
 * exit returns false if t does not own the monitor (the caller throws
 * IllegalMonitorStateException).  wait: 0 = ok, -1 = not owner,
 * -2 = interrupted. */
void sync_enter(struct vm_thread *t, struct vm_object *obj);
bool sync_exit(struct vm_thread *t, struct vm_object *obj);
int sync_wait(struct vm_thread *t, struct vm_object *obj, int64_t timeout_ms, int32_t nanos);
bool sync_notify(struct vm_thread *t, struct vm_object *obj, bool all);
bool sync_holds(struct vm_thread *t, struct vm_object *obj);

/* The VM core (class.c, interp.c, string.c, exception.c, ...) for
 * natives and the other modules. */
struct vm_class *vm_find_class(struct vm_thread *t, const char *internal_name); /* load+link; NULL with exception pending */
bool vm_init_class(struct vm_thread *t, struct vm_class *c);                   /* run <clinit> if needed */
struct vm_object *vm_new_object(struct vm_thread *t, struct vm_class *c);      /* NULL + OOM pending */
struct vm_array *vm_new_array(struct vm_thread *t, enum vm_type elem, int32_t len);
struct vm_array *vm_new_ref_array(struct vm_thread *t, struct vm_class *elem_class, int32_t len);
/* Byte offset of an instance field, or -1; static field slot via vm_static. */
int32_t vm_field_offset(struct vm_class *c, const char *name, const char *desc);
vm_value *vm_static(struct vm_class *c, const char *name, const char *desc);
struct vm_method *vm_find_method(struct vm_class *c, const char *name, const char *desc);
/* Call a Java method from C (re-enters the interpreter); args as for
 * natives.  Returns false with t->exception set if it threw. */
bool vm_call(struct vm_thread *t, struct vm_method *m, vm_value *args, vm_value *ret);
/* Strings. */
struct vm_object *vm_string_from_utf8(struct vm_thread *t, const char *s, size_t len);
struct vm_object *vm_string_intern(struct vm_thread *t, struct vm_object *str);
/* UTF-8 copy of a Java string into malloc'd memory (caller frees). */
char *vm_string_to_utf8(struct vm_object *str);
/* Exceptions: create and set pending (t->exception).  The message may be
 * NULL.  Returns false so natives can `return vm_throw(...)`-style. */
bool vm_throw(struct vm_thread *t, const char *class_name, const char *fmt, ...);
bool vm_throw_object(struct vm_thread *t, struct vm_object *exc);
/* The class name of an object for messages ("java.lang.String"). */
const char *vm_class_java_name(struct vm_class *c, char *buf, size_t size);

#endif /* JVM_VM_H */
