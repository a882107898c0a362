/*
 * test_threads.c: unit tests of the green threads (thread.c, the context
 * switch) and the monitors (sync.c) on a fake VM (fake_vm.c).  Each test
 * runs in a child process of its own, so a crash or a deadlock exit is one
 * test's failure; prints `PASS threads/<name>` or `FAIL threads/<name>: why`.
 *
 *     test_threads [name...]
 */
#include "fake_vm.h"
#include "thread.h"
#include "sync.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: check failed: %s\n", \
                                          __FILE__, __LINE__, #c); exit(1); } } while (0)

static struct vm_thread *T0;     /* the main thread */
static char trace[4096];         /* what the threads did, in order */

static void note(const char *s)
{
    CHECK(strlen(trace) + strlen(s) < sizeof trace);
    strcat(trace, s);
}

static struct fake_jthread *start(void (*body)(void *), void *arg)
{
    struct fake_jthread *jt = fake_thread_new(body, arg, false);
    CHECK(thread_start(thread_current(), &jt->hdr));
    return jt;
}

/* Thread.join as Thread.java does it: wait on the Thread object while alive. */
static void join(struct fake_jthread *jt)
{
    struct vm_thread *t = thread_current();
    sync_enter(t, &jt->hdr);
    while (thread_of(&jt->hdr))
        CHECK(sync_wait(t, &jt->hdr, 0, 0) == 0);
    CHECK(sync_exit(t, &jt->hdr));
}

/* ---- the switch ------------------------------------------------------------ */

uint64_t regs_across(void (*fn)(void), uint64_t seed);
static void yield_now(void) { thread_yield(thread_current()); }
static int regs_bad;

static void body_regs(void *arg)
{
    for (int i = 0; i < 3; i++)
        regs_bad |= (int)regs_across(yield_now, (uint64_t)(uintptr_t)arg + (uint64_t)i * 16);
}

static void test_registers(void)
{
    struct fake_jthread *a = start(body_regs, (void *)0x1000);
    struct fake_jthread *b = start(body_regs, (void *)0x2000);
    regs_bad |= (int)regs_across(yield_now, 0x3000);
    join(a);
    join(b);
    CHECK(regs_bad == 0);
}

static uint32_t get_mxcsr(void) { uint32_t v; __asm__ volatile("stmxcsr %0" : "=m"(v)); return v; }
static void set_mxcsr(uint32_t v) { __asm__ volatile("ldmxcsr %0" : : "m"(v)); }

static void body_mxcsr(void *arg)
{
    (void)arg;
    CHECK((get_mxcsr() & 0x6000) == 0);        /* round to nearest, as at start */
    set_mxcsr((get_mxcsr() & ~0x6000u) | 0x2000); /* round down */
    thread_yield(thread_current());
    CHECK((get_mxcsr() & 0x6000) == 0x2000);
}

static void test_mxcsr(void)
{
    struct fake_jthread *a = start(body_mxcsr, NULL);
    thread_yield(T0);                          /* a sets round-down and yields */
    CHECK((get_mxcsr() & 0x6000) == 0);        /* ours is untouched */
    join(a);
}

/* ---- scheduling ------------------------------------------------------------ */

static void body_rr(void *arg)
{
    for (int i = 0; i < 3; i++) {
        note(arg);
        thread_yield(thread_current());
    }
}

static void test_round_robin(void)
{
    struct fake_jthread *a = start(body_rr, "a"), *b = start(body_rr, "b"), *c = start(body_rr, "c");
    join(a);
    join(b);
    join(c);
    CHECK(strcmp(trace, "abcabcabc") == 0);
    CHECK(thread_count() == 1);
}

static volatile int spin_stop;
static long spins;

/* What the interpreter does: count down the budget at back-branches. */
static void body_spin(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    while (!spin_stop) {
        fake_now += 1000;            /* 1 µs of "work" per iteration */
        if (++spins > 100000000)
            break;
        if (--t->preempt_budget <= 0)
            thread_preempt(t);
    }
}

static void body_stop(void *arg)
{
    (void)arg;
    note("stopper");
    spin_stop = 1;
}

