/*
 * thread.c: green threads: creation, the scheduler, sleeping, preemption,
 * the end of a thread, and the stacks the collector scans.
 *
 * Every Java thread runs on the one OS thread, each on its own C stack
 * (plat_reserve'd, vm_opts.c_stack_size; the main thread keeps the
 * process's stack).  A thread runs until it blocks, yields or is preempted;
 * then it switches straight to the next runnable thread in round-robin
 * order: there is no scheduler context in between.  When none is runnable
 * the current thread idles (plat_idle_until) until the earliest timed wait,
 * or, if some thread waits for standard input, until that or input
 * (plat_idle_until_input); when none is runnable, none waits with a
 * deadline and none for input, nothing can ever run again: we report the
 * deadlock and exit 1 (HotSpot would hang).
 */
#include "thread.h"
#include "sync.h"
#include "interp.h"
#include "platform.h"

#include <stdlib.h>
#include <stdio.h>

#if defined(__SANITIZE_ADDRESS__)
#define THREAD_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define THREAD_ASAN 1
#endif
#endif
#ifdef THREAD_ASAN
#include <sanitizer/common_interface_defs.h>
#include <sanitizer/asan_interface.h>
#endif

#define DEFAULT_C_STACK     (256u * 1024)
/* The main thread runs on the process's stack, whose size we cannot ask
 * for through platform.h; depth checks assume this much of it. */
#define MAIN_C_STACK        (1024u * 1024)
#define STACK_CANARY        0x706c696e74683a43ull   /* "plinth:C" */
/* Ended threads kept with their stacks for the next start: a start then
 * maps and touches no new pages (a first touch costs ~5 us in a partition). */
#define SPARES              8

/* A started thread and its scheduling state, allocated together. */
struct thread_block {
    struct vm_thread t;
    struct vm_thread_sched s;
};

static struct thread_state {
    struct vm_thread *cur;
    struct vm_thread *main;
    struct vm_thread_sched main_sched;
    struct vm_thread *run_head, *run_tail;
    struct vm_thread *all;              /* live threads, newest first */
    struct vm_thread *timers;           /* timed waits, earliest first */
    struct thread_block *zombie;        /* ended; freed once off its stack */
    struct thread_block *spare[SPARES]; /* ended, stacks kept for reuse */
    uint32_t nspare;
    uint32_t nlive;
    uint32_t nondaemon;                 /* live non-daemon threads besides main */
    uint32_t next_id;
    uint64_t slice_start;
    uint32_t ninput;                    /* threads waiting for stdin */
    uint64_t input_checked;             /* when a running VM last looked */

    struct vm_thread **by_lock_id;      /* lock id -> thread */
    uint32_t lock_cap;
    uint32_t *free_ids;                 /* recycled lock ids */
    uint32_t nfree_ids;
    uint32_t next_lock_id;

    /* java.lang.Thread, looked up once. */
    struct vm_class *jclass;
    int32_t off_eetop, off_interrupted, off_daemon, off_name;
    struct vm_method *m_dispatch, *m_exit, *m_init_main;

#ifdef THREAD_ASAN
    const void *main_stack_bottom;
    size_t main_stack_size;
#endif
} S;

static void reschedule(struct vm_thread *cur, bool dying);

/* ---- small helpers ------------------------------------------------------ */

static struct thread_block *block_of(struct vm_thread *t)
{
    return (struct thread_block *)((char *)t - offsetof(struct thread_block, t));
}

/* The Java stack is the interpreter's to lay out (interp_thread_init);
 * this is its size, reserve included, to give it back. */
static size_t java_stack_bytes(struct vm_thread *t)
{
    return (size_t)(t->stack_limit - t->stack_base + INTERP_STACK_RESERVE) * sizeof(vm_value);
}

static void write_err(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    plat_write(2, s, n);
}

struct vm_thread *thread_current(void)
{
    return S.cur;
}

uint32_t thread_count(void)
{
    return S.nlive;
}

void thread_foreach(bool (*fn)(struct vm_thread *t, void *ctx), void *ctx)
{
    for (struct vm_thread *t = S.all; t; t = t->sched->all_next)
        if (!fn(t, ctx))
            return;
}

/* ---- lock ids ----------------------------------------------------------- */

/* Thin locks name their owner with a small id, recycled when a thread ends,
 * so that any number of threads over a run fits the lock word's bits. */
