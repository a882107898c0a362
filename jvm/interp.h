/*
 * interp.h: the interpreter.  Frames live on the thread's Java stack:
 *   [locals (max_locals slots)][struct vm_frame][operand stack (max_stack)]
 * A call's arguments, on top of the caller's operand stack, become the
 * callee's first locals without copying.  vm_call (vm.h) runs a method
 * from C in a nested loop on the same Java stack.
 */
#ifndef JVM_INTERP_H
#define JVM_INTERP_H

#include "vm.h"

struct vm_frame {
    struct vm_frame *prev;
    struct vm_method *m;
    uint8_t *pc;                 /* current instruction (saved when calling out) */
    vm_value *locals;
    struct vm_object *lock;      /* synchronized methods: the monitor held */
    uint16_t entry;              /* 1: a return leaves the loop (vm_call) */
    uint16_t in_native;          /* 1: the invoke at pc runs a native now */
    uint32_t cdepth;             /* nested interpreter loops below this frame */
};
#define FRAME_STACK(f) ((vm_value *)((f) + 1))

/* Java stack slots kept free for the handler of a StackOverflowError. */
#define INTERP_STACK_RESERVE 2048

/* Set up a thread's Java stack (vm_opts.java_stack_size bytes). */
bool interp_thread_init(struct vm_thread *t);

/* The bytecode offset of a frame's current instruction. */
static inline uint32_t interp_frame_bci(const struct vm_frame *f);

void interp_roots_foreach(vm_root_fn fn, void *ctx);

/* Quick (rewritten) opcodes, above the standard ones. */
enum {
    Q_GETFIELD_I = 0xcb, Q_GETFIELD_J, Q_GETFIELD_L, Q_GETFIELD_B, Q_GETFIELD_C, Q_GETFIELD_S,
    Q_PUTFIELD_I, Q_PUTFIELD_J, Q_PUTFIELD_L, Q_PUTFIELD_B, Q_PUTFIELD_C, Q_PUTFIELD_Z,
    Q_GETSTATIC_I, Q_GETSTATIC_J, Q_GETSTATIC_L,
    Q_PUTSTATIC_I, Q_PUTSTATIC_J, Q_PUTSTATIC_L, Q_PUTSTATIC_Z, Q_PUTSTATIC_B, Q_PUTSTATIC_C, Q_PUTSTATIC_S,
    Q_INVOKEVIRTUAL, Q_INVOKEDIRECT, Q_INVOKESTATIC, Q_INVOKEINTERFACE,
    Q_NEW, Q_LDC_STRING, Q_LDC_W_STRING, Q_CHECKCAST, Q_INSTANCEOF, Q_ANEWARRAY,
    Q_INVOKEDYNAMIC, Q_INVOKESUPER, Q_DSQRT,
    /* Superinstructions, written over the first byte of a sequence whose
     * other bytes stay as they were (a branch into it still works):
     * iload a; iload b; if_icmp<cond>, aload a; iload i; iaload and
     * aload a; iload i; iload v; iastore, and aload a; (quick) getfield. */
    Q_ILOAD2_IFEQ, Q_ILOAD2_IFNE, Q_ILOAD2_IFLT, Q_ILOAD2_IFGE, Q_ILOAD2_IFGT, Q_ILOAD2_IFLE,
    Q_AILOAD_IALOAD, Q_AIILOAD_IASTORE,
    Q_ALOAD_GETFIELD_I, Q_ALOAD_GETFIELD_J, Q_ALOAD_GETFIELD_L,
    Q_LAST
};

/* The resolved method of an invoke instruction already executed (NULL
 * if none yet). */
struct vm_method *interp_site_method(struct vm_method *m, const uint8_t *pc);
/* ClassCastException with HotSpot's message. */
bool interp_throw_cce(struct vm_thread *t, struct vm_class *from, struct vm_class *to);
struct vm_array *class_new_array_of_class(struct vm_thread *t, struct vm_class *ac, int32_t len);

/* A new invokeinterface inline cache for interface method im; its index
 * is the operand of Q_INVOKEINTERFACE (4 bytes, native order). */
uint32_t interp_icache_new(struct vm_method *im);

#include "class.h"
static inline uint32_t interp_frame_bci(const struct vm_frame *f)
{
    return (uint32_t)(f->pc - f->m->code);
}

#endif