static void test_preemption(void)
{
    struct fake_jthread *s = start(body_spin, NULL);
    struct fake_jthread *o = start(body_stop, NULL);
    join(s);
    join(o);
    CHECK(strcmp(trace, "stopper") == 0);
    CHECK(spins < 100000000);
}

static void body_sleep(void *arg)
{
    uint64_t before = fake_now;
    uint64_t ms = (uint64_t)((const char *)arg)[1] - '0';
    CHECK(thread_sleep(thread_current(), ms * 1000000));
    CHECK(fake_now >= before + ms * 1000000);
    note(arg);
}

static void test_sleep_order(void)
{
    struct fake_jthread *a = start(body_sleep, "a3"), *b = start(body_sleep, "b1"),
                        *c = start(body_sleep, "c2");
    join(a);
    join(b);
    join(c);
    CHECK(strcmp(trace, "b1c2a3") == 0);
    CHECK(fake_idle_calls > 0);           /* idled, did not spin */
}

static void test_yield_alone(void)
{
    uint64_t t0 = fake_now;
    thread_yield(T0);
    CHECK(thread_sleep(T0, 0));
    CHECK(thread_sleep(T0, 5000000));
    CHECK(fake_now >= t0 + 5000000);
}

/* ---- monitors -------------------------------------------------------------- */

static void test_thin_reentrant(void)
{
    struct vm_object *o = fake_object_new();
    for (int i = 0; i < 5; i++)
        sync_enter(T0, o);
    CHECK(sync_holds(T0, o));
    CHECK(!(o->lock & SYNC_INFLATED));
    for (int i = 0; i < 5; i++)
        CHECK(sync_exit(T0, o));
    CHECK(o->lock == 0);
    CHECK(!sync_holds(T0, o));
    CHECK(!sync_exit(T0, o));
    CHECK(sync_monitors_in_use() == 0);
}

static void test_deep_recursion(void)
{
    struct vm_object *o = fake_object_new();
    for (int i = 0; i < 5000; i++)          /* past the thin count: inflates */
        sync_enter(T0, o);
    CHECK(o->lock & SYNC_INFLATED);
    for (int i = 0; i < 5000; i++) {
        CHECK(sync_holds(T0, o));
        CHECK(sync_exit(T0, o));
    }
    CHECK(o->lock == 0);
    CHECK(sync_monitors_in_use() == 0);
}

static struct vm_object *shared;

static void body_enter(void *arg)
{
    struct vm_thread *t = thread_current();
    sync_enter(t, shared);
    CHECK(sync_holds(t, shared));
    note(arg);
    thread_yield(t);                  /* others stay blocked meanwhile */
    note(arg);
    CHECK(sync_exit(t, shared));
}

static void test_contention(void)
{
    shared = fake_object_new();
    sync_enter(T0, shared);
    struct fake_jthread *a = start(body_enter, "a"), *b = start(body_enter, "b"),
                        *c = start(body_enter, "c");
    thread_yield(T0);
    CHECK(thread_of(&a->hdr)->state == VM_THREAD_BLOCKED);
    CHECK(thread_of(&c->hdr)->state == VM_THREAD_BLOCKED);
    CHECK(shared->lock & SYNC_INFLATED);
    CHECK(sync_exit(T0, shared));     /* hands over to a */
    CHECK(!sync_holds(T0, shared));
    join(a);
    join(b);
    join(c);
    CHECK(strcmp(trace, "aabbcc") == 0);
    CHECK(shared->lock == 0);
    CHECK(sync_monitors_in_use() == 0);
}

/* A thread that loops around a synchronized block must not starve the
 * others: the monitor is handed over in order. */
static void body_loop_lock(void *arg)
{
    struct vm_thread *t = thread_current();
    for (int i = 0; i < 3; i++) {
        sync_enter(t, shared);
        note(arg);
        thread_yield(t);
        CHECK(sync_exit(t, shared));
    }
}

static void test_fair_handoff(void)
{
    shared = fake_object_new();
    struct fake_jthread *a = start(body_loop_lock, "a"), *b = start(body_loop_lock, "b");
    join(a);
    join(b);
    CHECK(strcmp(trace, "ababab") == 0);
    CHECK(sync_monitors_in_use() == 0);
}