static bool lock_id_alloc(struct vm_thread *t)
{
    uint32_t id;
    if (S.nfree_ids > 0) {
        id = S.free_ids[--S.nfree_ids];
    } else {
        if (S.next_lock_id == 0)
            S.next_lock_id = 1;           /* 0 would read as "unlocked" */
        if (S.next_lock_id > SYNC_MAX_LOCK_ID)
            return false;
        id = S.next_lock_id++;
        if (id >= S.lock_cap) {
            uint32_t cap = S.lock_cap ? S.lock_cap * 2 : 64;
            struct vm_thread **tab = realloc(S.by_lock_id, cap * sizeof *tab);
            uint32_t *ids = realloc(S.free_ids, cap * sizeof *ids);
            if (tab)
                S.by_lock_id = tab;
            if (ids)
                S.free_ids = ids;
            if (!tab || !ids)
                return false;
            for (uint32_t i = S.lock_cap; i < cap; i++)
                tab[i] = NULL;
            S.lock_cap = cap;
        }
    }
    S.by_lock_id[id] = t;
    t->sched->lock_id = id;
    return true;
}

static void lock_id_free(struct vm_thread *t)
{
    uint32_t id = t->sched->lock_id;
    S.by_lock_id[id] = NULL;
    S.free_ids[S.nfree_ids++] = id;
    t->sched->lock_id = 0;
}

struct vm_thread *thread_by_lock_id(uint32_t id)
{
    return id < S.lock_cap ? S.by_lock_id[id] : NULL;
}

/* ---- queues ------------------------------------------------------------- */

static void runq_push(struct vm_thread *t)
{
    struct vm_thread_sched *s = t->sched;
    if (s->on_run_queue)
        return;
    s->on_run_queue = 1;
    s->run_next = NULL;
    if (S.run_tail)
        S.run_tail->sched->run_next = t;
    else
        S.run_head = t;
    S.run_tail = t;
}

static struct vm_thread *runq_pop(void)
{
    struct vm_thread *t = S.run_head;
    if (t) {
        S.run_head = t->sched->run_next;
        if (!S.run_head)
            S.run_tail = NULL;
        t->sched->on_run_queue = 0;
        t->sched->run_next = NULL;
    }
    return t;
}

static void timer_insert(struct vm_thread *t, uint64_t deadline)
{
    struct vm_thread **pp = &S.timers;
    while (*pp && (*pp)->sched->deadline <= deadline)
        pp = &(*pp)->sched->timer_next;
    t->sched->deadline = deadline;
    t->sched->timer_next = *pp;
    t->sched->on_timer = 1;
    *pp = t;
}

void thread_timer_cancel(struct vm_thread *t)
{
    if (!t->sched->on_timer)
        return;
    for (struct vm_thread **pp = &S.timers; *pp; pp = &(*pp)->sched->timer_next) {
        if (*pp == t) {
            *pp = t->sched->timer_next;
            break;
        }
    }
    t->sched->on_timer = 0;
    t->sched->timer_next = NULL;
    t->sched->deadline = 0;
}

/* Wake every thread whose deadline has passed. */
static void timers_expire(uint64_t now)
{
    while (S.timers && S.timers->sched->deadline <= now) {
        struct vm_thread *t = S.timers;
        thread_timer_cancel(t);
        if (t->sched->block == THREAD_BLOCK_WAIT)
            sync_wait_cancel(t, THREAD_WAKE_TIMEOUT);
        else
            thread_wake(t, THREAD_WAKE_TIMEOUT);
    }
}

/* ---- blocking and waking ------------------------------------------------- */

/* If stdin is ready, wake every thread waiting for it: they all try to
 * read, and those that find nothing wait again. */
static void input_check(void)
{
    if (!plat_input_ready())
        return;
    for (struct vm_thread *t = S.all; t; t = t->sched->all_next)
        if (t->sched->block == THREAD_BLOCK_INPUT)
            thread_wake(t, THREAD_WAKE_NOTIFIED);
    S.ninput = 0;
}

void thread_wait_input(struct vm_thread *t)
{
    S.ninput++;
    thread_block(t, VM_THREAD_RUNNABLE, THREAD_BLOCK_INPUT, 0);
}

