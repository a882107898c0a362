/*
 * fake_vm.h: a stand-in for the VM core and the platform under thread.c and
 * sync.c in the unit tests.  "Java threads" are fake Thread objects whose
 * run() is a C function; the clock is virtual (idling advances it to the
 * deadline), so timed tests never depend on real time.
 */
#ifndef TESTS_THREADS_FAKE_VM_H
#define TESTS_THREADS_FAKE_VM_H

#include "vm.h"

/* The fake java.lang.Thread: the fields thread.c asks for, then the body. */
struct fake_jthread {
    struct vm_object hdr;
    int64_t eetop;
    uint8_t interrupted;
    uint8_t daemon;
    struct vm_object *name;
    void (*body)(void *arg);
    void *arg;
    int exited;               /* Thread.exit() ran */
    int uncaught;             /* dispatchUncaughtException ran */
};

extern struct vm_class fake_thread_class;
extern struct vm_class fake_object_class;
extern uint64_t fake_now;             /* the virtual clock, ns */
extern uint64_t fake_idle_calls;

/* Set up the main thread (its C stack ends at cstack_hi) and its Thread
 * object. */
struct vm_thread *fake_boot(const void *cstack_hi);
/* A Thread object running body(arg) (not started). */
struct fake_jthread *fake_thread_new(void (*body)(void *), void *arg, bool daemon);
struct vm_object *fake_object_new(void);
/* A body that throws: run() ends with t->exception set. */
void fake_body_throw(void *arg);

#endif
