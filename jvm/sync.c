/*
 * sync.c: object monitors: synchronized (reentrant), wait/notify/notifyAll
 * with timeouts and interrupts.
 *
 * The lock word (sync.h) makes the uncontended case a load, a compare and a
 * store.  Everything else goes through an inflated monitor record.  A
 * released monitor is handed straight to the first thread of its entry
 * queue: entrants are served in order and a thread that loops around a
 * synchronized block cannot starve the others.  Green threads switch only
 * at safepoints, so nothing here needs atomic instructions.
 */
#include "sync.h"
#include "platform.h"

#include <stdlib.h>

static struct {
    struct sync_monitor **tab;      /* index -> record (records never move) */
    uint32_t cap, used;             /* records created */
    struct sync_monitor *free;
    uint32_t in_use;
} M;

uint32_t sync_monitors_in_use(void)
{
    return M.in_use;
}

static struct sync_monitor *mon_alloc(void)
{
    struct sync_monitor *m = M.free;
    if (m) {
        M.free = m->next_free;
    } else {
        if (M.used == M.cap) {
            uint32_t cap = M.cap ? M.cap * 2 : 64;
            if (cap > (UINT32_MAX >> 1))
                plat_abort("sync: too many inflated monitors");
            struct sync_monitor **tab = realloc(M.tab, cap * sizeof *tab);
            if (!tab)
                plat_abort("sync: out of memory for monitors");
            M.tab = tab;
            M.cap = cap;
        }
        m = malloc(sizeof *m);
        if (!m)
            plat_abort("sync: out of memory for monitors");
        m->index = M.used;
        M.tab[M.used++] = m;
    }
    uint32_t index = m->index;
    *m = (struct sync_monitor){ .index = index };
    M.in_use++;
    return m;
}

static void mon_free(struct sync_monitor *m)
{
    m->next_free = M.free;
    M.free = m;
    M.in_use--;
}

static uint32_t thin_of(struct vm_thread *t)
{
    return t->sched->lock_id << SYNC_OWNER_SHIFT;
}

/* The monitor record of obj, inflating a thin or free lock word into one. */
static struct sync_monitor *inflate(struct vm_object *obj)
{
    uint32_t w = obj->lock;
    if (w & SYNC_INFLATED)
        return M.tab[w >> 1];
    struct sync_monitor *m = mon_alloc();
    if (w) {
        m->owner = thread_by_lock_id(w >> SYNC_OWNER_SHIFT);
        m->count = m->owner ? (w & SYNC_COUNT_MASK) / SYNC_COUNT_ONE : 0;
    }
    obj->lock = m->index << 1 | SYNC_INFLATED;
    return m;
}

/* ---- queues --------------------------------------------------------------- */

static void q_append(struct vm_thread **head, struct vm_thread **tail, struct vm_thread *t)
{
    t->sched->mon_next = NULL;
    if (*tail)
        (*tail)->sched->mon_next = t;
    else
        *head = t;
    *tail = t;
}

static struct vm_thread *q_pop(struct vm_thread **head, struct vm_thread **tail)
{
    struct vm_thread *t = *head;
    if (t) {
        *head = t->sched->mon_next;
        if (!*head)
            *tail = NULL;
        t->sched->mon_next = NULL;
    }
    return t;
}

static bool q_remove(struct vm_thread **head, struct vm_thread **tail, struct vm_thread *t)
{
    struct vm_thread *prev = NULL;
    for (struct vm_thread *p = *head; p; prev = p, p = p->sched->mon_next) {
        if (p != t)
            continue;
        if (prev)
            prev->sched->mon_next = p->sched->mon_next;
        else
            *head = p->sched->mon_next;
        if (*tail == p)
            *tail = prev;
        p->sched->mon_next = NULL;
        return true;
    }
    return false;
}

/* ---- ownership ------------------------------------------------------------ */

/* Make t the owner, with the recursion count it saved, and let it run. */
static void grant(struct sync_monitor *m, struct vm_thread *t)
{
    m->owner = t;
    m->count = t->sched->mon_count;
    t->sched->mon = NULL;
    thread_wake(t, THREAD_WAKE_NONE);
}

/* Queue t to enter m once the owner leaves (a notified or timed-out waiter
 * comes here as well as a new entrant). */
static void enqueue_entrant(struct sync_monitor *m, struct vm_thread *t)
{
    t->sched->mon = m;
    t->sched->block = THREAD_BLOCK_ENTER;
    t->state = VM_THREAD_BLOCKED;
    thread_timer_cancel(t);
    q_append(&m->entry_head, &m->entry_tail, t);
}

/* The owner has let go entirely: pass the monitor on, or deflate it when
 * nobody needs it any more. */
static void release(struct sync_monitor *m, struct vm_object *obj)
{
    struct vm_thread *next = q_pop(&m->entry_head, &m->entry_tail);
    if (next) {
        grant(m, next);
        return;
    }
    m->owner = NULL;
    m->count = 0;
    if (!m->wait_head && obj) {
        obj->lock = 0;
        mon_free(m);
    }
}