enum thread_wake thread_block(struct vm_thread *t, uint8_t state,
                              enum thread_block_kind kind, uint64_t deadline)
{
    struct vm_thread_sched *s = t->sched;
    s->block = (uint8_t)kind;
    s->wake = THREAD_WAKE_NONE;
    t->state = state;
    if (deadline)
        timer_insert(t, deadline);
    reschedule(t, false);
    return (enum thread_wake)s->wake;
}

void thread_wake(struct vm_thread *t, enum thread_wake why)
{
    struct vm_thread_sched *s = t->sched;
    if (why != THREAD_WAKE_NONE && s->wake == THREAD_WAKE_NONE)
        s->wake = (uint8_t)why;
    thread_timer_cancel(t);
    s->block = THREAD_BLOCK_NONE;
    if (t->state != VM_THREAD_TERMINATED)
        t->state = VM_THREAD_RUNNABLE;
    runq_push(t);
}

/* ---- the switch ----------------------------------------------------------- */

static void check_canary(struct vm_thread *t)
{
    struct vm_thread_sched *s = t->sched;
    if (s->cstack && *(const uint64_t *)s->cstack_lo != STACK_CANARY)
        plat_abort("thread: a green thread overflowed its C stack");
}

/* Free the stacks of a thread that ended, now that nobody runs on them. */
static void reap(void)
{
    struct thread_block *z = S.zombie;
    if (!z || &z->t == S.cur)
        return;
    S.zombie = NULL;
    if (S.nspare < SPARES) {
        S.spare[S.nspare++] = z;
        return;
    }
    plat_release(z->s.cstack, z->s.cstack_size);
    plat_release(z->t.stack_base, java_stack_bytes(&z->t));
    free(z);
}

/* A spare thread block, cleared but for its stacks, or NULL. */
static struct thread_block *spare_take(void)
{
    if (S.nspare == 0)
        return NULL;
    struct thread_block *b = S.spare[--S.nspare];
    struct thread_block keep = *b;
    *b = (struct thread_block){ 0 };
    b->t.sched = &b->s;
    b->s.cstack = keep.s.cstack;
    b->s.cstack_size = keep.s.cstack_size;
    b->t.stack_base = b->t.stack_top = keep.t.stack_base;
    b->t.stack_limit = keep.t.stack_limit;
#ifdef THREAD_ASAN
    /* The previous owner's frames never returned: forget their poison. */
    __asan_unpoison_memory_region(b->s.cstack, b->s.cstack_size);
#endif
    return b;
}

#ifdef THREAD_ASAN
static void asan_stack_of(struct vm_thread *t, const void **bottom, size_t *size)
{
    if (t->sched->cstack) {
        *bottom = t->sched->cstack;
        *size = t->sched->cstack_size;
    } else {
        *bottom = S.main_stack_bottom;
        *size = S.main_stack_size;
    }
}

/* After a switch: finish ASan's fiber switch and, the first time we leave
 * the main thread, learn its stack's bounds for the way back. */
static void asan_arrived(struct vm_thread *t, struct vm_thread *from)
{
    const void *bottom;
    size_t size;
    __sanitizer_finish_switch_fiber(t->sched->fake_stack, &bottom, &size);
    if (from == S.main && !S.main_stack_bottom) {
        S.main_stack_bottom = bottom;
        S.main_stack_size = size;
    }
}
#endif

static struct vm_thread *switch_from;   /* who switched last (ASan only) */

static void switch_to(struct vm_thread *cur, struct vm_thread *next, bool dying)
{
    check_canary(cur);
    S.cur = next;
    S.slice_start = plat_nanotime();
    switch_from = cur;
#ifdef THREAD_ASAN
    const void *bottom;
    size_t size;
    asan_stack_of(next, &bottom, &size);
    __sanitizer_start_switch_fiber(dying ? NULL : &cur->sched->fake_stack, bottom, size);
#else
    (void)dying;
#endif
    thread_switch(&cur->sched->sp, next->sched->sp);
#ifdef THREAD_ASAN
    asan_arrived(cur, switch_from);
#endif
    reap();
}

