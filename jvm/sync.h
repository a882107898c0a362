/*
 * sync.h: object monitors beyond vm.h: the lock-word layout and the calls
 * the scheduler makes into a monitor's wait set.
 *
 * An object's `lock` word is 0 when unlocked.  A thin lock (bit 0 clear)
 * holds its owner's lock id (thread.h) and a recursion count; the common
 * uncontended synchronized block touches nothing else.  Contention, a
 * count overflow or a wait inflates it (bit 0 set) into a monitor record
 * with entry and wait queues; the record goes back to a free list, and the
 * word to 0, as soon as nobody owns, enters or waits on the monitor, so a
 * record never outlives its object's use and never keeps it alive.
 */
#ifndef JVM_SYNC_H
#define JVM_SYNC_H

#include "vm.h"
#include "thread.h"

#define SYNC_INFLATED     1u
#define SYNC_COUNT_ONE    2u                    /* thin count in bits 1..10 */
#define SYNC_COUNT_MASK   0x7feu
#define SYNC_OWNER_SHIFT  11                    /* thin owner in bits 11..31 */
#define SYNC_MAX_LOCK_ID  ((1u << (32 - SYNC_OWNER_SHIFT)) - 1)

struct sync_monitor {
    struct vm_thread *owner;        /* NULL when free */
    uint32_t count;                 /* recursion count of the owner */
    uint32_t index;                 /* in the monitor table */
    struct vm_thread *entry_head;   /* BLOCKED threads, served in order */
    struct vm_thread *entry_tail;
    struct vm_thread *wait_head;    /* waiting threads, notified in order */
    struct vm_thread *wait_tail;
    struct sync_monitor *next_free;
};

/* A waiting thread timed out or was interrupted: take it off the wait set
 * and let it compete for the monitor again (thread.c calls this). */
void sync_wait_cancel(struct vm_thread *t, enum thread_wake why);

/* Monitor records in use (tests: every record must be released). */
uint32_t sync_monitors_in_use(void);

#endif /* JVM_SYNC_H */