/* ---- wait and notify ------------------------------------------------------- */

static int slot, slot_full;
static long consumed;

static void body_producer(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    for (int i = 1; i <= 100; i++) {
        sync_enter(t, shared);
        while (slot_full)
            CHECK(sync_wait(t, shared, 0, 0) == 0);
        slot = i;
        slot_full = 1;
        CHECK(sync_notify(t, shared, true));
        CHECK(sync_exit(t, shared));
    }
}

static void body_consumer(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    for (int i = 1; i <= 100; i++) {
        sync_enter(t, shared);
        while (!slot_full)
            CHECK(sync_wait(t, shared, 0, 0) == 0);
        CHECK(slot == i);
        consumed += slot;
        slot_full = 0;
        CHECK(sync_notify(t, shared, true));
        CHECK(sync_exit(t, shared));
    }
}

static void test_producer_consumer(void)
{
    shared = fake_object_new();
    struct fake_jthread *c = start(body_consumer, NULL), *p = start(body_producer, NULL);
    join(p);
    join(c);
    CHECK(consumed == 5050);
    CHECK(shared->lock == 0);
    CHECK(sync_monitors_in_use() == 0);
}

static void body_waiter(void *arg)
{
    struct vm_thread *t = thread_current();
    sync_enter(t, shared);
    sync_enter(t, shared);            /* the count survives the wait */
    CHECK(sync_wait(t, shared, 0, 0) == 0);
    CHECK(sync_holds(t, shared));
    note(arg);
    CHECK(sync_exit(t, shared));
    CHECK(sync_holds(t, shared));
    CHECK(sync_exit(t, shared));
    CHECK(!sync_holds(t, shared));
}

static void test_notify_one_and_all(void)
{
    shared = fake_object_new();
    struct fake_jthread *a = start(body_waiter, "a"), *b = start(body_waiter, "b"),
                        *c = start(body_waiter, "c");
    thread_yield(T0);                 /* all three wait */
    CHECK(thread_of(&b->hdr)->state == VM_THREAD_WAITING);
    sync_enter(T0, shared);
    CHECK(sync_notify(T0, shared, false));
    CHECK(thread_of(&a->hdr)->state == VM_THREAD_BLOCKED);   /* needs the lock back */
    CHECK(thread_of(&b->hdr)->state == VM_THREAD_WAITING);
    CHECK(sync_exit(T0, shared));
    thread_yield(T0);
    CHECK(strcmp(trace, "a") == 0);
    CHECK(!thread_of(&a->hdr));
    sync_enter(T0, shared);
    CHECK(sync_notify(T0, shared, true));
    CHECK(sync_exit(T0, shared));
    join(b);
    join(c);
    CHECK(strcmp(trace, "abc") == 0);
    CHECK(sync_monitors_in_use() == 0);
}

static void test_wait_timeout(void)
{
    struct vm_object *o = fake_object_new();
    sync_enter(T0, o);
    sync_enter(T0, o);
    uint64_t t0 = fake_now;
    CHECK(sync_wait(T0, o, 50, 0) == 0);
    CHECK(fake_now >= t0 + 50000000);
    CHECK(sync_holds(T0, o));
    CHECK(sync_exit(T0, o));
    CHECK(sync_exit(T0, o));
    CHECK(o->lock == 0);
    CHECK(sync_monitors_in_use() == 0);
    CHECK(sync_wait(T0, o, 1, 0) == -1);      /* not the owner */
    CHECK(!sync_notify(T0, o, false));
    CHECK(!sync_notify(T0, o, true));
}

/* ---- interrupts ------------------------------------------------------------ */

static void body_long_sleep(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    CHECK(!thread_sleep(t, UINT64_MAX));        /* interrupted */
    CHECK(!thread_is_interrupted(t));           /* and the status cleared */
    note("woke");
}

static void test_interrupt_sleep(void)
{
    struct fake_jthread *a = start(body_long_sleep, NULL);
    thread_yield(T0);
    CHECK(thread_of(&a->hdr)->state == VM_THREAD_TIMED_WAITING);
    thread_interrupt(thread_of(&a->hdr));
    join(a);
    CHECK(strcmp(trace, "woke") == 0);
    /* Interrupted before: sleep returns at once, clearing the status. */
    thread_interrupt(T0);
    CHECK(thread_is_interrupted(T0));
    CHECK(!thread_sleep(T0, 1000000000));
    CHECK(!thread_is_interrupted(T0));
}