static __attribute__((noinline)) void enter_slow(struct vm_thread *t, struct vm_object *obj)
{
    struct sync_monitor *m = inflate(obj);
    if (!m->owner) {
        m->owner = t;
        m->count = 1;
        return;
    }
    if (m->owner == t) {
        if (m->count == UINT32_MAX)
            plat_abort("sync: monitor recursion count overflow");
        m->count++;
        return;
    }
    t->sched->mon_count = 1;
    enqueue_entrant(m, t);
    thread_block(t, VM_THREAD_BLOCKED, THREAD_BLOCK_ENTER, 0);
    /* grant() made t the owner before waking it. */
}

void sync_enter(struct vm_thread *t, struct vm_object *obj)
{
    uint32_t w = obj->lock, me = thin_of(t);
    if (w == 0) {
        obj->lock = me | SYNC_COUNT_ONE;
        return;
    }
    if ((w & ~SYNC_COUNT_MASK) == me && (w & SYNC_COUNT_MASK) != SYNC_COUNT_MASK) {
        obj->lock = w + SYNC_COUNT_ONE;
        return;
    }
    enter_slow(t, obj);
}

static __attribute__((noinline)) bool exit_slow(struct vm_thread *t, struct vm_object *obj)
{
    uint32_t w = obj->lock;
    if (!(w & SYNC_INFLATED))
        return false;
    struct sync_monitor *m = M.tab[w >> 1];
    if (m->owner != t)
        return false;
    if (--m->count == 0)
        release(m, obj);
    return true;
}

bool sync_exit(struct vm_thread *t, struct vm_object *obj)
{
    uint32_t w = obj->lock, me = thin_of(t);
    if (w == (me | SYNC_COUNT_ONE)) {
        obj->lock = 0;
        return true;
    }
    if ((w & ~SYNC_COUNT_MASK) == me && (w & SYNC_COUNT_MASK) > SYNC_COUNT_ONE) {
        obj->lock = w - SYNC_COUNT_ONE;
        return true;
    }
    return exit_slow(t, obj);
}

bool sync_holds(struct vm_thread *t, struct vm_object *obj)
{
    uint32_t w = obj->lock;
    if (w & SYNC_INFLATED)
        return M.tab[w >> 1]->owner == t;
    return w != 0 && (w & ~SYNC_COUNT_MASK) == thin_of(t);
}

/* ---- wait and notify ------------------------------------------------------- */

int sync_wait(struct vm_thread *t, struct vm_object *obj, int64_t timeout_ms, int32_t nanos)
{
    if (!sync_holds(t, obj))
        return -1;
    if (thread_is_interrupted(t)) {
        thread_clear_interrupt(t);
        return -2;
    }
    uint64_t deadline = 0;
    if (timeout_ms > 0 || nanos > 0) {
        uint64_t ns = timeout_ms > 0 ? (uint64_t)timeout_ms : 0;
        ns = ns > UINT64_MAX / 1000000 ? UINT64_MAX : ns * 1000000;
        if (nanos > 0 && ns <= UINT64_MAX - (uint64_t)nanos)
            ns += (uint64_t)nanos;
        uint64_t now = plat_nanotime();
        deadline = ns > UINT64_MAX - now ? UINT64_MAX : now + ns;
    }
    struct sync_monitor *m = inflate(obj);
    t->sched->mon = m;
    t->sched->mon_count = m->count;
    q_append(&m->wait_head, &m->wait_tail, t);
    release(m, NULL);   /* keeps the record: t is on its wait set */
    enum thread_wake why = thread_block(t, deadline ? VM_THREAD_TIMED_WAITING : VM_THREAD_WAITING,
                                        THREAD_BLOCK_WAIT, deadline);
    /* Notified, timed out or interrupted, t went through the entry queue
     * and owns the monitor again with its count restored. */
    if (why == THREAD_WAKE_INTERRUPTED) {
        thread_clear_interrupt(t);
        return -2;
    }
    return 0;
}

bool sync_notify(struct vm_thread *t, struct vm_object *obj, bool all)
{
    if (!sync_holds(t, obj))
        return false;
    if (!(obj->lock & SYNC_INFLATED))
        return true;                /* a thin lock has no waiters */
    struct sync_monitor *m = M.tab[obj->lock >> 1];
    struct vm_thread *w;
    while ((w = q_pop(&m->wait_head, &m->wait_tail)) != NULL) {
        w->sched->wake = THREAD_WAKE_NOTIFIED;
        enqueue_entrant(m, w);
        if (!all)
            break;
    }
    return true;
}

void sync_wait_cancel(struct vm_thread *t, enum thread_wake why)
{
    struct sync_monitor *m = t->sched->mon;
    if (!m || !q_remove(&m->wait_head, &m->wait_tail, t))
        return;
    if (t->sched->wake == THREAD_WAKE_NONE)
        t->sched->wake = (uint8_t)why;
    thread_timer_cancel(t);
    if (!m->owner)
        grant(m, t);
    else
        enqueue_entrant(m, t);
}
