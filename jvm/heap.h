/*
 * heap.h: the heap's calls beyond vm.h: statistics, and hooks for tests and
 * debugging.  The allocation and collection API itself is in vm.h;
 * docs/heap.md explains the design.
 */
#ifndef JVM_HEAP_H
#define JVM_HEAP_H

#include "vm.h"

/* Objects up to this size live in size-class spans; larger ones take whole
 * pages of their own. */
#define HEAP_SMALL_MAX 8192

struct heap_stats {
    uint64_t collections;   /* full collections so far */
    size_t used;            /* bytes in allocated objects (slot sizes) */
    size_t committed;       /* the in-use part: collect before growing past it */
    size_t max;             /* -Xmx */
    size_t touched;         /* bytes of address space ever handed out (pages) */
};
void heap_get_stats(struct heap_stats *st);

/* Bytes an allocation of `bytes` really takes (its slot, or whole pages);
 * heap_used() is the sum of these over the allocated objects. */
size_t heap_footprint(size_t bytes);

/* Check every allocated object: a known class, a size that fits its slot,
 * and every reference field NULL or the start of an allocated object.
 * Prints what is wrong to stderr; returns the number of errors.  Built with
 * -DHEAP_VERIFY, or run with PLINTH_HEAP_VERIFY=1 in the environment, every
 * collection runs it before and after, and aborts on an error. */
size_t heap_verify(void);

/* Tests: release everything so heap_init can run again, and shrink the
 * mark stack to force its overflow path. */
void heap_shutdown(void);
void heap_set_mark_stack_limit(size_t entries);

#endif /* JVM_HEAP_H */