static void body_wait_interrupted(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    sync_enter(t, shared);
    CHECK(sync_wait(t, shared, 0, 0) == -2);
    CHECK(sync_holds(t, shared));               /* re-acquired before throwing */
    CHECK(!thread_is_interrupted(t));
    note("interrupted");
    CHECK(sync_exit(t, shared));
}

static void test_interrupt_wait(void)
{
    shared = fake_object_new();
    struct fake_jthread *a = start(body_wait_interrupted, NULL);
    thread_yield(T0);
    sync_enter(T0, shared);
    thread_interrupt(thread_of(&a->hdr));
    thread_yield(T0);                           /* a cannot run: we hold the lock */
    CHECK(thread_of(&a->hdr)->state == VM_THREAD_BLOCKED);
    CHECK(strcmp(trace, "") == 0);
    CHECK(sync_exit(T0, shared));
    join(a);
    CHECK(strcmp(trace, "interrupted") == 0);
    /* Interrupted before wait: -2 at once, monitor still held. */
    sync_enter(T0, shared);
    thread_interrupt(T0);
    CHECK(sync_wait(T0, shared, 0, 0) == -2);
    CHECK(sync_holds(T0, shared));
    CHECK(sync_exit(T0, shared));
    CHECK(sync_monitors_in_use() == 0);
}

/* Notified, then interrupted while re-acquiring: returns normally with the
 * interrupt still pending (JLS 17.2.4). */
static void body_wait_notified(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    sync_enter(t, shared);
    CHECK(sync_wait(t, shared, 0, 0) == 0);
    CHECK(thread_is_interrupted(t));
    note("notified");
    CHECK(sync_exit(t, shared));
}

static void test_notify_then_interrupt(void)
{
    shared = fake_object_new();
    struct fake_jthread *a = start(body_wait_notified, NULL);
    thread_yield(T0);
    sync_enter(T0, shared);
    CHECK(sync_notify(T0, shared, false));
    thread_interrupt(thread_of(&a->hdr));
    CHECK(sync_exit(T0, shared));
    join(a);
    CHECK(strcmp(trace, "notified") == 0);
}

/* ---- park and unpark ------------------------------------------------------- */

static void body_park(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    thread_park(t, false, 0);           /* until unparked */
    note("unparked;");
    thread_park(t, false, 0);           /* until interrupted; the status stays */
    CHECK(thread_is_interrupted(t));
    note("interrupted;");
    thread_park(t, false, 0);           /* interrupted: returns at once */
    thread_clear_interrupt(t);
    uint64_t t0 = fake_now;
    thread_park(t, false, 20000000);    /* times out */
    CHECK(fake_now >= t0 + 20000000);
    note("timeout;");
}

static void test_park_unpark(void)
{
    /* A permit given before park is taken by it, and only once. */
    thread_unpark(T0);
    thread_unpark(T0);
    thread_park(T0, false, 0);
    uint64_t t0 = fake_now;
    thread_park(T0, false, 5000000);
    CHECK(fake_now >= t0 + 5000000);
    thread_park(T0, false, -1);         /* negative: returns at once */

    struct fake_jthread *a = start(body_park, NULL);
    thread_yield(T0);
    CHECK(thread_of(&a->hdr)->state == VM_THREAD_WAITING);
    thread_unpark(thread_of(&a->hdr));
    thread_yield(T0);
    CHECK(strcmp(trace, "unparked;") == 0);
    thread_interrupt(thread_of(&a->hdr));
    join(a);
    CHECK(strcmp(trace, "unparked;interrupted;timeout;") == 0);
}

/* ---- ends of threads ------------------------------------------------------- */

static void test_uncaught(void)
{
    struct fake_jthread *a = start(fake_body_throw, NULL);
    join(a);
    CHECK(a->uncaught == 1);
    CHECK(a->exited == 1);
    CHECK(T0->exception == NULL);
}