static void deadlock(void)
{
    char line[256];
    snprintf(line, sizeof line,
             "plinth: deadlock: all %u threads are blocked forever\n", (unsigned)S.nlive);
    write_err(line);
    static const char *what[] = {
        [THREAD_BLOCK_NONE] = "running", [THREAD_BLOCK_SLEEP] = "sleeping",
        [THREAD_BLOCK_WAIT] = "in Object.wait()", [THREAD_BLOCK_ENTER] = "waiting to lock a monitor",
        [THREAD_BLOCK_NONDAEMON] = "main() returned; waiting for the other threads",
        [THREAD_BLOCK_PARK] = "parked (LockSupport.park)",
        [THREAD_BLOCK_CLASS_INIT] = "waiting for another thread to initialize a class",
        [THREAD_BLOCK_INPUT] = "reading standard input",
    };
    for (struct vm_thread *t = S.all; t; t = t->sched->all_next) {
        char *name = NULL;
        if (t->jthread && S.off_name >= 0) {
            struct vm_object *n = VM_FIELD(t->jthread, struct vm_object *, S.off_name);
            if (n)
                name = vm_string_to_utf8(n);
        }
        uint8_t b = t->sched->block;
        snprintf(line, sizeof line, "  \"%s\" %s\n", name ? name : "?",
                 b < sizeof what / sizeof what[0] ? what[b] : "blocked");
        free(name);
        write_err(line);
    }
    plat_exit(1);
}

/* Leave `cur` (already queued again if it should run later) for the next
 * runnable thread; idle while none is.  Returns when cur runs again. */
static void reschedule(struct vm_thread *cur, bool dying)
{
    struct vm_thread *next;
    for (;;) {
        if (S.timers)
            timers_expire(plat_nanotime());
        if (S.ninput)
            input_check();
        next = runq_pop();
        if (next)
            break;
        uint64_t deadline = S.timers ? S.timers->sched->deadline : 0;
        if (S.ninput)
            plat_idle_until_input(deadline);
        else if (deadline)
            plat_idle_until(deadline);
        else
            deadlock();
    }
    if (next == cur) {
        S.slice_start = plat_nanotime();
        return;
    }
    switch_to(cur, next, dying);
}

void thread_preempt(struct vm_thread *t)
{
    t->preempt_budget = THREAD_BUDGET;
    uint64_t now = plat_nanotime();
    if (S.timers)
        timers_expire(now);
    /* Readers of stdin are looked after once a slice while others run
     * (a system call in the hosted VM, so not at every safepoint). */
    if (S.ninput && now - S.input_checked >= THREAD_SLICE_NS) {
        S.input_checked = now;
        input_check();
    }
    if (!S.run_head || now - S.slice_start < THREAD_SLICE_NS)
        return;
    runq_push(t);
    reschedule(t, false);
}

void thread_yield(struct vm_thread *t)
{
    if (S.timers)
        timers_expire(plat_nanotime());
    if (!S.run_head)
        return;
    runq_push(t);
    reschedule(t, false);
}

static uint64_t deadline_after(uint64_t ns)
{
    uint64_t now = plat_nanotime();
    return ns > UINT64_MAX - now ? UINT64_MAX : now + ns;
}

bool thread_sleep(struct vm_thread *t, uint64_t ns)
{
    if (thread_is_interrupted(t)) {
        thread_clear_interrupt(t);
        return false;
    }
    if (ns == 0) {
        thread_yield(t);
        return true;
    }
    enum thread_wake why = thread_block(t, VM_THREAD_TIMED_WAITING, THREAD_BLOCK_SLEEP,
                                        deadline_after(ns));
    if (why == THREAD_WAKE_INTERRUPTED) {
        thread_clear_interrupt(t);
        return false;
    }
    return true;
}

void thread_park(struct vm_thread *t, bool absolute, int64_t time)
{
    struct vm_thread_sched *s = t->sched;
    if (s->permit) {
        s->permit = 0;
        return;
    }
    if (thread_is_interrupted(t))
        return;
    uint64_t deadline = 0;
    if (absolute) {
        int64_t now_ms = (int64_t)(plat_walltime_ns() / 1000000);
        if (time <= now_ms)
            return;
        uint64_t ms = (uint64_t)(time - now_ms);
        deadline = deadline_after(ms > UINT64_MAX / 1000000 ? UINT64_MAX : ms * 1000000);
    } else if (time < 0) {
        return;
    } else if (time > 0) {
        deadline = deadline_after((uint64_t)time);
    }
    thread_block(t, deadline ? VM_THREAD_TIMED_WAITING : VM_THREAD_WAITING, THREAD_BLOCK_PARK,
                 deadline);
    s->permit = 0;
}

