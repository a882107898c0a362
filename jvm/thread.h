/*
 * thread.h: green threads beyond vm.h: the scheduling state of a thread,
 * the blocking calls sync.c builds monitors on, interrupts, and C stack
 * depth checks for the parts of the VM that recurse in C.
 *
 * One OS thread runs every Java thread.  A thread runs until it blocks,
 * yields, or is preempted at a safepoint (thread_preempt); the switch itself
 * is thread_switch.S.  docs/jvm.md ("Threads") explains the design.
 */
#ifndef JVM_THREAD_H
#define JVM_THREAD_H

#include "vm.h"

/* Why a thread is blocked, so that a timeout or an interrupt knows how to
 * undo it. */
enum thread_block_kind {
    THREAD_BLOCK_NONE = 0,
    THREAD_BLOCK_SLEEP,      /* Thread.sleep: timeout and interrupt wake it */
    THREAD_BLOCK_WAIT,       /* Object.wait: sync.c moves it to the entry queue */
    THREAD_BLOCK_ENTER,      /* monitor enter: only the owner's exit wakes it */
    THREAD_BLOCK_NONDAEMON,  /* main, waiting for the last non-daemon thread */
    THREAD_BLOCK_PARK,       /* LockSupport.park: unpark, timeout, interrupt */
    THREAD_BLOCK_CLASS_INIT, /* another thread runs <clinit>: only its end wakes it */
    THREAD_BLOCK_INPUT,      /* reading stdin: input (or its end) wakes it */
};

/* How a blocked thread was woken. */
enum thread_wake {
    THREAD_WAKE_NONE = 0, THREAD_WAKE_NOTIFIED, THREAD_WAKE_TIMEOUT, THREAD_WAKE_INTERRUPTED
};

struct sync_monitor;

struct vm_thread_sched {
    void *sp;                       /* saved stack pointer while switched out */
    char *cstack;                   /* reserved C stack (NULL: the process stack) */
    size_t cstack_size;
    const char *cstack_hi;          /* top (highest address) of the C stack */
    const char *cstack_lo;          /* lowest usable address */
    void *fake_stack;               /* AddressSanitizer's fiber bookkeeping */

    struct vm_thread *run_next;     /* run queue */
    struct vm_thread *all_next;     /* every live thread */
    struct vm_thread *all_prev;
    struct vm_thread *timer_next;   /* timed waits, by deadline */
    uint64_t deadline;              /* plat_nanotime of a timed wait, 0 = none */
    uint8_t on_run_queue;
    uint8_t on_timer;
    uint8_t block;                  /* enum thread_block_kind */
    uint8_t wake;                   /* enum thread_wake */
    uint8_t permit;                 /* LockSupport's permit */

    uint32_t lock_id;               /* owner id in thin lock words */

    /* sync.c: the monitor this thread waits for or on, its link in that
     * monitor's entry or wait queue, and the recursion count to restore. */
    struct sync_monitor *mon;
    struct vm_thread *mon_next;
    uint32_t mon_count;
};

/* The thread behind a thin lock's owner id (NULL if none). */
struct vm_thread *thread_by_lock_id(uint32_t lock_id);

/* Block the current thread `t` (state is its vm_thread_state while blocked)
 * until thread_wake, or until `deadline` (plat_nanotime units; 0 = none).
 * Runs other threads meanwhile.  Returns how it was woken. */
enum thread_wake thread_block(struct vm_thread *t, uint8_t state,
                              enum thread_block_kind kind, uint64_t deadline);
/* Make a blocked thread runnable again (from any thread); `why` is kept
 * only if no reason was recorded yet. */
void thread_wake(struct vm_thread *t, enum thread_wake why);
/* Drop a blocked thread's deadline (it was notified). */
void thread_timer_cancel(struct vm_thread *t);

/* The interrupt status, kept in the Java Thread's `interrupted` field as the
 * JDK does, so it is right before start and after death too. */
bool thread_is_interrupted(struct vm_thread *t);
void thread_clear_interrupt(struct vm_thread *t);
/* Thread.interrupt on a live thread: set the status and wake it from sleep
 * or wait. */
void thread_interrupt(struct vm_thread *target);

/* LockSupport.park/unpark (java.util.concurrent's primitive): park returns
 * at once if the permit is available (taking it) or t is interrupted, else
 * blocks until unpark, an interrupt, or the time: relative nanoseconds
 * (0 = none), or if `absolute`, milliseconds since the epoch. */
void thread_park(struct vm_thread *t, bool absolute, int64_t time);
void thread_unpark(struct vm_thread *target);

/* Park t until standard input may be ready (bytes or end of file); other
 * threads run meanwhile.  The caller reads again without blocking
 * (plat_read_nonblock) and waits again if it was beaten to the bytes. */
void thread_wait_input(struct vm_thread *t);

/* The vm_thread of a java.lang.Thread (NULL if not started or ended). */
struct vm_thread *thread_of(struct vm_object *jthread);

/* Bytes of C stack left below the caller's frame; the VM checks it where
 * it recurses in C (vm_call, class initialization) and throws
 * StackOverflowError rather than overflow. */
size_t thread_cstack_left(struct vm_thread *t);

/* Every live thread (for diagnostics and tests); fn returns false to stop. */
void thread_foreach(bool (*fn)(struct vm_thread *t, void *ctx), void *ctx);
uint32_t thread_count(void);

/* The time slice of a thread before preemption, and the preempt_budget the
 * interpreter counts down between clock reads. */
#define THREAD_SLICE_NS      10000000u   /* 10 ms */
#define THREAD_BUDGET        10000

/* The context switch (thread_switch.S): save the callee-saved registers,
 * MXCSR and the x87 control word on the current stack, store the stack
 * pointer in *save_sp, and resume the context saved at new_sp. */
void thread_switch(void **save_sp, void *new_sp);
/* Where a new context starts: calls fn(arg) on its fresh stack (fn must not
 * return). */
void thread_boot(void);

#endif /* JVM_THREAD_H */