static void test_start_twice(void)
{
    struct fake_jthread *a = fake_thread_new(body_long_sleep, NULL, false);
    CHECK(thread_start(T0, &a->hdr));
    CHECK(!thread_start(T0, &a->hdr));
    CHECK(T0->exception != NULL);
    T0->exception = NULL;
    thread_interrupt(thread_of(&a->hdr));
    join(a);
}

static void body_short(void *arg)
{
    (void)arg;
    CHECK(thread_sleep(thread_current(), 10000000));
    note("done");
}

static void body_forever(void *arg)
{
    (void)arg;
    thread_sleep(thread_current(), UINT64_MAX);
    note("daemon woke");
}

static void test_daemons(void)
{
    struct fake_jthread *d = fake_thread_new(body_forever, NULL, true);
    CHECK(thread_start(T0, &d->hdr));
    start(body_short, NULL);
    thread_wait_for_non_daemons(T0);
    CHECK(strcmp(trace, "done") == 0);
    CHECK(thread_of(&d->hdr) != NULL);          /* the daemon never finished */
    CHECK(thread_count() == 2);
}

static void test_deadlock(void)   /* expected to exit 1 with a message */
{
    struct vm_object *o = fake_object_new();
    sync_enter(T0, o);
    sync_wait(T0, o, 0, 0);
}

static void body_nop(void *arg) { (void)arg; }

static void test_lock_ids_recycled(void)
{
    for (int i = 0; i < 300; i++)
        join(start(body_nop, NULL));
    struct fake_jthread *a = start(body_long_sleep, NULL);
    CHECK(thread_of(&a->hdr)->sched->lock_id <= 3);
    thread_interrupt(thread_of(&a->hdr));
    join(a);
}

static long counter;

static void body_count(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    for (int i = 0; i < 10; i++) {
        sync_enter(t, shared);
        long v = counter;
        thread_yield(t);
        counter = v + 1;
        CHECK(sync_exit(t, shared));
    }
}

static void test_many_threads(void)
{
    enum { N = 500 };
    static struct fake_jthread *ts[N];
    shared = fake_object_new();
    for (int i = 0; i < N; i++)
        ts[i] = start(body_count, NULL);
    CHECK(thread_count() == N + 1);
    for (int i = 0; i < N; i++)
        join(ts[i]);
    CHECK(counter == 10L * N);
    CHECK(thread_count() == 1);
    CHECK(sync_monitors_in_use() == 0);
}

/* ---- what the collector sees ------------------------------------------------ */

struct find { uint64_t want; int found; };

/* Reads whole stacks, ASan's red zones included, as the collector does. */
__attribute__((no_sanitize_address))
static void find_in(const void *lo, const void *hi, void *ctx)
{
    struct find *f = ctx;
    for (const uint64_t *p = lo; (const void *)(p + 1) <= hi; p++)
        if (*p == f->want)
            f->found++;
}

#define MAGIC_REG  0x5eed0000c0ffee00ull
#define MAGIC_JAVA 0x5eed0000decade00ull

static void scan_others(void)
{
    struct find f = { MAGIC_REG + 3, 0 };     /* the value regs_across put in r13 */
    thread_foreach_stack(find_in, &f, __builtin_frame_address(0));
    if (f.found == 0)
        note("reg-missing");
    f = (struct find){ MAGIC_JAVA, 0 };
    thread_foreach_stack(find_in, &f, __builtin_frame_address(0));
    if (f.found == 0)
        note("java-missing");
}

static void body_hold_regs(void *arg)
{
    (void)arg;
    struct vm_thread *t = thread_current();
    t->stack_base[0].raw = MAGIC_JAVA;
    t->stack_top = t->stack_base + 1;
    CHECK(regs_across(yield_now, MAGIC_REG) == 0);
    t->stack_top = t->stack_base;
}

static void test_stacks_scanned(void)
{
    struct fake_jthread *a = start(body_hold_regs, NULL);
    thread_yield(T0);                          /* a is switched out */
    scan_others();
    struct find f = { (uint64_t)(uintptr_t)a, 0 };
    thread_foreach_stack(find_in, &f, __builtin_frame_address(0));
    CHECK(f.found > 0);                        /* its Thread object is a root */
    join(a);
    CHECK(strcmp(trace, "") == 0);
}