void thread_unpark(struct vm_thread *target)
{
    if (target->sched->block == THREAD_BLOCK_PARK)
        thread_wake(target, THREAD_WAKE_NOTIFIED);
    else
        target->sched->permit = 1;
}

/* ---- the Java side -------------------------------------------------------- */

/* Look up the members of java.lang.Thread the VM uses (docs/jvm.md). */
static bool jclass_ready(struct vm_thread *t)
{
    if (S.jclass)
        return true;
    struct vm_class *c = vm_find_class(t, "java/lang/Thread");
    if (!c)
        return false;
    S.off_eetop = vm_field_offset(c, "eetop", "J");
    S.off_interrupted = vm_field_offset(c, "interrupted", "Z");
    S.off_daemon = vm_field_offset(c, "daemon", "Z");
    S.off_name = vm_field_offset(c, "name", "Ljava/lang/String;");
    S.m_dispatch = vm_find_method(c, "dispatchUncaughtException", "(Ljava/lang/Throwable;)V");
    S.m_exit = vm_find_method(c, "exit", "()V");
    S.m_init_main = vm_find_method(c, "initMainThread", "()V");
    if (S.off_eetop < 0 || S.off_interrupted < 0 || S.off_daemon < 0 || S.off_name < 0 ||
        !S.m_dispatch || !S.m_exit || !S.m_init_main)
        return vm_throw(t, "java/lang/InternalError",
                        "java.lang.Thread lacks a member the VM needs (docs/jvm.md)");
    S.jclass = c;
    return true;
}

struct vm_thread *thread_of(struct vm_object *jthread)
{
    if (!jthread || !S.jclass)
        return NULL;
    return (struct vm_thread *)(intptr_t)VM_FIELD(jthread, int64_t, S.off_eetop);
}

/* A boolean field is one byte in the object, 0 or 1. */
bool thread_is_interrupted(struct vm_thread *t)
{
    if (!t->jthread || !S.jclass)
        return t->interrupted != 0;
    return VM_FIELD(t->jthread, uint8_t, S.off_interrupted) != 0;
}

void thread_clear_interrupt(struct vm_thread *t)
{
    t->interrupted = 0;
    if (t->jthread && S.jclass)
        VM_FIELD(t->jthread, uint8_t, S.off_interrupted) = 0;
}

void thread_interrupt(struct vm_thread *target)
{
    target->interrupted = 1;
    if (target->jthread && S.jclass)
        VM_FIELD(target->jthread, uint8_t, S.off_interrupted) = 1;
    switch (target->sched->block) {
    case THREAD_BLOCK_SLEEP:
        thread_wake(target, THREAD_WAKE_INTERRUPTED);
        break;
    case THREAD_BLOCK_WAIT:
        sync_wait_cancel(target, THREAD_WAKE_INTERRUPTED);
        break;
    case THREAD_BLOCK_PARK:
        thread_wake(target, THREAD_WAKE_INTERRUPTED);   /* the status stays set */
        break;
    default:
        break;   /* running, or entering a monitor: only the status is set */
    }
}

/* ---- creation ----------------------------------------------------------- */

static void link_live(struct vm_thread *t)
{
    t->sched->all_prev = NULL;
    t->sched->all_next = S.all;
    if (S.all)
        S.all->sched->all_prev = t;
    S.all = t;
    S.nlive++;
}

static void unlink_live(struct vm_thread *t)
{
    struct vm_thread_sched *s = t->sched;
    if (s->all_prev)
        s->all_prev->sched->all_next = s->all_next;
    else
        S.all = s->all_next;
    if (s->all_next)
        s->all_next->sched->all_prev = s->all_prev;
    s->all_next = s->all_prev = NULL;
    S.nlive--;
}

void thread_init(struct vm_thread *main_thread, const void *cstack_hi)
{
    S = (struct thread_state){ .off_name = -1 };
    struct vm_thread_sched *s = &S.main_sched;
    main_thread->sched = s;
    s->cstack_hi = cstack_hi;
    s->cstack_lo = (const char *)cstack_hi - MAIN_C_STACK;
    if (!main_thread->stack_base && !interp_thread_init(main_thread))
        plat_abort("thread: cannot reserve the main thread's Java stack");
    if (!lock_id_alloc(main_thread))
        plat_abort("thread: out of memory");
    main_thread->id = ++S.next_id;
    main_thread->state = VM_THREAD_RUNNABLE;
    main_thread->preempt_budget = THREAD_BUDGET;
    S.main = S.cur = main_thread;
    link_live(main_thread);
    S.slice_start = plat_nanotime();
}

