/*
 * exception.h: throwing from the VM, handler lookup, backtraces and stack
 * traces, JDK 17's helpful NullPointerException messages, and the path of
 * an exception nobody caught.
 */
#ifndef JVM_EXCEPTION_H
#define JVM_EXCEPTION_H

#include "vm.h"

struct vm_frame;

/* The handler pc in m for an exception thrown at bci, or -1.  May load the
 * catch type (and then replace t->exception if that fails). */
int32_t exc_find_handler(struct vm_thread *t, struct vm_method *m, uint32_t bci, struct vm_object *exc);

/* Line number of bci in m, -1 if unknown. */
int32_t exc_line_number(const struct vm_method *m, uint32_t bci);

/* An implicit NullPointerException at the instruction at bci of m, with
 * the message HotSpot gives (JEP 358). */
bool exc_throw_npe(struct vm_thread *t, struct vm_method *m, uint32_t bci);

/* Throwable.fillInStackTrace: record the frames into throwable.backtrace. */
bool exc_fill_backtrace(struct vm_thread *t, struct vm_object *throwable);
/* Throwable.getStackTrace's elements from the backtrace. */
struct vm_array *exc_stack_trace(struct vm_thread *t, struct vm_object *throwable);

/* The exception escaped the thread's run()/main(): report it as HotSpot
 * does (Thread.dispatchUncaughtException). */
void exc_report_uncaught(struct vm_thread *t);

#endif