static void body_cstack(void *arg)
{
    (void)arg;
    size_t left = thread_cstack_left(thread_current());
    CHECK(left > 32 * 1024 && left < vm_opts.c_stack_size);
}

static void test_cstack_left(void)
{
    join(start(body_cstack, NULL));
    CHECK(thread_cstack_left(T0) > 0);
}

/* ---- the harness ------------------------------------------------------------ */

static const struct test {
    const char *name;
    void (*fn)(void);
    int exit_code;
    const char *stderr_has;
} tests[] = {
    { "registers", test_registers, 0, NULL },
    { "mxcsr", test_mxcsr, 0, NULL },
    { "round_robin", test_round_robin, 0, NULL },
    { "preemption", test_preemption, 0, NULL },
    { "sleep_order", test_sleep_order, 0, NULL },
    { "yield_alone", test_yield_alone, 0, NULL },
    { "thin_reentrant", test_thin_reentrant, 0, NULL },
    { "deep_recursion", test_deep_recursion, 0, NULL },
    { "contention", test_contention, 0, NULL },
    { "fair_handoff", test_fair_handoff, 0, NULL },
    { "producer_consumer", test_producer_consumer, 0, NULL },
    { "notify_one_and_all", test_notify_one_and_all, 0, NULL },
    { "wait_timeout", test_wait_timeout, 0, NULL },
    { "interrupt_sleep", test_interrupt_sleep, 0, NULL },
    { "interrupt_wait", test_interrupt_wait, 0, NULL },
    { "notify_then_interrupt", test_notify_then_interrupt, 0, NULL },
    { "park_unpark", test_park_unpark, 0, NULL },
    { "uncaught", test_uncaught, 0, NULL },
    { "start_twice", test_start_twice, 0, NULL },
    { "daemons", test_daemons, 0, NULL },
    { "deadlock", test_deadlock, 1, "plinth: deadlock: all 1 threads are blocked forever" },
    { "lock_ids_recycled", test_lock_ids_recycled, 0, NULL },
    { "many_threads", test_many_threads, 0, NULL },
    { "stacks_scanned", test_stacks_scanned, 0, NULL },
    { "cstack_left", test_cstack_left, 0, NULL },
};

static void run(const struct test *tc, const char *prefix)
{
    int pipefd[2];
    if (pipe(pipefd) != 0) {
        perror("pipe");
        exit(2);
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        if (!getenv("THREADS_TEST_STDERR"))
            dup2(pipefd[1], 2);
        T0 = fake_boot(__builtin_frame_address(0));
        tc->fn();
        fflush(stdout);
        _exit(0);
    }
    close(pipefd[1]);
    char err[4096];
    size_t n = 0;
    ssize_t r;
    while ((r = read(pipefd[0], err + n, sizeof err - 1 - n)) > 0)
        n += (size_t)r;
    err[n] = 0;
    close(pipefd[0]);
    int st;
    waitpid(pid, &st, 0);
    char why[256] = "";
    if (WIFSIGNALED(st))
        snprintf(why, sizeof why, "killed by signal %d", WTERMSIG(st));
    else if (WEXITSTATUS(st) != tc->exit_code)
        snprintf(why, sizeof why, "exit code %d, expected %d", WEXITSTATUS(st), tc->exit_code);
    else if (tc->stderr_has && !strstr(err, tc->stderr_has))
        snprintf(why, sizeof why, "stderr lacks \"%s\"", tc->stderr_has);
    if (!why[0]) {
        printf("PASS %s/%s\n", prefix, tc->name);
        return;
    }
    char *nl = strchr(err, '\n');
    if (nl)
        *nl = 0;
    printf("FAIL %s/%s: %s%s%s\n", prefix, tc->name, why, err[0] ? ": " : "", err);
}

int main(int argc, char **argv)
{
    const char *prefix = getenv("THREADS_TEST_PREFIX");
    if (!prefix)
        prefix = "threads";
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        bool want = argc < 2;
        for (int a = 1; a < argc; a++)
            want |= strcmp(argv[a], tests[i].name) == 0;
        if (want)
            run(&tests[i], prefix);
    }
    return 0;
}