bool thread_create_main_object(struct vm_thread *m)
{
    if (!jclass_ready(m) || !vm_init_class(m, S.jclass))
        return false;
    struct vm_object *obj = vm_new_object(m, S.jclass);
    if (!obj)
        return false;
    VM_FIELD(obj, int64_t, S.off_eetop) = (int64_t)(intptr_t)m;
    m->jthread = obj;
    vm_value arg = { .l = obj };
    return vm_call(m, S.m_init_main, &arg, NULL);
}

/* run() of a Thread object: the most derived override. */
static struct vm_method *run_method(struct vm_class *c)
{
    for (; c; c = c->super) {
        struct vm_method *m = vm_find_method(c, "run", "()V");
        if (m)
            return m;
    }
    return NULL;
}

/* An exception out of run(): hand it to Thread.dispatchUncaughtException,
 * and report one out of the handler itself as HotSpot does. */
static void uncaught(struct vm_thread *t)
{
    vm_value args[2] = { { .l = t->jthread }, { .l = t->exception } };
    t->exception = NULL;
    if (vm_call(t, S.m_dispatch, args, NULL))
        return;
    char cls[256], line[512];
    struct vm_object *jname = VM_FIELD(t->jthread, struct vm_object *, S.off_name);
    char *name = jname ? vm_string_to_utf8(jname) : NULL;
    vm_class_java_name(t->exception->cls, cls, sizeof cls);
    snprintf(line, sizeof line,
             "\nException: %s thrown from the UncaughtExceptionHandler in thread \"%s\"\n",
             cls, name ? name : "?");
    free(name);
    write_err(line);
    t->exception = NULL;
}

/* The Java-visible end of a thread: Thread.exit(), then isAlive() turns
 * false and joiners (waiting on the Thread object) are woken. */
static void end_java(struct vm_thread *t)
{
    struct vm_object *jt = t->jthread;
    vm_value arg = { .l = jt };
    if (!vm_call(t, S.m_exit, &arg, NULL))
        t->exception = NULL;
    sync_enter(t, jt);
    t->state = VM_THREAD_TERMINATED;
    VM_FIELD(jt, int64_t, S.off_eetop) = 0;
    sync_notify(t, jt, true);
    sync_exit(t, jt);
}

/* The body of every started thread, on its own C stack. */
static _Noreturn void thread_main(struct vm_thread *t)
{
#ifdef THREAD_ASAN
    asan_arrived(t, switch_from);
#endif
    reap();
    vm_value arg = { .l = t->jthread };
    struct vm_method *run = run_method(t->jthread->cls);
    if (!run)
        vm_throw(t, "java/lang/NoSuchMethodError", "java.lang.Thread.run()V");
    else
        vm_call(t, run, &arg, NULL);
    if (t->exception)
        uncaught(t);
    end_java(t);

    unlink_live(t);
    lock_id_free(t);
    if (!t->daemon && --S.nondaemon == 0 && S.main->sched->block == THREAD_BLOCK_NONDAEMON)
        thread_wake(S.main, THREAD_WAKE_NONE);
    S.zombie = block_of(t);
    reschedule(t, true);
    plat_abort("thread: a finished thread was scheduled");
}

/* A new context on a fresh C stack: thread_switch's frame, returning into
 * thread_boot, which calls thread_main(t). */
static void cstack_prepare(struct vm_thread *t)
{
    struct vm_thread_sched *s = t->sched;
    uint64_t *hi = (uint64_t *)(s->cstack + s->cstack_size);
    uint64_t *sp = hi - 3;                  /* 16 bytes of zeros end the chain */
    uint32_t mxcsr;
    uint16_t fcw;
    __asm__ volatile("stmxcsr %0" : "=m"(mxcsr));
    __asm__ volatile("fnstcw %0" : "=m"(fcw));
    *sp-- = (uint64_t)(uintptr_t)thread_boot;     /* return address */
    *sp-- = 0;                                    /* rbp */
    *sp-- = 0;                                    /* rbx */
    *sp-- = (uint64_t)(uintptr_t)t;               /* r12: argument */
    *sp-- = (uint64_t)(uintptr_t)thread_main;     /* r13: entry */
    *sp-- = 0;                                    /* r14 */
    *sp = 0;                                      /* r15 */
    sp--;
    *sp = (uint64_t)mxcsr | (uint64_t)fcw << 32;
    s->sp = sp;
    s->cstack_hi = (const char *)hi;
    s->cstack_lo = s->cstack;
    *(uint64_t *)s->cstack = STACK_CANARY;
}

