/*
 * natives_thread.c: the natives of java.lang.Thread and of Object's
 * wait/notify/notifyAll (vm_natives_thread).  Thread.java keeps in Java
 * what the JDK does (names, daemon flag, join as wait on the Thread
 * object, the interrupt status); these are the calls into thread.c and
 * sync.c, with the exceptions HotSpot throws and its messages.
 */
#include "thread.h"
#include "sync.h"

#define NATIVE(name) static void name(struct vm_thread *t, vm_value *args, vm_value *ret)
#define UNUSED3 (void)t; (void)args; (void)ret

static bool throw_not_owner(struct vm_thread *t)
{
    return vm_throw(t, "java/lang/IllegalMonitorStateException", "current thread is not owner");
}

static bool count_alive(struct vm_thread *x, void *ctx)
{
    if (x->jthread && thread_of(x->jthread))
        (*(uint32_t *)ctx)++;
    return true;
}

struct fill {
    struct vm_object **slots;
    uint32_t left;             /* the list is newest first: fill from the end */
};

static bool fill_alive(struct vm_thread *x, void *ctx)
{
    struct fill *f = ctx;
    if (f->left > 0 && x->jthread && thread_of(x->jthread))
        f->slots[--f->left] = x->jthread;
    return f->left > 0;
}

NATIVE(th_current_thread)
{
    (void)args;
    ret->l = t->jthread;
}

NATIVE(th_start0)
{
    (void)ret;
    thread_start(t, args[0].l);
}

NATIVE(th_yield)
{
    UNUSED3;
    thread_yield(t);
}

/* sleep0(long nanos): Thread.sleep checked the arguments. */
NATIVE(th_sleep0)
{
    (void)ret;
    int64_t ns = args[0].j;
    if (!thread_sleep(t, ns > 0 ? (uint64_t)ns : 0))
        vm_throw(t, "java/lang/InterruptedException", "sleep interrupted");
}

/* interrupt0: Thread.interrupt set the status; wake the thread if it sleeps
 * or waits. */
NATIVE(th_interrupt0)
{
    (void)t;
    (void)ret;
    struct vm_thread *target = thread_of(args[0].l);
    if (target)
        thread_interrupt(target);
}

NATIVE(th_is_alive)
{
    (void)t;
    ret->i = thread_of(args[0].l) != NULL;
}

NATIVE(th_holds_lock)
{
    if (!args[0].l) {
        vm_throw(t, "java/lang/NullPointerException", NULL);
        return;
    }
    ret->i = sync_holds(t, args[0].l);
}

NATIVE(th_set_priority0)
{
    UNUSED3;   /* one OS thread, round robin: priorities are only recorded */
}

/* The vm_thread_state of a live thread (the order of Thread.State), or -1
 * when there is none: Thread.getState tells NEW from TERMINATED. */
NATIVE(th_get_state0)
{
    (void)t;
    struct vm_thread *x = thread_of(args[0].l);
    ret->i = x ? x->state : -1;
}

/* Thread.getThreads(): every live Thread, oldest first. */
NATIVE(th_get_threads)
{
    (void)args;
    struct vm_class *tc = vm_find_class(t, "java/lang/Thread");
    if (!tc)
        return;
    uint32_t n = 0;
    thread_foreach(count_alive, &n);
    struct vm_array *arr = vm_new_ref_array(t, tc, (int32_t)n);
    if (!arr)
        return;
    struct fill fill = { VM_ARRAY_DATA(arr), n };
    thread_foreach(fill_alive, &fill);
    ret->l = &arr->hdr;
}

/* LockSupport.park0(boolean absolute, long time) and unpark0(Thread), for
 * java.util.concurrent: the semantics of the JDK's Unsafe.park/unpark. */
NATIVE(ls_park0)
{
    (void)ret;
    thread_park(t, args[0].i != 0, args[1].j);
}

NATIVE(ls_unpark0)
{
    (void)t;
    (void)ret;
    struct vm_thread *target = thread_of(args[0].l);
    if (target)
        thread_unpark(target);
}

/* Object.wait(long timeoutMillis); wait() and wait(long, int) are Java. */
NATIVE(obj_wait)
{
    (void)ret;
    int64_t ms = args[1].j;
    if (ms < 0) {
        vm_throw(t, "java/lang/IllegalArgumentException", "timeout value is negative");
        return;
    }
    int rc = sync_wait(t, args[0].l, ms, 0);
    if (rc == -1)
        throw_not_owner(t);
    else if (rc == -2)
        vm_throw(t, "java/lang/InterruptedException", NULL);
}

NATIVE(obj_notify)
{
    (void)ret;
    if (!sync_notify(t, args[0].l, false))
        throw_not_owner(t);
}

NATIVE(obj_notify_all)
{
    (void)ret;
    if (!sync_notify(t, args[0].l, true))
        throw_not_owner(t);
}

const struct vm_native vm_natives_thread[] = {
    { "java/lang/Thread", "currentThread", "()Ljava/lang/Thread;", th_current_thread },
    { "java/lang/Thread", "start0", "()V", th_start0 },
    { "java/lang/Thread", "yield", "()V", th_yield },
    { "java/lang/Thread", "sleep0", "(J)V", th_sleep0 },
    { "java/lang/Thread", "interrupt0", "()V", th_interrupt0 },
    { "java/lang/Thread", "isAlive", "()Z", th_is_alive },
    { "java/lang/Thread", "holdsLock", "(Ljava/lang/Object;)Z", th_holds_lock },
    { "java/lang/Thread", "setPriority0", "(I)V", th_set_priority0 },
    { "java/lang/Thread", "getState0", "()I", th_get_state0 },
    { "java/lang/Thread", "getThreads", "()[Ljava/lang/Thread;", th_get_threads },
    { "java/util/concurrent/locks/LockSupport", "park0", "(ZJ)V", ls_park0 },
    { "java/util/concurrent/locks/LockSupport", "unpark0", "(Ljava/lang/Thread;)V", ls_unpark0 },
    { "java/lang/Object", "wait", "(J)V", obj_wait },
    { "java/lang/Object", "notify", "()V", obj_notify },
    { "java/lang/Object", "notifyAll", "()V", obj_notify_all },
    { NULL, NULL, NULL, NULL }
};