bool thread_start(struct vm_thread *t, struct vm_object *jthread)
{
    if (!jclass_ready(t))
        return false;
    if (thread_of(jthread))
        return vm_throw(t, "java/lang/IllegalThreadStateException", NULL);
    struct thread_block *b = spare_take();
    struct vm_thread *nt;
    if (b) {
        nt = &b->t;
    } else {
        b = calloc(1, sizeof *b);
        if (!b)
            goto oom;
        nt = &b->t;
        nt->sched = &b->s;
        size_t cs = vm_opts.c_stack_size ? vm_opts.c_stack_size : DEFAULT_C_STACK;
        size_t ps = plat_page_size();
        b->s.cstack_size = (cs + ps - 1) / ps * ps;
        b->s.cstack = plat_reserve(b->s.cstack_size);
        if (!b->s.cstack)
            goto oom_free;
        if (!interp_thread_init(nt))
            goto oom_free;
    }
    if (!lock_id_alloc(nt))
        goto oom_free;
    cstack_prepare(nt);

    nt->jthread = jthread;
    nt->id = ++S.next_id;
    nt->daemon = VM_FIELD(jthread, uint8_t, S.off_daemon) != 0;
    nt->state = VM_THREAD_RUNNABLE;
    nt->preempt_budget = THREAD_BUDGET;
    VM_FIELD(jthread, int64_t, S.off_eetop) = (int64_t)(intptr_t)nt;
    link_live(nt);
    if (!nt->daemon)
        S.nondaemon++;
    runq_push(nt);
    return true;

oom_free:
    if (b->s.cstack)
        plat_release(b->s.cstack, b->s.cstack_size);
    if (b->t.stack_base)
        plat_release(b->t.stack_base, java_stack_bytes(&b->t));
    free(b);
oom:
    return vm_throw(t, "java/lang/OutOfMemoryError",
                    "unable to create native thread: possibly out of memory or process/resource limits reached");
}

void thread_wait_for_non_daemons(struct vm_thread *t)
{
    /* Like HotSpot's DestroyJavaVM: the main Thread ends for Java (joiners
     * wake, isAlive() is false) before the wait for the others. */
    if (t->jthread && S.jclass && t == S.main) {
        struct vm_object *pending = t->exception;
        t->exception = NULL;
        end_java(t);
        t->exception = pending;
    }
    t->state = VM_THREAD_TERMINATED;
    while (S.nondaemon > 0)
        thread_block(t, VM_THREAD_TERMINATED, THREAD_BLOCK_NONDAEMON, 0);
    t->state = VM_THREAD_TERMINATED;
}

/* ---- for the collector and the depth checks ------------------------------ */

_Static_assert(offsetof(struct vm_thread, exception) ==
               offsetof(struct vm_thread, jthread) + sizeof(struct vm_object *),
               "jthread and exception are reported as one range");

void thread_foreach_stack(vm_range_fn fn, void *ctx, const void *cur_sp)
{
    for (struct vm_thread *t = S.all; t; t = t->sched->all_next) {
        /* The Thread object and the pending exception are held by the
         * vm_thread, outside the heap: report the two words as a range. */
        fn(&t->jthread, &t->exception + 1, ctx);
        if (t->stack_base && t->stack_top > t->stack_base)
            fn(t->stack_base, t->stack_top, ctx);
        const void *lo = t == S.cur ? cur_sp : t->sched->sp;
        if (lo && (const char *)lo < t->sched->cstack_hi)
            fn(lo, t->sched->cstack_hi, ctx);
    }
}

size_t thread_cstack_left(struct vm_thread *t)
{
    const char *fp = __builtin_frame_address(0);
    const char *lo = t->sched->cstack_lo + 4096;   /* keep the canary's page */
    return fp > lo ? (size_t)(fp - lo) : 0;
}
